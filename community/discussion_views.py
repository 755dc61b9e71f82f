"""Discussions: members post, edit, delete and report comments; editors moderate in the admin."""

from functools import wraps

from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.menu import MenuItem

from . import discussions
from .discussion_forms import CommentForm, ReportForm, SuspendForm
from .discussions import DiscussionError
from .models import Comment, Profile

FORM_TEMPLATE = "community/discussion_form.html"
# A refusal of the person rather than of their text gets its own status code.
REFUSAL_STATUS = {"suspended": 403, "forbidden": 403, "rate_limited": 429}
SUSPENDED_SHOWN = 100


def comment_on_open_page(view):
    """Give the view a comment that is still there, on a page that takes comments; else 404."""

    @wraps(view)
    def wrapped(request, pk, *args, **kwargs):
        comment = get_object_or_404(
            Comment.objects.select_related("author"), pk=pk, deleted_at__isnull=True
        )
        page = discussions.commentable_page(comment.page_id)
        if page is None:
            raise Http404
        comment.page = page
        return view(request, comment, *args, **kwargs)

    return wrapped


def form_page(
    request, form, *, heading, action, page, submit, comment=None, status=200, refusal=""
):
    """The page of a comment form, where the person's text is kept with what went wrong."""
    context = {
        "form": form,
        "heading": heading,
        "submit_label": submit,
        "action": action,
        "discussed_page": page,
        "comment": comment,
        "refusal": refusal,
        "back_url": discussions.comment_url(comment, request)
        if comment
        else discussions.discussion_url(page, request),
    }
    return TemplateResponse(request, FORM_TEMPLATE, context, status=status)


def refusal_status(error):
    return REFUSAL_STATUS.get(error.code, 200)


def refusal_before_writing(check, *args):
    """Why this person may not go on (a suspension, an edit window over), or None."""
    try:
        check(*args)
    except DiscussionError as error:
        return error
    return None


def refused(form, error):
    """How a form page shows a refusal: on the field it concerns, or above the form."""
    if error is None:
        return {}
    if form.is_bound and error.field in form.fields:
        form.add_refusal(error)
        return {"status": refusal_status(error)}
    return {"status": refusal_status(error), "refusal": error.message}


def posted(request, comment):
    if comment.status == Comment.Status.PENDING:
        messages.success(
            request,
            _(
                "Thank you! Your comment will appear once an editor has read it: the first "
                "comments of every new member are reviewed."
            ),
        )
    else:
        messages.success(request, _("Your comment is published."))
    return redirect(discussions.comment_url(comment, request))


@verified_email_required
def comment(request, page_id):
    page = discussions.commentable_page(page_id)
    if page is None:
        raise Http404
    form = CommentForm(request.POST or None, page=page)
    refusal = None
    if request.method == "POST" and form.is_valid():
        try:
            new = discussions.post_comment(request.user.profile, page, **form.cleaned_data)
        except DiscussionError as error:
            refusal = error
        else:
            return posted(request, new)
    elif request.method != "POST":
        refusal = refusal_before_writing(discussions.ensure_can_post, request.user.profile)
    action = reverse("discussions:comment", args=[page.pk])
    heading = _("Comment on “%(title)s”") % {"title": page.title}
    return form_page(
        request,
        form,
        heading=heading,
        action=action,
        page=page,
        submit=_("Post comment"),
        **refused(form, refusal),
    )


@verified_email_required
@comment_on_open_page
def reply(request, parent):
    # The form quotes the comment: never one this person may not read.
    if not discussions.is_visible_to(parent, request.user):
        raise Http404
    page = parent.page
    # A reply is about the same slide as the comment it answers, unless the member says otherwise.
    initial = {"slide_number": parent.slide_number}
    form = CommentForm(request.POST or None, page=page, initial=initial)
    refusal = None
    if request.method == "POST" and form.is_valid():
        try:
            new = discussions.post_comment(
                request.user.profile, page, parent=parent, **form.cleaned_data
            )
        except DiscussionError as error:
            refusal = error
        else:
            return posted(request, new)
    elif request.method != "POST":
        refusal = refusal_before_writing(discussions.ensure_can_post, request.user.profile)
    action = reverse("discussions:reply", args=[parent.pk])
    heading = _("Reply to %(name)s") % {"name": author_name(parent)}
    return form_page(
        request,
        form,
        heading=heading,
        action=action,
        page=page,
        submit=_("Post reply"),
        comment=parent,
        **refused(form, refusal),
    )


@verified_email_required
@comment_on_open_page
def edit(request, comment):
    profile = request.user.profile
    if comment.author_id != profile.pk:
        raise PermissionDenied
    initial = {"text": comment.body, "slide_number": comment.slide_number}
    form = CommentForm(request.POST or None, page=comment.page, initial=initial)
    refusal = None
    if request.method == "POST" and form.is_valid():
        try:
            discussions.edit_comment(comment, profile, **form.cleaned_data)
        except DiscussionError as error:
            refusal = error
        else:
            messages.success(request, _("Your comment is updated."))
            return redirect(discussions.comment_url(comment, request))
    elif request.method != "POST":
        refusal = refusal_before_writing(discussions.ensure_editable, comment, profile)
    action = reverse("discussions:edit", args=[comment.pk])
    return form_page(
        request,
        form,
        heading=_("Edit your comment"),
        action=action,
        page=comment.page,
        submit=_("Save changes"),
        **refused(form, refusal),
    )


@verified_email_required
@comment_on_open_page
def delete(request, comment):
    if not discussions.is_deletable(comment, request.user):
        raise PermissionDenied
    if request.method == "POST":
        discussions.delete_comment(comment, request.user)
        messages.success(request, _("The comment is deleted."))
        return redirect(discussions.discussion_url(comment.page, request))
    return TemplateResponse(
        request,
        "community/discussion_delete.html",
        {
            "comment": comment,
            "discussed_page": comment.page,
            "back_url": discussions.comment_url(comment, request),
        },
    )


@verified_email_required
@comment_on_open_page
def report(request, comment):
    profile = request.user.profile
    if comment.author_id == profile.pk or comment.status != Comment.Status.PUBLISHED:
        raise PermissionDenied
    form = ReportForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            discussions.report_comment(comment, profile, **form.cleaned_data)
        except DiscussionError as error:
            form.add_error(None, error.message)
            status = 409 if error.code == "already_reported" else refusal_status(error)
        else:
            messages.success(
                request, _("Thank you for your report. Editors will look at this comment.")
            )
            return redirect(discussions.discussion_url(comment.page, request))
    return TemplateResponse(
        request,
        "community/discussion_report.html",
        {
            "form": form,
            "comment": comment,
            "discussed_page": comment.page,
            "back_url": discussions.comment_url(comment, request),
        },
        status=status,
    )


def author_name(comment):
    return comment.author.name if comment.author else _("a deleted member")


# Moderation, in the Wagtail admin (the admin wraps these views in its sign-in check) -------


class CommentModerationMenuItem(MenuItem):
    """The admin menu's "Comments": shown to moderators, counting what waits for them."""

    def is_shown(self, request):
        return discussions.is_moderator(request.user)

    def render_component(self, request):
        component = super().render_component(request)
        if waiting := discussions.count_awaiting_moderation():
            component.label = f"{self.label} ({waiting})"
        return component


moderator_required = permission_required(discussions.MODERATE_PERMISSION, raise_exception=True)


def back_to_queue(request):
    page = request.POST.get("p") or request.GET.get("p")
    url = reverse("discussion_moderation")
    return redirect(f"{url}?p={page}" if page and page.isdigit() else url)


@moderator_required
def moderation_queue(request):
    comments = discussions.moderation_queue_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "community/admin/comment_queue.html",
        {
            "page_title": _("Comments to moderate"),
            "header_icon": "comment",
            "comments": comments,
            "suspended": list(discussions.suspended_members()[:SUSPENDED_SHOWN]),
            "queue_url": reverse("discussion_moderation"),
            "actions": [
                ("approve", _("Approve and publish"), ""),
                ("hide", _("Hide"), "button-secondary"),
                ("delete", _("Delete"), "button-secondary no"),
            ],
        },
    )


MODERATION_ACTIONS = {
    "approve": (discussions.approve_comment, gettext_lazy("Comment published.")),
    "hide": (discussions.hide_comment, gettext_lazy("Comment hidden.")),
    "delete": (discussions.delete_comment, gettext_lazy("Comment deleted.")),
}


@moderator_required
@require_POST
def moderate(request, pk, action):
    if action not in MODERATION_ACTIONS:
        raise Http404
    comment = get_object_or_404(Comment, pk=pk, deleted_at__isnull=True)
    service, message = MODERATION_ACTIONS[action]
    if action == "delete":
        service(comment, request.user)
    else:
        service(comment)
    messages.success(request, message)
    return back_to_queue(request)


@moderator_required
@require_POST
def trust_author(request, pk):
    profile = get_object_or_404(Profile, pk=pk)
    approved = discussions.trust_member(profile)
    messages.success(
        request,
        _("%(name)s is trusted; %(count)d waiting comments are published.")
        % {"name": profile.name, "count": approved},
    )
    return back_to_queue(request)


@moderator_required
def suspend_author(request, pk):
    profile = get_object_or_404(Profile, pk=pk)
    form = SuspendForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        discussions.suspend_member(profile, form.cleaned_data["reason"])
        messages.success(request, _("%(name)s is suspended.") % {"name": profile.name})
        return back_to_queue(request)
    return TemplateResponse(
        request,
        "community/admin/comment_suspend.html",
        {
            "page_title": _("Suspend %(name)s") % {"name": profile.name},
            "header_icon": "warning",
            "form": form,
            "member": profile,
            "queue_url": reverse("discussion_moderation"),
            "p": request.GET.get("p", ""),
        },
    )


@moderator_required
@require_POST
def unsuspend_author(request, pk):
    profile = get_object_or_404(Profile, pk=pk)
    discussions.unsuspend_member(profile)
    messages.success(request, _("%(name)s may post again.") % {"name": profile.name})
    return back_to_queue(request)
