"""What the events pages show: the programme of an edition and the order of the editions."""

from dataclasses import dataclass, field

from django import forms
from django.db.models import Prefetch, QuerySet, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .models import EventPage, Session, SessionSpeaker


def published_events(index):
    """The editions under the events index that every visitor may see."""
    return EventPage.objects.child_of(index).live().public()


def published_decks_of_sessions():
    # The library owns slide decks and builds on this app; reach its model through the
    # relation rather than an import, so that the dependency keeps one direction.
    decks = Session._meta.get_field("slide_decks").related_model
    return decks.objects.live().public().order_by("title")


@dataclass
class ProgrammeDay:
    day: object
    sessions: list = field(default_factory=list)


def programme(event):
    """The sessions of an edition by day, each with its speakers and published slides.

    Three queries whatever the length of the programme.
    """
    decks = Prefetch("slide_decks", queryset=published_decks_of_sessions(), to_attr="decks")
    sessions = event.sessions.all()
    if isinstance(sessions, QuerySet):
        sessions = sessions.prefetch_related(
            Prefetch("speakers", queryset=SessionSpeaker.objects.select_related("profile")),
            decks,
        ).order_by("day", "starts_at", "room", "pk")
    else:
        # A preview of a draft: its sessions and speakers are in memory, some not saved yet,
        # and a database prefetch would replace the draft's speakers by the published ones.
        sessions = sorted(
            sessions,
            key=lambda item: (item.day, item.starts_at, item.room, item.pk is None, item.pk or 0),
        )
        prefetch_related_objects([item for item in sessions if item.pk], decks)
        for item in sessions:
            if item.pk is None:
                item.decks = []
    days = {day: ProgrammeDay(day) for day in event.days}
    for session in sessions:
        session.event = event
        days.setdefault(session.day, ProgrammeDay(session.day)).sessions.append(session)
    return [day for day in days.values() if day.sessions]


def speakers_of(days):
    """Everyone who speaks at an edition, members first in programme order, no one twice."""
    seen, speakers = set(), []
    for day in days:
        for session in day.sessions:
            for speaker in session.speakers.all():
                key = (
                    ("member", speaker.profile_id)
                    if speaker.profile_id
                    else ("guest", speaker.name)
                )
                if key not in seen:
                    seen.add(key)
                    speakers.append(speaker)
    return speakers


@dataclass
class EventsOverview:
    next: EventPage | None
    upcoming: list
    past_by_year: list


def overview(events, now=None):
    """The next edition, the ones after it, and the archive grouped by year, newest first.

    An edition counts as upcoming until its last day has ended in its own time zone.
    """
    now = now or timezone.now()
    events = list(events.order_by("starts_on", "pk"))
    upcoming = [event for event in events if not event.is_past(now)]
    past = [event for event in reversed(events) if event.is_past(now)]
    scheduled = [event for event in upcoming if not event.is_cancelled]
    next_event = scheduled[0] if scheduled else None
    by_year = {}
    for event in past:
        by_year.setdefault(event.starts_on.year, []).append(event)
    return EventsOverview(
        next=next_event,
        upcoming=[event for event in upcoming if event is not next_event],
        past_by_year=list(by_year.items()),
    )


class EventFilterForm(forms.Form):
    """The index's filters, read from the address so that every filtered view can be linked."""

    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)
    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, *args, years=(), country_codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [("", _("Any year")), *((year, year) for year in years)]
        self.fields["country"].choices = [
            ("", _("Any country")),
            *sorted(((code, countries.name(code)) for code in country_codes), key=lambda c: c[1]),
        ]


@dataclass
class EventIndex:
    overview: EventsOverview
    filter_form: EventFilterForm
    filtered: bool
    # Worth offering: editions in more than one year or country.
    filterable: bool


def event_index(events, params, now=None):
    """The events index for these GET parameters: the filters it offers, and the overview of
    the editions that match them.

    Only the years and countries of published editions are offered; any other value (a
    word, a script, a year without a meetup) is dropped rather than failing the page.
    """
    facets = set(events.order_by().values_list("starts_on__year", "country").distinct())
    choices = {
        "years": sorted({year for year, _country in facets}, reverse=True),
        "country_codes": {country for _year, country in facets},
    }
    bound = EventFilterForm(params, **choices)
    bound.is_valid()
    filters = {name: value for name, value in bound.cleaned_data.items() if value}
    if "year" in filters:
        events = events.filter(starts_on__year=filters["year"])
    if "country" in filters:
        events = events.filter(country=filters["country"])
    return EventIndex(
        overview=overview(events, now),
        # Shown with the valid values only, so that a hostile one is never echoed back.
        filter_form=EventFilterForm(initial=filters, **choices),
        filtered=bool(filters),
        filterable=len(choices["years"]) > 1 or len(choices["country_codes"]) > 1,
    )
