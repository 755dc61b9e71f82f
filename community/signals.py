from django.db.models.signals import post_save
from django.dispatch import receiver

from . import services
from .models import User


@receiver(post_save, sender=User, dispatch_uid="community_create_profile")
def create_profile_for_new_user(sender, instance, created, raw=False, **kwargs):
    # Every way of creating an account (sign-up, the admin, createsuperuser) gets a profile.
    if created and not raw:
        services.create_profile(instance)
