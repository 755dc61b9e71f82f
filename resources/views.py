from pathlib import Path

from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from taggit.models import Tag

from . import services
from .forms import CaseStudyProposalForm, DeckDetailsForm, DeckReplaceForm, DeckUploadForm
from .models import SlideDeckPage


@verified_email_required
def upload_deck(request):
    # A session's reminder email links here with ?session=<id>, so the talk is already chosen.
    initial = {name: request.GET[name] for name in ("event", "session") if name in request.GET}
    form = DeckUploadForm(
        request.POST or None, request.FILES or None, owner=request.user, initial=initial
    )
    if request.method == "POST":
        if form.is_valid():
            deck = services.upload_deck(
                owner=request.user, upload=form.cleaned_data["file"], **form.details
            )
            messages.success(request, _("Thank you! Your slides are being processed."))
            return redirect("resources:deck_status", pk=deck.pk)
        form.keep_valid_file()
    context = {"form": form, "tag_names": services.suggest_tag_names("")}
    return TemplateResponse(request, "resources/deck_upload.html", context)


def owned_deck(request, pk):
    """A deck its owner or an editor may follow; anyone else is told it does not exist."""
    deck = get_object_or_404(SlideDeckPage, pk=pk, removed_at__isnull=True)
    if (
        deck.owner_id != request.user.pk
        and not deck.permissions_for_user(request.user).can_publish()
    ):
        raise Http404
    return deck


@login_required
def deck_status(request, pk):
    deck = owned_deck(request, pk)
    status = services.deck_status(deck)
    if request.GET.get("format") == "json":
        return JsonResponse({"status": status.code, "label": str(status.label)})
    slides = deck.slides.all() if deck.is_ready else []
    return TemplateResponse(
        request, "resources/deck_status.html", {"deck": deck, "status": status, "slides": slides}
    )


@login_required
@require_POST
def retry_processing(request, pk):
    deck = owned_deck(request, pk)
    if services.deck_status(deck).can_retry:
        services.queue_processing(deck)
        messages.success(request, _("Processing starts again."))
    return redirect("resources:deck_status", pk=deck.pk)


@login_required
def my_uploads(request):
    decks = services.decks_owned_by(request.user)
    return TemplateResponse(request, "resources/my_uploads.html", {"decks": decks})


def viewable_deck(request, pk):
    """A deck this visitor may see: published, or their own, or any for an editor."""
    deck = get_object_or_404(SlideDeckPage, pk=pk)
    if deck.live and deck.get_view_restrictions().count() == 0:
        return deck
    return owned_deck(request, pk)


@require_GET
def download(request, pk, kind):
    deck = viewable_deck(request, pk)
    is_owner = deck.owner_id == request.user.pk
    field = deck.original if kind == "original" else deck.pdf
    if not field or not (deck.allow_download or is_owner):
        raise Http404
    if not is_owner:
        services.count(deck, "download_count")
    extension = Path(field.name).suffix
    return FileResponse(
        field.open("rb"),
        as_attachment=True,
        filename=f"{slugify(deck.title) or 'slides'}{extension}",
    )


@csrf_exempt  # a beacon from any page the deck is shown or embedded on; it only counts
@require_POST
def count_view(request, pk):
    """Count a view of a deck (or of its embed), sent by the viewer once the page is open.

    Counted here rather than when the page is rendered: pages come from the shared cache.
    The owner's own visits do not count.
    """
    deck = get_object_or_404(SlideDeckPage.objects.live().public(), pk=pk)
    if request.user.pk != deck.owner_id:
        services.count(deck, "embed_count" if request.GET.get("as") == "embed" else "view_count")
    return HttpResponse(status=204)


count_view.changes_no_page = True  # the page cache keeps its pages (home/page_cache.py)


@require_GET
@xframe_options_exempt
def embed(request, pk):
    deck = get_object_or_404(SlideDeckPage.objects.live().public(), pk=pk)
    context = {"page": deck, **services.deck_details(deck)}
    return TemplateResponse(request, "resources/deck_embed.html", context)


@require_GET
def oembed(request):
    deck = services.deck_for_url(request, request.GET.get("url", ""))
    if deck is None:
        raise Http404
    if request.GET.get("format", "json") != "json":
        return JsonResponse({"error": "Only the json format is available."}, status=501)
    return JsonResponse(services.oembed(request, deck, request.GET.get("maxwidth")))


@verified_email_required
def edit_deck(request, pk):
    deck = owned_deck(request, pk)
    draft = deck.get_latest_revision_as_object()
    initial = {
        "title": draft.title,
        "description": draft.description,
        "tags": draft.tags.all(),
        "language": draft.language,
        "licence": draft.licence,
        "allow_download": draft.allow_download,
        "speakers": draft.speakers.all(),
        "event": draft.event_id,
        "session": draft.session_id,
    }
    form = DeckDetailsForm(request.POST or None, initial=initial, owner=deck.owner)
    if request.method == "POST" and form.is_valid():
        services.edit_deck(deck, request.user, **form.details)
        messages.success(request, _("Your changes are saved."))
        return redirect("resources:deck_status", pk=deck.pk)
    context = {
        "deck": deck,
        "form": form,
        "replace_form": DeckReplaceForm(),
        "tag_names": services.suggest_tag_names(""),
    }
    return TemplateResponse(request, "resources/deck_edit.html", context)


@verified_email_required
@require_POST
def replace_file(request, pk):
    deck = owned_deck(request, pk)
    form = DeckReplaceForm(request.POST, request.FILES)
    if form.is_valid():
        services.replace_file(deck, form.cleaned_data["file"])
        messages.success(request, _("The new file is being processed."))
        return redirect("resources:deck_status", pk=deck.pk)
    details = DeckDetailsForm(initial={"title": deck.title}, owner=deck.owner)
    context = {
        "deck": deck,
        "form": details,
        "replace_form": form,
        "tag_names": services.suggest_tag_names(""),
    }
    return TemplateResponse(request, "resources/deck_edit.html", context)


@login_required
def delete_deck(request, pk):
    deck = owned_deck(request, pk)
    if request.method == "POST":
        title = deck.title
        services.remove_deck(deck, request.user)
        messages.success(request, _("“%(title)s” is deleted.") % {"title": title})
        return redirect("resources:my_uploads")
    return TemplateResponse(request, "resources/deck_delete.html", {"deck": deck})


def tag(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    page_obj = services.library_cards(
        services.library(), request, request.GET.get("page"), TAG_CARDS_PER_PAGE, tag=tag
    )
    return TemplateResponse(request, "resources/tag.html", {"tag": tag, "page_obj": page_obj})


TAG_CARDS_PER_PAGE = 24


@verified_email_required
def propose_case_study(request):
    form = CaseStudyProposalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        page = services.propose_case_study(
            member=request.user, data=form.cleaned_data, sections=form.SECTIONS
        )
        return TemplateResponse(request, "resources/case_study_proposed.html", {"page": page})
    context = {"form": form, "tag_names": services.suggest_tag_names("")}
    return TemplateResponse(request, "resources/case_study_propose.html", context)


@require_GET
def event_sessions(request):
    """The sessions of a meetup, for the session field of the upload and edit forms."""
    groups = services.session_choices(request.GET.get("event"))
    return JsonResponse(
        {
            "groups": [
                {"event": event, "sessions": [{"id": pk, "label": label} for pk, label in items]}
                for event, items in groups
            ]
        }
    )


@require_GET
def suggest_tags(request):
    """Existing tags that start with (or contain) what is typed, for the tag fields."""
    typed = request.GET.get("q", "").split(",")[-1].strip()[:50]
    return JsonResponse({"tags": services.suggest_tag_names(typed)})
