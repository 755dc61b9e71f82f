from functools import wraps
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from wagtail.models import Page

from community.models import EventPage, Profile

from . import collection, review, services
from .forms import MergeTagsForm, clean_presentation_file, presentation_file_field
from .models import CaseStudyPage, SlideDeckPage
from .models.choices import Language, Licence


@permission_required("taggit.delete_tag", raise_exception=True)
def merge_tags(request):
    form = MergeTagsForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        target = services.merge_tags(
            list(form.cleaned_data["sources"]), form.cleaned_data["target"]
        )
        messages.success(request, _("Tags merged into “%(tag)s”.") % {"tag": target.name})
        return redirect("merge_tags")
    return TemplateResponse(request, "resources/admin/merge_tags.html", {"form": form})


class RequestChangesForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("What should change?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 32}),
        error_messages={
            "required": gettext_lazy("Write the reason: it is all the author will see.")
        },
    )

    def __init__(self, *args, page, **kwargs):
        super().__init__(*args, auto_id=f"id_review_{page.pk}_%s", **kwargs)
        self.page = page
        self.fields["reason"].help_text = (
            _("The uploader reads this in an email and on the status page of their slides.")
            if isinstance(page, SlideDeckPage)
            else _("The proposer reads this in an email.")
        )
        # Wagtail's field template names the help text "<id>-helptext", Django "<id>_helptext".
        self.fields["reason"].widget.attrs["aria-describedby"] = (
            f"{self['reason'].auto_id}-helptext"
        )


def review_permission_required(view):
    """Only for those who publish in the library; others get Wagtail's "permission denied"."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not review.can_review(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


QUEUE_PARAMETERS = ("deck_page", "proposal_page")


def queue_query(request):
    """The queue's pagination, carried through the actions and back."""
    kept = {name: request.GET[name] for name in QUEUE_PARAMETERS if request.GET.get(name)}
    return f"?{urlencode(kept)}" if kept else ""


def back_to_queue(request):
    return redirect(reverse("review_queue") + queue_query(request))


@review_permission_required
def review_queue(request):
    return render_queue(request)


def render_queue(request, refused_form=None):
    """The queue; a refused "Request changes" form stays in its item, with its error."""
    user = request.user
    decks = review.decks_awaiting_review(user, request.GET.get("deck_page"))
    proposals = review.proposals_awaiting_review(user, request.GET.get("proposal_page"))

    def with_forms(page_obj):
        return [
            (
                item,
                refused_form
                if refused_form and refused_form.page == item.page
                else RequestChangesForm(page=item.page),
            )
            for item in page_obj.object_list
        ]

    return TemplateResponse(
        request,
        "resources/admin/review_queue.html",
        {
            "page_title": _("Review queue"),
            "header_icon": "tasks",
            "queue_url": reverse("review_queue"),
            "query": queue_query(request),
            "decks": decks,
            "deck_rows": with_forms(decks),
            "proposals": proposals,
            "proposal_rows": with_forms(proposals),
            "can_trust": user.has_perm("community.change_profile"),
        },
    )


def page_in_queue(pk):
    """A deck or case study, whatever its state; None if it is gone."""
    return Page.objects.filter(pk=pk).type(SlideDeckPage, CaseStudyPage).specific().first()


def seen_revision(request):
    try:
        return int(request.POST["revision"])
    except (KeyError, ValueError):
        return None


def decide(request, page, decision, success, **arguments):
    """Apply a decision to a page in review; whatever happened, say so and go back to the queue."""
    if page is None:
        messages.warning(request, _("This item no longer exists: it may have been deleted."))
        return back_to_queue(request)
    title = {"title": page.get_admin_display_title()}
    try:
        decision(page, request.user, seen_revision_id=seen_revision(request), **arguments)
    except review.ChangedSinceSeen:
        messages.warning(
            request,
            _("“%(title)s” changed since you opened the queue: look at it again before deciding.")
            % title,
        )
    except review.NotInReview:
        messages.warning(
            request,
            _("“%(title)s” is no longer waiting for review: another editor may have decided.")
            % title,
        )
    except review.NotReady:
        messages.error(
            request, _("“%(title)s” cannot be published before its slides are processed.") % title
        )
    else:
        messages.success(request, success % title)
    return back_to_queue(request)


@review_permission_required
@require_POST
def approve(request, pk):
    page = page_in_queue(pk)
    return decide(request, page, review.approve, _("“%(title)s” is approved and published."))


@review_permission_required
@require_POST
def request_changes(request, pk):
    page = page_in_queue(pk)
    form = page and RequestChangesForm(request.POST, page=page)
    if form and not form.is_valid():
        messages.error(
            request,
            _("Changes were not requested for “%(title)s”: write the reason first.")
            % {"title": page.get_admin_display_title()},
        )
        return render_queue(request, refused_form=form)
    reason = form.cleaned_data["reason"] if form else ""
    return decide(
        request,
        page,
        review.request_changes,
        _("Changes requested for “%(title)s”."),
        reason=reason,
    )


@review_permission_required
@permission_required("community.change_profile", raise_exception=True)
@require_POST
def trust(request, pk):
    profile = Profile.objects.filter(pk=pk).first()
    if profile is None:
        messages.warning(request, _("This member no longer exists."))
    else:
        review.trust(profile)
        messages.success(
            request,
            _("%(name)s is now trusted: their next slides are published without review.")
            % {"name": profile.name},
        )
    return back_to_queue(request)


# Slides collection: after a meetup, organizers follow which talks have slides, upload some
# on the speakers' behalf and remind the others.


class UploadOnBehalfForm(forms.Form):
    file = presentation_file_field()
    title = forms.CharField(label=gettext_lazy("Title"), max_length=255)
    description = forms.CharField(
        label=gettext_lazy("Description"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy("What the talk is about. The speaker can change it later."),
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the slides"), choices=Language.choices
    )
    licence = forms.ChoiceField(
        label=gettext_lazy("Licence"),
        choices=Licence.choices,
        initial=Licence.CC_BY,
        help_text=gettext_lazy("The licence the speaker agreed to."),
    )
    allow_download = forms.BooleanField(
        label=gettext_lazy("Let visitors download the original file and the PDF"),
        required=False,
        initial=True,
    )

    def clean_file(self):
        return clean_presentation_file(self.cleaned_data["file"])

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if not title:
            raise forms.ValidationError(_("Give the slides a title."))
        return title

    @property
    def details(self):
        return {
            name: self.cleaned_data[name]
            for name in ("title", "description", "language", "licence", "allow_download")
        }


def collected_event(request, event_id):
    """The event whose slides this user follows; only those who may edit its page."""
    event = get_object_or_404(EventPage, pk=event_id)
    if not collection.can_collect(request.user, event):
        raise PermissionDenied
    return event


def slide_collections(request):
    events = collection.events_to_collect(request.user)
    return TemplateResponse(
        request,
        "resources/admin/collections.html",
        {"page_title": _("Slides collection"), "header_icon": "doc-full", "events": events},
    )


def slide_collection(request, event_id):
    event = collected_event(request, event_id)
    collected = collection.collection(event)
    context = {
        "page_title": _("Slides collection"),
        "page_subtitle": event.title,
        "header_icon": "doc-full",
        "event": event,
        "collection": collected,
        "plan": collection.reminder_plan(event, collected=collected),
    }
    return TemplateResponse(request, "resources/admin/collection.html", context)


def collection_upload(request, event_id, session_id):
    event = collected_event(request, event_id)
    session = get_object_or_404(collection.talks(event).select_related("event"), pk=session_id)
    owner, co_speakers = collection.uploader_for(session, request.user)
    initial = {
        "title": session.title,
        "description": "\n\n".join(
            part for part in (collection.guest_credit(session), session.abstract) if part
        ),
    }
    form = UploadOnBehalfForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        deck = collection.upload_on_behalf(
            organizer=request.user,
            session=session,
            upload=form.cleaned_data["file"],
            **form.details,
        )
        if owner == request.user:
            done = _(
                "“%(title)s” is uploaded in your name, as no speaker of the session has an "
                "account: it is processed, then reviewed as usual."
            )
        else:
            done = _(
                "“%(title)s” is uploaded for %(name)s: it is processed, then reviewed as usual."
            )
        messages.success(request, done % {"title": deck.title, "name": owner.profile.name})
        return redirect(reverse("slide_collection", args=[event.pk]) + f"#{session.anchor}")
    context = {
        "page_title": _("Upload slides for a speaker"),
        "page_subtitle": session.title,
        "header_icon": "upload",
        "event": event,
        "session": session,
        "owner": owner,
        "co_speakers": co_speakers,
        "on_behalf": owner != request.user,
        "form": form,
    }
    return TemplateResponse(request, "resources/admin/collection_upload.html", context)


def collection_remind(request, event_id):
    event = collected_event(request, event_id)
    if not event.live:
        # The upload form offers only the sessions of published programmes.
        messages.error(request, _("Publish the event first: its upload links work only then."))
        return redirect("slide_collection", event_id=event.pk)
    if request.method != "POST":
        context = {
            "page_title": _("Remind the speakers"),
            "page_subtitle": event.title,
            "header_icon": "mail",
            "event": event,
            "plan": collection.reminder_plan(event),
        }
        return TemplateResponse(request, "resources/admin/collection_remind.html", context)
    plan = collection.send_reminders(event, request.user)
    if plan.recipients:
        count = len(plan.recipients)
        messages.success(
            request,
            ngettext(
                "Reminder sent to %(count)d speaker.",
                "Reminders sent to %(count)d speakers.",
                count,
            )
            % {"count": count},
        )
    else:
        messages.warning(request, _("Nobody was reminded: there is nobody to remind right now."))
    if plan.waiting:
        messages.info(
            request,
            _("Reminded less than 24 hours ago, so not again yet: %(names)s.")
            % {"names": ", ".join(item.profile.name for item in plan.waiting)},
        )
    return redirect("slide_collection", event_id=event.pk)
