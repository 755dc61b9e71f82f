"""The yearly meetups: an index at /events/, one page per edition, its programme of sessions."""

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import EventStreamBlock
from ..panels import ProgrammePanel
from .pages import ViewRestrictionsInOneQuery, VitrinePageManager

# The European time zones a meetup may take place in, as the admin offers them.
TIME_ZONES = sorted(
    name
    for name in zoneinfo.available_timezones()
    if name.startswith(("Europe/", "Atlantic/Canary", "Atlantic/Madeira", "Atlantic/Azores"))
)


def route_url(page, name, *args, page_type=None):
    """The address of a page's route (RoutablePageMixin), for any page of `page_type`.

    Wagtail routes a path with a slash appended: an .ics file is named without it.
    """
    route = (page_type or type(page)).get_resolver().reverse(name, *args)
    if route.endswith(".ics/"):
        route = route.removesuffix("/")
    return page.url + route


class EventIndexPage(ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    """The events section, at /events/: the next meetup, upcoming ones and the archive."""

    objects = VitrinePageManager()

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["community.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("events index")

    @property
    def calendar_url(self):
        return route_url(self, "calendar_feed")

    @property
    def feed_url(self):
        return route_url(self, "news_feed")

    def get_context(self, request, *args, **kwargs):
        from ..calendars import subscribe_url
        from ..events import event_index, published_events

        context = super().get_context(request, *args, **kwargs)
        context["index"] = event_index(published_events(self), request.GET)
        context["overview"] = context["index"].overview
        context["subscribe_url"] = subscribe_url(request, self.calendar_url)
        return context

    # Wagtail routes serve the feeds, so that they follow the page wherever editors move it
    # and answer only while it is live; config/urls.py hands *.ics addresses to Wagtail.

    @path("calendar.ics/", name="calendar_feed")
    def calendar_feed(self, request):
        from ..calendars import calendar_response, events_calendar
        from ..events import published_events

        calendar = events_calendar(published_events(self), request)
        return calendar_response(calendar, "meetups.ics", attachment=False)

    @path("feed/", name="news_feed")
    def news_feed(self, request):
        from ..feeds import EventFeed

        return EventFeed()(request, self)


class EventTag(TaggedItemBase):
    """Tags of events, from the vocabulary that the library shares (taggit's Tag)."""

    content_object = ParentalKey(
        "community.EventPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class EventPage(ViewRestrictionsInOneQuery, RoutablePageMixin, Page):
    """One edition of the yearly meetup, with its programme."""

    objects = VitrinePageManager()

    class Registration(models.TextChoices):
        NOT_YET = "not-yet", _("Not open yet")
        OPEN = "open", _("Open")
        WAITING_LIST = "waiting-list", _("Waiting list")
        CLOSED = "closed", _("Closed")
        SOLD_OUT = "sold-out", _("Sold out")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", _("Cancelled")

    edition_year = models.PositiveSmallIntegerField(
        _("edition"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    theme = models.CharField(_("theme"), max_length=120, blank=True)
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=[(name, name) for name in TIME_ZONES],
        default="Europe/Paris",
        help_text=_("Where the meetup takes place: the programme's times are in this zone."),
    )
    city = models.CharField(_("city"), max_length=80)
    country = CountryField(_("country"))
    venue_name = models.CharField(_("venue"), max_length=120, blank=True)
    venue_address = models.TextField(_("address"), max_length=300, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    accessibility_notes = models.TextField(
        _("accessibility"),
        max_length=1000,
        blank=True,
        help_text=_("Step-free access, quiet room, hearing loop, live captions..."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cover_image_alt = models.CharField(
        _("alternative text of the image"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it. Empty if it is decorative."
        ),
    )
    description = StreamField(EventStreamBlock(), blank=True, verbose_name=_("description"))
    registration_url = models.URLField(_("registration address"), blank=True)
    registration_state = models.CharField(
        _("registration"),
        max_length=12,
        choices=Registration.choices,
        default=Registration.NOT_YET,
    )
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True)
    ticket_prices = models.TextField(
        _("ticket prices"),
        max_length=500,
        blank=True,
        help_text=_("As you would say them, for example: 180 euros, 90 euros for students."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SCHEDULED
    )
    status_note = models.TextField(
        _("about the status"),
        max_length=600,
        blank=True,
        help_text=_("For a postponed or cancelled edition: what happened, and what comes next."),
    )
    tags = ClusterTaggableManager(through=EventTag, blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("edition_year"), FieldPanel("status")]),
                FieldPanel("status_note"),
                FieldPanel("theme"),
                FieldPanel("tagline"),
            ],
            heading=_("Edition"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                FieldPanel("time_zone"),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_image_alt")], heading=_("Cover image")
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("registration_state"), FieldPanel("capacity")]),
                FieldPanel("registration_url"),
                FieldPanel("ticket_prices"),
            ],
            heading=_("Registration"),
        ),
        InlinePanel("partners", label=_("Partners and sponsors")),
        FieldPanel("tags"),
    ]
    programme_panels = [ProgrammePanel("sessions", heading=_("Sessions"), label=_("Session"))]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Event")),
            ObjectList(programme_panels, heading=_("Programme")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("theme"),
        index.SearchField("tagline"),
        index.SearchField("city"),
        index.SearchField("description"),
        index.FilterField("edition_year"),
        index.FilterField("starts_on"),
    ]
    parent_page_types = ["community.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The last day cannot come before the first.")})

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def has_ended(self):
        return self.is_past()

    def is_past(self, now=None):
        """Over once its last day has ended where it takes place."""
        now = (now or timezone.now()).astimezone(self.zone)
        return now.date() > self.ends_on

    @property
    def calendar_url(self):
        return route_url(self, "calendar_file")

    def get_context(self, request, *args, **kwargs):
        from ..calendars import machine_readable
        from ..discussions import thread_for
        from ..events import programme, speakers_of
        from ..services import visible_profile_ids
        from ..stars import starred_session_ids

        context = super().get_context(request, *args, **kwargs)
        context["programme"] = programme(self)
        context["starred_sessions"] = starred_session_ids(request.user, self)
        context["speakers"] = speakers_of(context["programme"])
        context["linked_profiles"] = visible_profile_ids(
            request.user, [speaker.profile_id for speaker in context["speakers"]]
        )
        context["partners"] = list(self.partners.select_related("logo"))
        context.update(
            machine_readable(
                self,
                request,
                days=context["programme"],
                speakers=context["speakers"],
                linked_profiles=context["linked_profiles"],
            )
        )
        context["discussion"] = thread_for(self, request.user)
        return context

    @cached_property
    def days(self):
        count = (self.ends_on - self.starts_on).days + 1
        return [self.starts_on + datetime.timedelta(days=offset) for offset in range(count)]

    @path("calendar.ics/", name="calendar_file")
    def calendar_file(self, request):
        from ..calendars import calendar_response, event_calendar

        return calendar_response(event_calendar(self, request), f"{self.slug}.ics")

    @path("sessions/<int:session_id>/calendar.ics/", name="session_calendar_file")
    def session_calendar_file(self, request, session_id):
        from ..calendars import calendar_response, session_calendar

        calendar = session_calendar(self, session_id, request)
        return calendar_response(calendar, f"{self.slug}-session-{session_id}.ics")


class EventPartner(Orderable):
    """A partner or sponsor of an edition, with its logo."""

    class Kind(models.TextChoices):
        PARTNER = "partner", _("Partner")
        SPONSOR = "sponsor", _("Sponsor")
        HOST = "host", _("Host")

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.PARTNER)
    url = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]),
        FieldPanel("url"),
        FieldPanel("logo"),
    ]


class Session(ClusterableModel):
    """A talk, panel or workshop in an edition's programme, at a time in the event's zone."""

    class Format(models.TextChoices):
        KEYNOTE = "keynote", _("Keynote")
        TALK = "talk", _("Talk")
        PANEL = "panel", _("Panel")
        WORKSHOP = "workshop", _("Workshop")
        LIGHTNING = "lightning", _("Lightning talk")
        BREAK = "break", _("Break")

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="sessions")
    day = models.DateField(_("day"))
    starts_at = models.TimeField(_("starts at"))
    ends_at = models.TimeField(_("ends at"))
    room = models.CharField(_("room or track"), max_length=80, blank=True)
    format = models.CharField(
        _("format"), max_length=10, choices=Format.choices, default=Format.TALK
    )
    title = models.CharField(_("title"), max_length=200)
    abstract = models.TextField(_("abstract"), max_length=3000, blank=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel(
            [FieldPanel("day"), FieldPanel("starts_at"), FieldPanel("ends_at")],
        ),
        FieldRowPanel([FieldPanel("format"), FieldPanel("room")]),
        FieldPanel("abstract"),
        InlinePanel("speakers", heading=_("Speakers"), label=_("Speaker")),
    ]

    class Meta:
        verbose_name = _("session")
        ordering = ["day", "starts_at", "room", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A session ends after it starts.")})
        try:
            event = self.event
        except EventPage.DoesNotExist:
            event = None
        dated = event is not None and self.day and event.starts_on and event.ends_on
        if dated and not event.starts_on <= self.day <= event.ends_on:
            raise ValidationError({"day": _("Choose a day of the event.")})

    @property
    def starts(self):
        """When it starts, as an aware datetime in the event's time zone."""
        return datetime.datetime.combine(self.day, self.starts_at, tzinfo=self.event.zone)

    @property
    def ends(self):
        return datetime.datetime.combine(self.day, self.ends_at, tzinfo=self.event.zone)

    @property
    def anchor(self):
        return f"session-{self.pk}"

    @property
    def calendar_url(self):
        # A session added in a draft has no address until the draft is published.
        return route_url(self.event, "session_calendar_file", self.pk) if self.pk else ""


class SessionSpeaker(Orderable):
    """A speaker of a session: a member of the network, or a name for a guest without an account."""

    session = ParentalKey(Session, on_delete=models.CASCADE, related_name="speakers")
    profile = models.ForeignKey(
        "community.Profile",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="session_speakers",
        verbose_name=_("member"),
    )
    name = models.CharField(
        _("name"), max_length=120, blank=True, help_text=_("For a speaker who is not a member.")
    )
    role = models.CharField(_("role"), max_length=120, blank=True)
    organisation = models.CharField(_("organisation"), max_length=120, blank=True)

    panels = [
        FieldPanel("profile"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")

    def clean(self):
        if not self.profile_id and not self.name.strip():
            raise ValidationError(_("Choose a member or write a name."))

    @property
    def display_name(self):
        return self.profile.name if self.profile_id else self.name


# Starred sessions and slide reminders: rows about people, kept out of the page's revisions.


class SessionStar(models.Model):
    """A session a member starred to build their own programme; only they see it."""

    profile = models.ForeignKey(
        "community.Profile", on_delete=models.CASCADE, related_name="session_stars"
    )
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="stars")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("starred session")
        constraints = [
            models.UniqueConstraint(fields=["profile", "session"], name="unique_session_star")
        ]

    def __str__(self):
        return f"{self.profile} ★ {self.session}"


class ProgrammeCalendar(models.Model):
    """The secret address of a member's programme feed; a new token retires the old address."""

    profile = models.OneToOneField(
        "community.Profile", on_delete=models.CASCADE, related_name="programme_calendar"
    )
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    reset_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("programme calendar")

    def __str__(self):
        return str(self.profile)


class SlidesReminder(models.Model):
    """An email that asked a speaker for the slides of a session, so organizers do not insist."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="slides_reminders")
    profile = models.ForeignKey(
        "community.Profile", on_delete=models.CASCADE, related_name="slides_reminders"
    )
    sent_by = models.ForeignKey(
        "community.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("slides reminder")
        ordering = ["-sent_at", "-pk"]
        indexes = [models.Index(fields=["profile", "sent_at"])]

    def __str__(self):
        return f"{self.profile}, {self.session}, {self.sent_at:%Y-%m-%d %H:%M}"
