"""What changes the index: publishing, unpublishing, moving and deleting pages, processed
slides, and members' profiles, visibility and accounts."""

from allauth.account.models import EmailAddress
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

from community.models import EventPage, Profile, User
from resources.models import CaseStudyPage, SlideDeckPage
from resources.signals import deck_processed

from .documents import key, keys_of_page
from .indexing import queue

PAGE_TYPES = (CaseStudyPage, SlideDeckPage, EventPage)


def page_changed(sender, instance, **kwargs):
    queue(keys_of_page(instance.specific))


def page_deleting(sender, instance, **kwargs):
    # Before the delete: an event's sessions go with it.
    queue(keys_of_page(instance))


def deck_changed(sender, deck_id, **kwargs):
    queue([key("deck", deck_id)])


def profile_changed(sender, instance, **kwargs):
    queue([key("member", instance.pk)])


def account_changed(sender, instance, update_fields=None, **kwargs):
    # Signing in saves last_login: only a change that may hide or show the profile counts.
    if update_fields is None or "is_active" in update_fields:
        queue_member_of(instance.pk)


def email_changed(sender, instance, **kwargs):
    queue_member_of(instance.user_id)


def queue_member_of(user_id):
    profile_id = Profile.objects.filter(user_id=user_id).values_list("pk", flat=True).first()
    if profile_id:
        queue([key("member", profile_id)])


def connect():
    for model in PAGE_TYPES:
        page_published.connect(page_changed, sender=model)
        page_unpublished.connect(page_changed, sender=model)
        pre_delete.connect(page_deleting, sender=model)
    post_page_move.connect(page_changed)
    deck_processed.connect(deck_changed)
    post_save.connect(profile_changed, sender=Profile)
    post_delete.connect(profile_changed, sender=Profile)
    post_save.connect(account_changed, sender=User)
    post_save.connect(email_changed, sender=EmailAddress)
    post_delete.connect(email_changed, sender=EmailAddress)
