"""What the events pages show: the programme of an edition and the order of the editions."""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone

from .models import EventPage, Session, SessionSpeaker


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
    sessions = event.sessions.prefetch_related(
        Prefetch("speakers", queryset=SessionSpeaker.objects.select_related("profile")),
        Prefetch("slide_decks", queryset=published_decks_of_sessions(), to_attr="decks"),
    ).order_by("day", "starts_at", "room", "pk")
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
