"""Telling members about new comments where they take part: in the site, and by email.

A published comment is announced once, from the task worker: the owner of the page, the
author of the comment replied to and the other people in the thread each get a
notification, and an email as their settings allow. Every email carries a link that
stops these emails without signing in.
"""

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .models import Comment, Notification, Profile
from .tasks import send_email

UNSUBSCRIBE_SALT = "community.unsubscribe"


def absolute(path):
    """A full address of this site for a path, for emails (sent from the worker, no request)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def queue_notifications(comment):
    """Announce a comment that just became visible, once the transaction has committed."""
    from .tasks import notify_about_comment

    transaction.on_commit(lambda: notify_about_comment.enqueue(comment.pk))


def thread_of(comment, comments):
    """The comments of the thread that `comment` belongs to: its root and all replies under it."""
    parents = {item.pk: item.parent_id for item in comments}
    root = comment.pk
    while parents.get(root):
        root = parents[root]

    def root_of(pk):
        while parents.get(pk):
            pk = parents[pk]
        return pk

    return [item for item in comments if root_of(item.pk) == root]


def recipients_for(comment):
    """Who should hear about a comment, and why: {profile_id: kind}. Never its own author."""
    comments = list(
        Comment.objects.filter(page_id=comment.page_id).only(
            "pk", "parent_id", "author_id", "status", "deleted_at"
        )
    )
    recipients = {}
    for item in thread_of(comment, comments):
        if item.author_id and item.status == Comment.Status.PUBLISHED and not item.deleted_at:
            recipients[item.author_id] = Notification.Kind.IN_DISCUSSION
    owner = Profile.objects.filter(user_id=comment.page.owner_id).values_list("pk", flat=True)
    for profile_id in owner:
        recipients[profile_id] = Notification.Kind.ON_YOUR_PAGE
    parent = next((item for item in comments if item.pk == comment.parent_id), None)
    if parent and parent.author_id and not parent.deleted_at:
        recipients[parent.author_id] = Notification.Kind.REPLY
    recipients.pop(comment.author_id, None)
    return recipients


def wants_email(profile, kind):
    choice = profile.reply_emails
    if choice == Profile.ReplyEmails.ALL:
        return True
    if choice == Profile.ReplyEmails.REPLIES:
        return kind in {Notification.Kind.REPLY, Notification.Kind.ON_YOUR_PAGE}
    return False


def notify_about_comment(comment_id):
    """Create the notifications of a published comment and send the emails they call for."""
    comment = (
        Comment.objects.filter(pk=comment_id, status=Comment.Status.PUBLISHED)
        .select_related("page", "author")
        .first()
    )
    if comment is None or comment.deleted_at is not None:
        return 0
    recipients = recipients_for(comment)
    profiles = Profile.objects.filter(pk__in=recipients, user__is_active=True).select_related(
        "user"
    )
    already = set(
        Notification.objects.filter(comment=comment).values_list("recipient_id", flat=True)
    )
    sent = 0
    for profile in profiles:
        if profile.pk in already:
            continue
        kind = recipients[profile.pk]
        Notification.objects.create(recipient=profile, comment=comment, kind=kind)
        if wants_email(profile, kind):
            send_comment_email(profile, comment, kind)
            sent += 1
    return sent


def unsubscribe_token(profile):
    return signing.dumps(profile.pk, salt=UNSUBSCRIBE_SALT)


def profile_for_token(token):
    """The member an unsubscribe link was made for, or None for a forged or broken link."""
    try:
        profile_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return Profile.objects.filter(pk=profile_id).first()


def send_comment_email(profile, comment, kind):
    page = comment.page.specific_deferred
    unsubscribe_url = absolute(reverse("community:unsubscribe", args=[unsubscribe_token(profile)]))
    context = {
        "name": profile.name,
        "author": comment.author.name if comment.author else "",
        "kind": kind,
        "page_title": page.title,
        "comment": comment,
        "comment_url": absolute(f"{page.url}#{comment.anchor}"),
        "settings_url": absolute(reverse("community:settings")),
        "unsubscribe_url": unsubscribe_url,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    subject = render_to_string("community/email/new_comment_subject.txt", context).strip()
    send_email.enqueue(
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
        body=render_to_string("community/email/new_comment.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[profile.user.email],
        # Mail clients offer their own one-click "unsubscribe" from these (RFC 8058).
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def unread_count(profile):
    return Notification.objects.filter(recipient=profile, read_at__isnull=True).count()


def notifications_of(profile):
    """A member's notifications, newest first, with what the list shows."""
    return Notification.objects.filter(recipient=profile).select_related(
        "comment__author", "comment__page"
    )


def mark_read(profile, notifications):
    Notification.objects.filter(
        recipient=profile, pk__in=[item.pk for item in notifications], read_at__isnull=True
    ).update(read_at=timezone.now())
