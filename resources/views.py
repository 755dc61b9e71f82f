from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services
from .forms import DeckUploadForm
from .models import SlideDeckPage


@verified_email_required
def upload_deck(request):
    form = DeckUploadForm(request.POST or None, request.FILES or None, owner=request.user)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            deck = services.upload_deck(
                owner=request.user,
                upload=data["file"],
                title=data["title"],
                description=data["description"],
                tags=data["tags"],
                speakers=data["speakers"],
                language=data["language"],
                licence=data["licence"],
                allow_download=data["allow_download"],
            )
            messages.success(request, _("Thank you! Your slides are being processed."))
            return redirect("resources:deck_status", pk=deck.pk)
        form.keep_valid_file()
    return TemplateResponse(request, "resources/deck_upload.html", {"form": form})


def owned_deck(request, pk):
    """A deck its owner or an editor may follow; anyone else is told it does not exist."""
    deck = get_object_or_404(SlideDeckPage, pk=pk)
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
