"""Emails that tell an uploader what happened to their deck, sent through the task worker."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse

from community.tasks import send_email

from .models import SlideDeckPage


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def notify_owner(deck, template, **context):
    owner = deck.owner
    if owner is None or not owner.is_active:
        return
    context = {
        "deck": deck,
        "name": owner.get_short_name(),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "status_url": absolute(reverse("resources:deck_status", args=[deck.pk])),
        **context,
    }
    subject = render_to_string(f"resources/email/{template}_subject.txt", context).strip()
    body = render_to_string(f"resources/email/{template}.txt", context)
    send_email.enqueue(
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[owner.email],
    )


def deck_published(sender, instance, revision=None, **kwargs):
    """On the first publication of a deck, tell its owner where it is."""
    if instance.first_published_at != instance.last_published_at:
        return
    notify_owner(instance, "deck_published", deck_url=instance.full_url)


def deck_rejected(sender, instance, user=None, **kwargs):
    """An editor asked for changes: tell the owner why."""
    deck = getattr(instance.content_object, "specific", None)
    if not isinstance(deck, SlideDeckPage):
        return
    task_state = instance.current_task_state
    notify_owner(deck, "deck_rejected", reason=(task_state and task_state.comment) or "")
