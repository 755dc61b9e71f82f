import uuid

from django.core.files.storage import storages
from django.core.paginator import Paginator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from .choices import Language, Licence, ProcessingState
from .tags import SlideDeckTag


def private_storage():
    return storages["private"]


def original_path(deck, filename):
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"decks/{deck.file_key}/original.{extension}"


def pdf_path(deck, filename):
    return f"decks/{deck.file_key}/slides.pdf"


class LibraryIndexPage(Page):
    """The library: case studies and slide decks, at /library/."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.SlideDeckPage"]
    max_count = 1

    class Meta:
        verbose_name = _("library")

    def get_context(self, request, *args, **kwargs):
        from .. import services

        context = super().get_context(request, *args, **kwargs)
        page_obj = Paginator(services.published_decks(), self.cards_per_page).get_page(
            request.GET.get("page")
        )
        page_obj.object_list = [services.deck_card(deck, request) for deck in page_obj.object_list]
        context["page_obj"] = page_obj
        return context

    cards_per_page = 24


class SlideDeckPage(Page):
    """The slides of a talk, uploaded by a member and processed in the task worker."""

    description = models.TextField(_("description"), max_length=3000, blank=True)
    original = models.FileField(upload_to=original_path, storage=private_storage, max_length=200)
    pdf = models.FileField(upload_to=pdf_path, storage=private_storage, max_length=200, blank=True)
    source_kind = models.CharField(max_length=8, editable=False, blank=True)
    file_key = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    language = models.CharField(
        _("language"), max_length=8, choices=Language.choices, default=Language.ENGLISH
    )
    licence = models.CharField(
        _("licence"), max_length=32, choices=Licence.choices, default=Licence.CC_BY
    )
    allow_download = models.BooleanField(
        _("allow downloads"),
        default=True,
        help_text=_("Visitors may download the original file and the PDF."),
    )
    speakers = ParentalManyToManyField("community.Profile", blank=True, related_name="slide_decks")
    tags = ClusterTaggableManager(through=SlideDeckTag, blank=True)

    processing_state = models.CharField(
        max_length=16,
        choices=ProcessingState.choices,
        default=ProcessingState.QUEUED,
        editable=False,
    )
    processing_error = models.TextField(blank=True, editable=False)
    processing_updated_at = models.DateTimeField(null=True, blank=True, editable=False)
    slide_count = models.PositiveIntegerField(default=0, editable=False)
    view_count = models.PositiveIntegerField(default=0, editable=False)
    download_count = models.PositiveIntegerField(default=0, editable=False)
    embed_count = models.PositiveIntegerField(default=0, editable=False)
    removed_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="Set when the author removed a published deck.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        FieldPanel("speakers"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel("language"), FieldPanel("licence"), FieldPanel("allow_download")],
            heading=_("Language and licence"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("description"),
        index.RelatedFields("slides", [index.SearchField("text"), index.SearchField("notes")]),
        index.FilterField("language"),
    ]
    parent_page_types = ["resources.LibraryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("slide deck")

    # Files, processing results and counters follow the deck, not its revisions:
    # publishing an older revision must not bring back an old state or rewind a counter.
    fields_outside_revisions = (
        "original",
        "pdf",
        "source_kind",
        "file_key",
        "processing_state",
        "processing_error",
        "processing_updated_at",
        "slide_count",
        "view_count",
        "download_count",
        "embed_count",
        "removed_at",
    )

    def with_content_json(self, content):
        deck = super().with_content_json(content)
        for name in self.fields_outside_revisions:
            setattr(deck, name, getattr(self, name))
        return deck

    def route(self, request, path_components):
        # A deck its author removed still answers at its address: 410 Gone, not 404.
        if not path_components and self.removed_at:
            return RouteResult(self)
        return super().route(request, path_components)

    def serve(self, request, *args, **kwargs):
        from .. import services

        if self.removed_at:
            return TemplateResponse(
                request, "resources/deck_removed.html", {"page": self}, status=410
            )
        # Counted by the site itself; the owner's own visits do not count.
        if request.user.pk != self.owner_id:
            services.count(self, "view_count")
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .. import services

        context = super().get_context(request, *args, **kwargs)
        context.update(services.deck_details(self))
        return context

    @property
    def is_ready(self):
        return self.processing_state == ProcessingState.READY

    @property
    def licence_choice(self):
        return Licence(self.licence)
