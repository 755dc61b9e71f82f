import uuid

from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from community.content_version import remembered
from community.models.pages import ViewRestrictionsInOneQuery, VitrinePageManager

from ..blocks import CaseStudyStreamBlock
from .choices import Language, Licence, ProcessingState
from .tags import CaseStudyTag, SlideDeckTag


def private_storage():
    return storages["private"]


def original_path(deck, filename):
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"decks/{deck.file_key}/original.{extension}"


def pdf_path(deck, filename):
    return f"decks/{deck.file_key}/slides.pdf"


class CaseStudyPage(ViewRestrictionsInOneQuery, Page):
    """What a museum team tried, how, and what they learned."""

    objects = VitrinePageManager()

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        RUNNING = "running", _("Running")
        FINISHED = "finished", _("Finished")
        STOPPED = "stopped", _("Stopped")

    class Budget(models.TextChoices):
        NONE = "none", _("No budget (staff time only)")
        UNDER_5K = "under-5k", _("Under 5,000 euros")
        UNDER_25K = "5k-25k", _("5,000 to 25,000 euros")
        UNDER_100K = "25k-100k", _("25,000 to 100,000 euros")
        OVER_100K = "over-100k", _("Over 100,000 euros")

    summary = models.TextField(
        _("summary"),
        max_length=1000,
        help_text=_("One paragraph: what was done, and what came of it."),
    )
    institution = models.ForeignKey(
        "resources.Institution",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="case_studies",
    )
    year_start = models.PositiveSmallIntegerField(
        _("first year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    year_end = models.PositiveSmallIntegerField(
        _("last year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("Leave empty while the project runs."),
    )
    project_status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.FINISHED
    )
    audience = models.CharField(
        _("audience"),
        max_length=200,
        blank=True,
        help_text=_("For example: families, teenagers, researchers."),
    )
    budget = models.CharField(_("budget"), max_length=10, choices=Budget.choices, blank=True)
    project_url = models.URLField(_("project address"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_image_alt = models.CharField(
        _("alternative text of the image"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it. Empty if it is decorative."
        ),
    )
    body = StreamField(CaseStudyStreamBlock(), verbose_name=_("the story"))
    tags = ClusterTaggableManager(through=CaseStudyTag, blank=True)
    related_decks = ParentalManyToManyField(
        "resources.SlideDeckPage",
        blank=True,
        related_name="case_studies",
        verbose_name=_("related slides"),
    )
    related_event = models.ForeignKey(
        "community.EventPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
        verbose_name=_("related event"),
        help_text=_("The meetup where the project was presented, if it was."),
    )
    licence = models.CharField(
        _("licence of the text"), max_length=32, choices=Licence.choices, default=Licence.CC_BY
    )
    language = models.CharField(
        _("language"), max_length=8, choices=Language.choices, default=Language.ENGLISH
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("institution"),
                FieldRowPanel([FieldPanel("year_start"), FieldPanel("year_end")]),
                FieldPanel("project_status"),
                FieldPanel("audience"),
                FieldPanel("budget"),
                FieldPanel("project_url"),
            ],
            heading=_("The project"),
        ),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Image")
        ),
        InlinePanel("authors", label=_("Authors"), min_num=1),
        FieldPanel("body"),
        FieldPanel("tags"),
        FieldPanel("related_decks"),
        FieldPanel("related_event"),
        FieldPanel("language"),
        FieldPanel("licence"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("audience"),
        index.RelatedFields("institution", [index.SearchField("name"), index.SearchField("city")]),
        index.FilterField("year_start"),
        index.FilterField("language"),
    ]
    parent_page_types = ["resources.LibraryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def clean(self):
        super().clean()
        if self.year_end and self.year_start and self.year_end < self.year_start:
            raise ValidationError({"year_end": _("The last year cannot come before the first.")})

    @property
    def years(self):
        if not self.year_end:
            return f"{self.year_start}–"
        return (
            str(self.year_start)
            if self.year_end == self.year_start
            else f"{self.year_start}–{self.year_end}"
        )

    @property
    def licence_choice(self):
        return Licence(self.licence)

    def get_context(self, request, *args, **kwargs):
        from community.discussions import thread_for

        from .. import services

        context = super().get_context(request, *args, **kwargs)
        context.update(services.case_study_details(self, request))
        context["discussion"] = thread_for(self, request.user)
        return context


class CaseStudyAuthor(Orderable):
    """An author of a case study: a member of the network, or a name."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="authors")
    profile = models.ForeignKey(
        "community.Profile",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_study_authorships",
    )
    name = models.CharField(
        _("name"), max_length=120, blank=True, help_text=_("For an author who is not a member.")
    )
    role = models.CharField(_("role"), max_length=120, blank=True)

    panels = [FieldPanel("profile"), FieldPanel("name"), FieldPanel("role")]

    def clean(self):
        if not self.profile and not self.name.strip():
            raise ValidationError(_("Choose a member or write a name."))

    @property
    def display_name(self):
        return self.profile.name if self.profile else self.name


class LibraryIndexPage(ViewRestrictionsInOneQuery, Page):
    """The library: case studies and slide decks, at /library/."""

    objects = VitrinePageManager()

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.CaseStudyPage", "resources.SlideDeckPage"]
    max_count = 1
    cards_per_page = 24

    class Meta:
        verbose_name = _("library")

    def get_context(self, request, *args, **kwargs):
        from .. import services
        from ..forms import LibraryFilterForm

        context = super().get_context(request, *args, **kwargs)
        # Counted over the whole library: the same for every visitor until content changes.
        tags, choices = remembered(
            f"library-filters:{get_language()}", services.library_filter_options
        )
        form = LibraryFilterForm(request.GET, **choices)
        context["filter_form"] = form
        context["filtered"] = bool(form.filters)
        context["page_obj"] = services.library_cards(
            self, request, request.GET.get("page"), self.cards_per_page, filters=form.filters
        )
        context["popular_tags"] = services.tag_links(tags[:20])
        return context


class SlideDeckPage(ViewRestrictionsInOneQuery, Page):
    """The slides of a talk, uploaded by a member and processed in the task worker."""

    objects = VitrinePageManager()

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
    event = models.ForeignKey(
        "community.EventPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="slide_decks",
        verbose_name=_("event"),
        help_text=_("The meetup where the talk was given."),
    )
    session = models.ForeignKey(
        "community.Session",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="slide_decks",
        verbose_name=_("session"),
    )
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
        MultiFieldPanel([FieldPanel("event"), FieldPanel("session")], heading=_("Given at")),
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

        if self.removed_at:
            return TemplateResponse(
                request, "resources/deck_removed.html", {"page": self}, status=410
            )
        # Views are counted by the viewer's beacon (views.count_view): pages come from a cache.
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from community.discussions import thread_for

        from .. import services

        context = super().get_context(request, *args, **kwargs)
        context.update(services.deck_details(self, request))
        context["discussion"] = thread_for(self, request.user)
        return context

    def clean(self):
        super().clean()
        if self.session_id and self.event_id and self.session.event_id != self.event_id:
            raise ValidationError({"session": _("This session belongs to another event.")})

    @property
    def is_ready(self):
        return self.processing_state == ProcessingState.READY

    @property
    def licence_choice(self):
        return Licence(self.licence)
