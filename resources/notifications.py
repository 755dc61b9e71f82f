"""Emails that tell members what happened to their slides or proposed case studies.

Sent through the task worker.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse

from community.notifications import absolute
from community.tasks import send_email

from .models import CaseStudyPage, SlideDeckPage


def notify_owner(page, template, **context):
    owner = page.owner
    if owner is None or not owner.is_active:
        return
    context = {
        "page": page,
        "deck": page,
        "name": owner.get_short_name(),
        "site_name": settings.WAGTAIL_SITE_NAME,
        **context,
    }
    if isinstance(page, SlideDeckPage):
        context["status_url"] = absolute(reverse("resources:deck_status", args=[page.pk]))
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


def case_study_published(sender, instance, revision=None, **kwargs):
    """On the first publication of a proposed case study, tell the member who proposed it."""
    if instance.first_published_at != instance.last_published_at or instance.owner is None:
        return
    if instance.owner.is_staff:
        return
    notify_owner(instance, "case_study_published", page_url=instance.full_url)


def deck_rejected(sender, instance, user=None, **kwargs):
    """An editor asked for changes to slides or a proposed case study: tell the member why."""
    page = getattr(instance.content_object, "specific", None)
    task_state = instance.current_task_state
    reason = (task_state and task_state.comment) or ""
    if isinstance(page, SlideDeckPage):
        notify_owner(page, "deck_rejected", reason=reason)
    elif isinstance(page, CaseStudyPage) and page.owner and not page.owner.is_staff:
        notify_owner(page, "case_study_rejected", reason=reason)
