"""Members' own programmes: the sessions they starred, and a private calendar feed of them.

Stars are private: nobody else sees who starred what, and no page shows a count. The feed
lives at a secret address (a random token) that a member can reset; the old one then 404s.
Its VEVENTs are those of the sessions' own .ics files (see `calendars`), with the same UIDs.
"""

import datetime
import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from . import calendars
from .events import ProgrammeDay
from .models import EventPage, ProgrammeCalendar, Session, SessionSpeaker, SessionStar
from .services import visible_profile_ids

TOKEN_BYTES = 24
# How often calendar apps should fetch the feed again (RFC 7986 REFRESH-INTERVAL, and
# X-PUBLISHED-TTL for Outlook): the same six hours.
REFRESH_INTERVAL = datetime.timedelta(hours=6)


def starrable_sessions():
    """Sessions a member may star: those of published, public events, breaks aside."""
    return Session.objects.filter(event__in=EventPage.objects.live().public()).exclude(
        format=Session.Format.BREAK
    )


def set_star(profile, session, *, starred):
    """Star or unstar a session for a member; doing it twice changes nothing."""
    if starred:
        SessionStar.objects.get_or_create(profile=profile, session=session)
    else:
        SessionStar.objects.filter(profile=profile, session=session).delete()
    return starred


def starred_session_ids(user, event):
    """Which sessions of an event this visitor starred, in one query (none for visitors)."""
    if user is None or not user.is_authenticated:
        return set()
    return set(
        SessionStar.objects.filter(profile__user=user, session__event=event).values_list(
            "session_id", flat=True
        )
    )


def starred_sessions(profile):
    """A member's starred sessions that are still in a published programme, in time order."""
    stars = SessionStar.objects.filter(profile=profile).values("session_id")
    return (
        starrable_sessions()
        .filter(pk__in=stars)
        .select_related("event")
        .prefetch_related(
            Prefetch("speakers", queryset=SessionSpeaker.objects.select_related("profile"))
        )
        .order_by("event__starts_on", "event_id", "day", "starts_at", "room", "pk")
    )


@dataclass
class StarredEvent:
    event: EventPage
    days: list = field(default_factory=list)


@dataclass
class OwnProgramme:
    events: list
    linked_profiles: set
    calendar: ProgrammeCalendar


def own_programme(user, now=None):
    """What "My programme" shows: starred sessions by event and day, coming meetups first,
    then past ones, newest first; the speakers the member may open; the private calendar."""
    profile = user.profile
    now = now or timezone.now()
    by_event = {}
    for session in starred_sessions(profile):
        item = by_event.setdefault(session.event_id, StarredEvent(session.event))
        # One event object for all its sessions, so that its zone is computed once.
        session.event = item.event
        if not item.days or item.days[-1].day != session.day:
            item.days.append(ProgrammeDay(session.day))
        item.days[-1].sessions.append(session)
    events = list(by_event.values())
    coming = [item for item in events if not item.event.is_past(now)]
    past = [item for item in reversed(events) if item.event.is_past(now)]
    speakers = [
        speaker.profile_id
        for item in events
        for day in item.days
        for session in day.sessions
        for speaker in session.speakers.all()
        if speaker.profile_id
    ]
    return OwnProgramme(
        events=coming + past,
        linked_profiles=visible_profile_ids(user, speakers),
        calendar=calendar_of(profile),
    )


def new_token():
    return secrets.token_urlsafe(TOKEN_BYTES)


def calendar_of(profile):
    """The member's private programme calendar, created the first time it is asked for."""
    calendar, _created = ProgrammeCalendar.objects.get_or_create(
        profile=profile, defaults={"token": new_token()}
    )
    return calendar


def reset_calendar(profile):
    """Give the member's calendar a new secret address; the old one stops working at once."""
    calendar = calendar_of(profile)
    calendar.token = new_token()
    calendar.reset_at = timezone.now()
    calendar.save(update_fields=["token", "reset_at"])
    return calendar


def calendar_for_token(token):
    """The calendar a secret address belongs to, or None (unknown, reset, or account closed)."""
    return (
        ProgrammeCalendar.objects.filter(token=token, profile__user__is_active=True)
        .select_related("profile")
        .first()
    )


def programme_ical(profile, request):
    """The member's starred sessions of published events, as an iCalendar Calendar."""
    calendar = calendars.sessions_calendar(
        list(starred_sessions(profile)),
        request,
        name=_("My programme · %(site)s") % {"site": settings.WAGTAIL_SITE_NAME},
        uid=f"programme-{profile.pk}@{calendars.calendar_host()}",
    )
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    return calendar
