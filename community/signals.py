from django.db.models.signals import post_save
from django.dispatch import receiver

from . import notifications, services
from .models import Comment, User


@receiver(post_save, sender=User, dispatch_uid="community_create_profile")
def create_profile_for_new_user(sender, instance, created, raw=False, **kwargs):
    # Every way of creating an account (sign-up, the admin, createsuperuser) gets a profile.
    if created and not raw:
        services.create_profile(instance)


@receiver(post_save, sender=Comment, dispatch_uid="community_announce_comment")
def announce_published_comment(sender, instance, created, raw=False, update_fields=None, **kwargs):
    # A comment is announced when it first shows: posted by a trusted member, or approved.
    became_visible = created or (update_fields is not None and "status" in update_fields)
    if raw or not became_visible or instance.deleted_at is not None:
        return
    if instance.status == Comment.Status.PUBLISHED:
        notifications.queue_notifications(instance)
