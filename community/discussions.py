"""Discussions: posting, editing, reporting and moderating comments, and drawing threads.

Members comment on slide decks, case studies and events. The library's models are never
imported here: a page is reached as `wagtailcore.Page`, its kind is read from its content
type, and a deck's number of slides from `page.specific.slide_count`.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page, PageViewRestriction

from . import notifications
from .models import Comment, CommentReport, Profile
from .models.pages import pages, private_section
from .services import profile_visible_to, visible_to

# Threads are drawn three levels deep (a comment, its replies, their replies); deeper
# replies keep their real parent but are drawn at the last level, saying whom they answer.
MAX_DISPLAY_DEPTH = 2
# The kinds of page that have a discussion, as (app label, model) of their content type.
COMMENTABLE_TYPES = (
    ("resources", "slidedeckpage"),
    ("resources", "casestudypage"),
    ("community", "eventpage"),
)
MODERATE_PERMISSION = "community.moderate_comment"
QUEUE_PAGE_SIZE = 25


class DiscussionError(Exception):
    """A rule refused what a member tried; the message is written for them.

    `code` tells views which answer to give: "suspended", "rate_limited" and "forbidden"
    are refusals of the person, the others are about what they wrote.
    """

    def __init__(self, message, *, code="invalid", field=None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field


# Who may do what -----------------------------------------------------------------------


def is_moderator(user):
    """Whether this person moderates discussions (the Editors group has the permission)."""
    return bool(user and user.is_authenticated and user.has_perm(MODERATE_PERMISSION))


def profile_of(user):
    """The profile of a signed-in person, else None."""
    if not user or not user.is_authenticated:
        return None
    return getattr(user, "profile", None)


def commentable_pages():
    """Published, public pages of the kinds that have a discussion."""
    kinds = Q()
    for app_label, model in COMMENTABLE_TYPES:
        kinds |= Q(content_type__app_label=app_label, content_type__model=model)
    return pages().live().public().filter(kinds)


def commentable_page(page_id):
    """The page with this id if members may comment on it now, else None."""
    page = commentable_pages().filter(pk=page_id).specific().first()
    # A deck its author removed still answers at its address, but its discussion is closed.
    if page is None or getattr(page, "removed_at", None):
        return None
    return page


def is_restricted(page):
    """Whether the page or one of its ancestors has view restrictions (one query)."""
    steps = Page.steplen
    paths = [page.path[:end] for end in range(steps, len(page.path) + 1, steps)]
    return PageViewRestriction.objects.filter(page__path__in=paths).exists()


def is_commentable(page):
    """Whether members may comment on this page now (one query)."""
    if getattr(page.specific, "removed_at", None):
        return False
    return commentable_pages().filter(pk=page.pk).exists()


def is_editable(comment, profile, now=None):
    """Whether this member may still edit this comment: their own, within the edit window."""
    now = now or timezone.now()
    return (
        profile is not None
        and comment.author_id == profile.pk
        and comment.deleted_at is None
        and comment.status != Comment.Status.HIDDEN
        and now - comment.created_at <= edit_window()
    )


def edit_window():
    return timedelta(seconds=settings.DISCUSSION_EDIT_WINDOW_SECONDS)


def is_deletable(comment, user):
    """The author and moderators may delete a comment that is still there."""
    profile = profile_of(user)
    own = profile is not None and comment.author_id == profile.pk
    return comment.deleted_at is None and (own or is_moderator(user))


def is_visible_to(comment, user):
    """Whether this person may read a comment: published, their own waiting one, or moderating."""
    if comment.deleted_at is not None:
        return False
    if comment.status == Comment.Status.PUBLISHED:
        return True
    profile = profile_of(user)
    own = profile is not None and comment.author_id == profile.pk
    if comment.status == Comment.Status.PENDING and own:
        return True
    return is_moderator(user)


def ensure_can_post(profile):
    """Refuse a suspended member, with the editors' reason."""
    if profile.is_suspended:
        message = _("Your account is suspended: you can read, but not post.")
        if profile.suspension_reason:
            message = _("%(refusal)s Reason: %(reason)s") % {
                "refusal": message,
                "reason": profile.suspension_reason,
            }
        raise DiscussionError(message, code="suspended")


# Members' actions ----------------------------------------------------------------------


def clean_text(text):
    """The text of a comment, stripped, within the length limit."""
    text = (text or "").strip()
    if not text:
        raise DiscussionError(_("Write something before posting."), field="text")
    limit = settings.DISCUSSION_COMMENT_MAX_LENGTH
    if len(text) > limit:
        raise DiscussionError(
            _("A comment is at most %(limit)d characters long; this one has %(length)d.")
            % {"limit": limit, "length": len(text)},
            field="text",
        )
    return text


def clean_slide_number(page, slide_number):
    """A slide number that exists in this deck, or None."""
    if slide_number is None:
        return None
    slide_count = getattr(page.specific, "slide_count", None)
    if slide_count is None:
        raise DiscussionError(
            _("Only comments on slides can be about a slide."), field="slide_number"
        )
    if not 1 <= slide_number <= slide_count:
        raise DiscussionError(
            _("Choose a slide between 1 and %(count)d.") % {"count": slide_count},
            field="slide_number",
        )
    return slide_number


def ensure_can_reply(parent, page, profile):
    if parent.page_id != page.pk:
        raise DiscussionError(_("You can only reply to a comment on the same page."))
    own = profile is not None and parent.author_id == profile.pk
    visible = parent.status == Comment.Status.PUBLISHED or (
        parent.status == Comment.Status.PENDING and own
    )
    if parent.deleted_at is not None or not visible:
        raise DiscussionError(_("This comment can no longer be replied to."), code="forbidden")


def approved_comment_count(profile):
    return Comment.objects.filter(author=profile, status=Comment.Status.PUBLISHED).count()


def post_comment(author, page, text, parent=None, slide_number=None):
    """Post a member's comment or reply; the first ones of a new member wait for review."""
    text = clean_text(text)
    if not is_commentable(page):
        raise DiscussionError(_("This page does not take comments."), code="forbidden")
    if parent is not None:
        ensure_can_reply(parent, page, author)
    slide_number = clean_slide_number(page, slide_number)
    with transaction.atomic():
        # The member's row is locked so that two requests at once cannot both pass the
        # rate limit; the profile is read again, in case an editor just suspended them.
        author = Profile.objects.select_for_update().select_related("user").get(pk=author.pk)
        ensure_can_post(author)
        ensure_within_rate_limit(author)
        trusted = (
            author.is_trusted
            or is_moderator(author.user)
            or approved_comment_count(author) >= settings.DISCUSSION_COMMENTS_BEFORE_TRUST
        )
        return Comment.objects.create(
            page_id=page.pk,
            author=author,
            parent=parent,
            body=text,
            slide_number=slide_number,
            status=Comment.Status.PUBLISHED if trusted else Comment.Status.PENDING,
        )


def ensure_within_rate_limit(profile):
    """At most DISCUSSION_COMMENTS_PER_WINDOW comments per window, deleted ones included."""
    window = timedelta(seconds=settings.DISCUSSION_WINDOW_SECONDS)
    recent = Comment.objects.filter(author=profile, created_at__gte=timezone.now() - window)
    if recent.count() >= settings.DISCUSSION_COMMENTS_PER_WINDOW:
        minutes = max(1, round(settings.DISCUSSION_WINDOW_SECONDS / 60))
        raise DiscussionError(
            ngettext(
                "You have posted %(count)d comments in the last minute, the most we allow. "
                "Your text is kept below: please post it again in a moment.",
                "You have posted %(count)d comments in the last %(minutes)d minutes, the most "
                "we allow. Your text is kept below: please post it again in a few minutes.",
                minutes,
            )
            % {"count": settings.DISCUSSION_COMMENTS_PER_WINDOW, "minutes": minutes},
            code="rate_limited",
        )


def ensure_editable(comment, author):
    """Refuse an edit, saying why: someone else's comment, a hidden one, or too late."""
    if comment.author_id != author.pk or comment.deleted_at is not None:
        raise DiscussionError(_("Only its author can edit a comment."), code="forbidden")
    ensure_can_post(author)
    if comment.status == Comment.Status.HIDDEN:
        raise DiscussionError(
            _("A moderator hid this comment: it can no longer be edited."), code="forbidden"
        )
    if not is_editable(comment, author):
        minutes = max(1, round(settings.DISCUSSION_EDIT_WINDOW_SECONDS / 60))
        raise DiscussionError(
            ngettext(
                "Comments can be edited for %(minutes)d minute after posting, and that time "
                "is over. Your text is kept below: you can copy it into a new comment.",
                "Comments can be edited for %(minutes)d minutes after posting, and that time "
                "is over. Your text is kept below: you can copy it into a new comment.",
                minutes,
            )
            % {"minutes": minutes},
            code="forbidden",
        )


def edit_comment(comment, author, text, slide_number=None):
    """Change the text of one's own comment within the edit window; it is marked as edited."""
    ensure_editable(comment, author)
    comment.body = clean_text(text)
    comment.slide_number = clean_slide_number(comment.page, slide_number)
    comment.edited_at = timezone.now()
    comment.save(update_fields=["body", "slide_number", "edited_at"])
    return comment


def delete_comment(comment, user):
    """Delete a comment (author or moderator): the text goes, its place in the thread stays."""
    if not is_deletable(comment, user):
        raise DiscussionError(_("You cannot delete this comment."), code="forbidden")
    with transaction.atomic():
        comment.deleted_at = timezone.now()
        comment.body = ""
        comment.save(update_fields=["deleted_at", "body"])
        resolve_reports(comment)
    return comment


def report_comment(comment, reporter, reason, details=""):
    """Report a comment; reports from enough different members hide it until reviewed."""
    if comment.author_id == reporter.pk:
        raise DiscussionError(_("You cannot report your own comment."), code="forbidden")
    ensure_can_post(reporter)
    if comment.deleted_at is not None or comment.status != Comment.Status.PUBLISHED:
        raise DiscussionError(_("This comment is already out of sight."), code="forbidden")
    with transaction.atomic():
        comment = Comment.objects.select_for_update().get(pk=comment.pk)
        try:
            with transaction.atomic():
                report = CommentReport.objects.create(
                    comment=comment, reporter=reporter, reason=reason, details=details.strip()
                )
        except IntegrityError:
            raise DiscussionError(
                _("You have already reported this comment. Thank you: editors will look at it."),
                code="already_reported",
            ) from None
        reporters = comment.reports.filter(resolved_at__isnull=True).values("reporter").distinct()
        if reporters.count() >= settings.DISCUSSION_REPORTS_TO_HIDE:
            comment.status = Comment.Status.HIDDEN
            comment.save(update_fields=["status"])
    return report


# Moderation ----------------------------------------------------------------------------


def resolve_reports(comment):
    comment.reports.filter(resolved_at__isnull=True).update(resolved_at=timezone.now())


def approve_comment(comment):
    """Publish a comment waiting for review, or clear a reported one; its reports are resolved."""
    with transaction.atomic():
        if comment.deleted_at is None:
            comment.status = Comment.Status.PUBLISHED
            comment.save(update_fields=["status"])
        resolve_reports(comment)
    return comment


def hide_comment(comment):
    """Hide a comment for good; its reports are resolved."""
    with transaction.atomic():
        comment.status = Comment.Status.HIDDEN
        comment.save(update_fields=["status"])
        resolve_reports(comment)
    return comment


def suspend_member(profile, reason):
    """Suspend a member: they can sign in and read, not post. The reason is shown to them."""
    profile.is_suspended = True
    profile.suspension_reason = reason.strip()
    profile.save(update_fields=["is_suspended", "suspension_reason"])
    return profile


def unsuspend_member(profile):
    """Lift a suspension."""
    profile.is_suspended = False
    profile.suspension_reason = ""
    profile.save(update_fields=["is_suspended", "suspension_reason"])
    return profile


def trust_member(profile):
    """Mark a member trusted: their comments no longer wait, those waiting are published."""
    with transaction.atomic():
        if not profile.is_trusted:
            profile.is_trusted = True
            profile.save(update_fields=["is_trusted"])
        waiting = list(
            Comment.objects.filter(
                author=profile, status=Comment.Status.PENDING, deleted_at__isnull=True
            )
        )
        Comment.objects.filter(pk__in=[comment.pk for comment in waiting]).update(
            status=Comment.Status.PUBLISHED
        )
        # Published in bulk, so without save signals: announce each one here.
        for comment in waiting:
            notifications.queue_notifications(comment)
        return len(waiting)


def open_reports():
    return CommentReport.objects.filter(comment=OuterRef("pk"), resolved_at__isnull=True)


def moderation_queue():
    """Comments waiting for review or reported and not yet reviewed, oldest first."""
    return (
        Comment.objects.filter(deleted_at__isnull=True)
        .filter(Q(status=Comment.Status.PENDING) | Exists(open_reports()))
        .select_related("page", "author")
        .prefetch_related(
            Prefetch(
                "reports",
                queryset=CommentReport.objects.filter(resolved_at__isnull=True).select_related(
                    "reporter"
                ),
                to_attr="open_reports",
            )
        )
        .order_by("created_at", "pk")
    )


def moderation_queue_page(number):
    """One page of the queue: three queries whatever its length."""
    return Paginator(moderation_queue(), QUEUE_PAGE_SIZE).get_page(number)


def suspended_members():
    """Members under suspension, for the editors to lift it."""
    return Profile.objects.filter(is_suspended=True).order_by("display_name", "handle")


def count_awaiting_moderation():
    return (
        Comment.objects.filter(deleted_at__isnull=True)
        .filter(Q(status=Comment.Status.PENDING) | Exists(open_reports()))
        .count()
    )


# Reading -------------------------------------------------------------------------------


@dataclass
class ThreadEntry:
    """A comment as one viewer sees it, with the replies drawn under it."""

    comment: Comment
    level: int
    # What the viewer sees: "published", "pending", "hidden" or "deleted".
    state: str
    # The text is not shown, only why (deleted, hidden, waiting), as replies hang from it.
    placeholder: bool = False
    author_url: str = ""
    # For replies drawn below their parent's level: the comment they answer.
    in_reply_to: Comment | None = None
    in_reply_to_name: str = ""
    replies: list = field(default_factory=list)
    can_reply: bool = False
    can_edit: bool = False
    can_delete: bool = False
    can_report: bool = False
    reported: bool = False

    @property
    def author_name(self):
        author = self.comment.author
        return author.name if author else _("Deleted member")


@dataclass
class Thread:
    """A page's discussion as one viewer sees it, and what this viewer may do."""

    page: Page
    entries: list
    count: int
    # "anonymous", "unverified", "suspended" or "member".
    viewer_state: str
    is_open: bool
    is_moderator: bool = False
    suspension_reason: str = ""
    slide_count: int | None = None
    max_length: int = 0

    @property
    def can_post(self):
        return self.is_open and self.viewer_state == "member"

    @property
    def form_url(self):
        return reverse("discussions:comment", args=[self.page.pk])


def viewer_state_of(user, profile):
    if profile is None:
        return "anonymous"
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        return "unverified"
    if profile.is_suspended:
        return "suspended"
    return "member"


def linked_authors(comments):
    """Profile addresses of the authors the viewer may see (the comments carry `author_visible`)."""
    return {
        comment.author.pk: reverse("community:profile", args=[comment.author.handle])
        for comment in comments
        if comment.author_id and comment.author_visible
    }


def thread_for(page, viewer):
    """The discussion of a page for this viewer, as a tree; a fixed number of queries.

    Waiting comments show to their author and moderators only; hidden and deleted ones
    show as a placeholder when replies hang from them, else not at all.
    """
    profile = profile_of(viewer)
    moderator = is_moderator(viewer)
    state = viewer_state_of(viewer, profile)
    # The page is being shown, so its view restrictions let this viewer in; they are read
    # only for someone who could post, as posting to a private page is refused.
    is_open = (
        page.live
        and (page._meta.app_label, page._meta.model_name) in COMMENTABLE_TYPES
        and not getattr(page, "removed_at", None)
        and (state != "member" or not is_restricted(page))
    )
    comments = list(
        Comment.objects.filter(page_id=page.pk)
        .select_related("author")
        .annotate(author_visible=visible_to(viewer, "author_id"))
        .order_by("created_at", "pk")
    )
    reported = set()
    if profile is not None and comments:
        reported = set(
            CommentReport.objects.filter(reporter=profile, comment__page_id=page.pk).values_list(
                "comment_id", flat=True
            )
        )
    author_urls = linked_authors(comments)
    now = timezone.now()
    can_act = is_open and state == "member"

    def own(comment):
        return profile is not None and comment.author_id == profile.pk

    def readable(comment):
        if comment.deleted_at is not None:
            return False
        if comment.status == Comment.Status.PUBLISHED:
            return True
        if comment.status == Comment.Status.PENDING:
            return moderator or own(comment)
        return moderator

    by_pk = {comment.pk: comment for comment in comments}
    children = {}
    for comment in comments:
        children.setdefault(comment.parent_id, []).append(comment)
    # A reply always has a higher id than what it answers (clocks of app servers may
    # differ, ids do not), so walking ids downwards settles children first.
    shown = {}
    for comment in sorted(comments, key=lambda item: item.pk, reverse=True):
        shown[comment.pk] = readable(comment) or any(
            shown[child.pk] for child in children.get(comment.pk, ())
        )

    def entry(comment, level, in_reply_to=None):
        is_readable = readable(comment)
        answered = ""
        if in_reply_to is not None and readable(in_reply_to):
            answered = in_reply_to.author.name if in_reply_to.author else _("Deleted member")
        visible_state = "deleted" if comment.deleted_at is not None else comment.status
        published = visible_state == Comment.Status.PUBLISHED
        return ThreadEntry(
            comment=comment,
            level=level,
            state=visible_state,
            placeholder=not is_readable,
            author_url=author_urls.get(comment.author_id, "") if is_readable else "",
            in_reply_to=in_reply_to,
            in_reply_to_name=answered,
            can_reply=can_act
            and is_readable
            and (published or (visible_state == Comment.Status.PENDING and own(comment))),
            can_edit=can_act and is_editable(comment, profile, now),
            # A suspended member may still take back what they wrote.
            can_delete=is_open
            and comment.deleted_at is None
            and ((own(comment) and state in {"member", "suspended"}) or moderator),
            can_report=can_act and published and not own(comment) and comment.pk not in reported,
            reported=comment.pk in reported,
        )

    def descendants(comment):
        """Every shown reply under a comment, at any depth, oldest first."""
        found, stack = [], list(children.get(comment.pk, ()))
        while stack:
            child = stack.pop()
            if shown[child.pk]:
                found.append(child)
                stack.extend(children.get(child.pk, ()))
        return sorted(found, key=lambda item: (item.created_at, item.pk))

    def build(comment, level, parent=None):
        node = entry(comment, level)
        if level + 1 < MAX_DISPLAY_DEPTH:
            node.replies = [
                build(child, level + 1, comment)
                for child in children.get(comment.pk, ())
                if shown[child.pk]
            ]
        else:
            # The last level: every deeper reply is drawn here, saying whom it answers.
            node.replies = [
                entry(
                    reply,
                    level + 1,
                    None if reply.parent_id == comment.pk else by_pk[reply.parent_id],
                )
                for reply in descendants(comment)
            ]
        return node

    entries = [build(comment, 0) for comment in children.get(None, ()) if shown[comment.pk]]
    return Thread(
        page=page,
        entries=entries,
        count=sum(1 for comment in comments if readable(comment)),
        viewer_state=state,
        is_open=is_open,
        is_moderator=moderator,
        suspension_reason=profile.suspension_reason if profile else "",
        slide_count=getattr(page.specific, "slide_count", None) if is_open else None,
        max_length=settings.DISCUSSION_COMMENT_MAX_LENGTH,
    )


def comments_by(profile, viewer, limit=10, request=None):
    """A member's latest published comments on published, public pages, for their profile."""
    if not profile_visible_to(profile, viewer):
        return []
    return recent_comments(profile, limit, request)


def recent_comments(profile, limit=10, request=None):
    """comments_by, for a caller that has checked that the viewer may see the profile.

    Each comment carries its `url`, made with the request so that the site's root paths
    are read once for the list rather than once per comment.
    """
    # The page's conditions on the joined page rather than `page__in=commentable_pages()`,
    # which made the database list every commentable page first.
    kinds = Q()
    for app_label, model in COMMENTABLE_TYPES:
        kinds |= Q(page__content_type__app_label=app_label, page__content_type__model=model)
    comments = list(
        Comment.objects.filter(
            kinds,
            author=profile,
            status=Comment.Status.PUBLISHED,
            deleted_at__isnull=True,
            page__live=True,
        )
        .exclude(private_section("page__path"))
        .select_related("page")
        .order_by("-created_at", "-pk")[:limit]
    )
    for comment in comments:
        comment.url = comment_url(comment, request)
    return comments


def comment_url(comment, request=None):
    """The address of a comment: its page, at its anchor."""
    return f"{comment.page.get_url(request)}#{comment.anchor}"


def discussion_url(page, request=None):
    return f"{page.get_url(request)}#discussion"
