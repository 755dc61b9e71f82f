"""A member's data rights: a copy of everything we hold about them, and leaving for good."""

from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from wagtail.models import Page

from .models import Comment, CommentReport, SessionSpeaker, SessionStar

# Sent before an account is deleted, so that apps holding a member's uploads (the library)
# delete them or keep them anonymised, as the member chose. Arguments: user, keep_uploads.
account_deleting = Signal()


def iso(moment):
    return moment.isoformat() if moment else None


def export_data(user):
    """Everything Vitrine stores about a member, as plain data for a JSON download."""
    profile = user.profile
    return {
        "exported_at": iso(timezone.now()),
        "account": {
            "email": user.email,
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in user.emailaddress_set.all()
            ],
            "joined": iso(user.date_joined),
            "last_sign_in": iso(user.last_login),
        },
        "profile": {
            "display_name": profile.display_name,
            "handle": profile.handle,
            "role": profile.headline,
            "organisation": profile.organisation,
            "city": profile.city,
            "country": profile.country.code or None,
            "about": profile.bio,
            "expertise": sorted(profile.expertise.names()),
            "languages": profile.languages,
            "links": [{"kind": link.kind, "url": link.url} for link in profile.links.all()],
            "photo": profile.avatar.url if profile.avatar else None,
            "visibility": profile.visibility,
            "emails_about_discussions": profile.reply_emails,
            "trusted": profile.is_trusted,
            "suspended": profile.is_suspended,
        },
        "comments": [
            {
                "id": comment.pk,
                "page": comment.page.title,
                "address": comment.page.full_url,
                "about_slide": comment.slide_number,
                "text": comment.body,
                "status": comment.status,
                "written": iso(comment.created_at),
                "edited": iso(comment.edited_at),
                "deleted": iso(comment.deleted_at),
            }
            for comment in Comment.objects.filter(author=profile).select_related("page")
        ],
        "reports": [
            {
                "comment": report.comment_id,
                "reason": report.reason,
                "details": report.details,
                "written": iso(report.created_at),
            }
            for report in CommentReport.objects.filter(reporter=profile)
        ],
        "uploads": [
            {
                "kind": str(page.specific_class._meta.verbose_name),
                "title": page.title,
                "published": page.live,
                "address": page.full_url if page.live else None,
                "created": iso(page.first_published_at or page.latest_revision_created_at),
                "slides": getattr(page, "slide_count", None),
                "licence": getattr(page, "licence", None),
            }
            for page in Page.objects.filter(owner=user).specific().order_by("pk")
        ],
        "starred_sessions": [
            {"event": star.session.event.title, "session": star.session.title}
            for star in SessionStar.objects.filter(profile=profile).select_related("session__event")
        ],
        "talks": [
            {"event": speaker.session.event.title, "session": speaker.session.title}
            for speaker in SessionSpeaker.objects.filter(profile=profile).select_related(
                "session__event"
            )
        ],
    }


@transaction.atomic
def delete_account(user, *, keep_uploads):
    """Delete an account and its profile; comments stay in their threads by "a deleted member".

    Talks in published programmes keep the speaker's name, as the event's own record.
    """
    profile = user.profile
    account_deleting.send(sender=type(user), user=user, keep_uploads=keep_uploads)
    for speaker in SessionSpeaker.objects.filter(profile=profile):
        SessionSpeaker.objects.filter(pk=speaker.pk).update(profile=None, name=profile.name)
    if profile.avatar:
        profile.avatar.delete(save=False)
    user.delete()
