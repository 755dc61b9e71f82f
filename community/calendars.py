"""The meetups for machines: iCalendar files and feeds (RFC 5545), and schema.org JSON-LD.

An edition is one all-day VEVENT from its first to its last day. Those days are the ones the
page announces, they exist before any programme does, and a date means the day where the
meetup happens, whatever the zone of the calendar that shows it; the sessions carry the
times, with the TZID of the event's zone and its VTIMEZONE. UIDs depend only on the primary
key and the site's host, so that a calendar that imported a file updates its entry when a
newer file or the feed says the edition moved or was cancelled.
"""

import datetime
import json
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.http import content_disposition_header
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone

from .models import EventIndexPage, EventPage, Session, SessionSpeaker
from .models.events import route_url

PRODUCT_ID = f"-//{settings.WAGTAIL_SITE_NAME}//Meetups//EN"
# How often calendar apps should fetch the feed again: RFC 7986 REFRESH-INTERVAL, and
# X-PUBLISHED-TTL, which Outlook reads instead.
REFRESH_INTERVAL = datetime.timedelta(hours=12)

ICAL_STATUS = {
    EventPage.Status.SCHEDULED: "CONFIRMED",
    EventPage.Status.POSTPONED: "TENTATIVE",
    EventPage.Status.CANCELLED: "CANCELLED",
}
SCHEMA_STATUS = {
    EventPage.Status.SCHEDULED: "https://schema.org/EventScheduled",
    EventPage.Status.POSTPONED: "https://schema.org/EventPostponed",
    EventPage.Status.CANCELLED: "https://schema.org/EventCancelled",
}
# schema.org has no "not open yet": that state gets an offer without an availability.
SCHEMA_AVAILABILITY = {
    EventPage.Registration.OPEN: "https://schema.org/InStock",
    # A waiting list takes a registration now and honours it if a place frees up.
    EventPage.Registration.WAITING_LIST: "https://schema.org/BackOrder",
    EventPage.Registration.CLOSED: "https://schema.org/Discontinued",
    EventPage.Registration.SOLD_OUT: "https://schema.org/SoldOut",
}
OFFLINE = "https://schema.org/OfflineEventAttendanceMode"


# Text shared by the calendars and the news feed.


def calendar_host():
    """The host that makes UIDs unique: the site's, from settings, never from a request."""
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "vitrine.localhost"


def event_uid(event):
    return f"event-{event.pk}@{calendar_host()}"


def session_uid(session):
    # The same UID as the starred-sessions feed, so that both update one calendar entry.
    return f"session-{session.pk}@{calendar_host()}"


def dates_text(event):
    """The days of an edition as people read them: 14 – 15 May 2026."""
    first = formats.date_format(event.starts_on, "j F Y")
    if event.ends_on == event.starts_on:
        return first
    return f"{first} – {formats.date_format(event.ends_on, 'j F Y')}"


def place_text(event):
    """Venue, address, city and country on one line, without saying the city twice."""
    address = ", ".join(line.strip() for line in event.venue_address.splitlines() if line.strip())
    parts = [event.venue_name, address]
    if event.city and event.city not in address:
        parts.append(event.city)
    parts.append(event.country.name)
    return ", ".join(part for part in parts if part)


def with_status(event, title):
    """A title that says when an edition is cancelled or postponed: most apps hide STATUS."""
    if event.status == EventPage.Status.CANCELLED:
        return _("Cancelled: %(title)s") % {"title": title}
    if event.status == EventPage.Status.POSTPONED:
        return _("Postponed: %(title)s") % {"title": title}
    return title


def speaker_text(speaker):
    """A speaker's name with role and organisation, as the programme writes them."""
    organisation = speaker.organisation or (
        speaker.profile.organisation if speaker.profile_id else ""
    )
    details = ", ".join(part for part in (speaker.role, organisation) if part)
    return f"{speaker.display_name} ({details})" if details else speaker.display_name


def event_description(event, url):
    """What an edition is about, in plain text, ending with the address of its page."""
    lines = [
        event.tagline,
        _("Theme: %(theme)s") % {"theme": event.theme} if event.theme else "",
        event.status_note if event.status != EventPage.Status.SCHEDULED else "",
        url,
    ]
    return "\n\n".join(line for line in lines if line)


# iCalendar.


def last_change(event):
    # In a calendar without METHOD, DTSTAMP is when the information last changed (RFC 5545
    # 3.8.7.2): the last publication, which also keeps the file the same from one request
    # to the next.
    return event.last_published_at or timezone.now()


def new_calendar(name, *, uid):
    # No METHOD: these are published calendars, not iTIP scheduling messages.
    calendar = Calendar.new(prodid=PRODUCT_ID, name=name, uid=uid)
    calendar.add("calscale", "GREGORIAN")
    return calendar


def edition_vevent(event, url):
    """An edition as one all-day VEVENT: DTEND is the day after the last (RFC 5545)."""
    vevent = Event.new(
        uid=event_uid(event),
        stamp=last_change(event),
        last_modified=last_change(event),
        start=event.starts_on,
        end=event.ends_on + datetime.timedelta(days=1),
        summary=with_status(event, event.title),
        description=event_description(event, url),
        location=place_text(event),
        status=ICAL_STATUS[event.status],
        url=url,
    )
    if event.latitude is not None and event.longitude is not None:
        vevent.add("geo", (float(event.latitude), float(event.longitude)))
    return vevent


def session_vevent(session, url):
    """A session as a VEVENT, its times in the event's zone with their TZID.

    `session.event` is the live event page; `url` is the session's absolute address.
    """
    event = session.event
    speakers = [speaker_text(speaker) for speaker in session.speakers.all()]
    description = [
        f"{session.get_format_display()} · {event.title}",
        _("Speakers: %(names)s") % {"names": ", ".join(speakers)} if speakers else "",
        session.abstract,
        url,
    ]
    return Event.new(
        uid=session_uid(session),
        stamp=last_change(event),
        last_modified=last_change(event),
        start=session.starts,
        end=session.ends,
        summary=with_status(event, session.title),
        description="\n\n".join(part for part in description if part),
        location=", ".join(part for part in (session.room, place_text(event)) if part),
        status=ICAL_STATUS[event.status],
        url=url,
    )


def add_time_zones(calendar, events):
    """Add a VTIMEZONE for each zone the calendar's times use, over the years they span."""
    if not events:
        return
    first = min(event.starts_on for event in events)
    last = max(event.ends_on for event in events)
    calendar.add_missing_timezones(
        first_date=datetime.date(first.year, 1, 1), last_date=datetime.date(last.year + 1, 1, 1)
    )


def event_calendar(event, request):
    """The .ics of one edition: its VEVENT, and the zone where it takes place.

    The dates need no zone, but clients that import the file into a new calendar read
    X-WR-TIMEZONE (with its VTIMEZONE) to choose one.
    """
    url = event.get_full_url(request)
    calendar = new_calendar(event.title, uid=f"calendar-{event_uid(event)}")
    calendar.add("x-wr-timezone", event.time_zone)
    calendar.add_component(
        Timezone.from_tzinfo(
            event.zone,
            tzid=event.time_zone,
            first_date=datetime.date(event.starts_on.year, 1, 1),
            last_date=datetime.date(event.ends_on.year + 1, 1, 1),
        )
    )
    calendar.add_component(edition_vevent(event, url))
    return calendar


def sessions_with_speakers(event):
    return event.sessions.prefetch_related(
        Prefetch("speakers", queryset=SessionSpeaker.objects.select_related("profile"))
    )


def session_calendar(event, session_id, request):
    """The .ics of one session of a live edition; 404 for a session of another edition."""
    session = get_object_or_404(sessions_with_speakers(event), pk=session_id)
    session.event = event
    url = f"{event.get_full_url(request)}#{session.anchor}"
    calendar = new_calendar(session.title, uid=f"calendar-{session_uid(session)}")
    calendar.add_component(session_vevent(session, url))
    add_time_zones(calendar, [event])
    return calendar


def sessions_calendar(sessions, request, *, name, uid):
    """Sessions of any editions in one calendar (each session's `event` already loaded)."""
    calendar = new_calendar(name, uid=uid)
    event_urls = {}
    for session in sessions:
        if session.event_id not in event_urls:
            event_urls[session.event_id] = session.event.get_full_url(request)
        url = f"{event_urls[session.event_id]}#{session.anchor}"
        calendar.add_component(session_vevent(session, url))
    add_time_zones(calendar, [session.event for session in sessions])
    return calendar


def events_calendar(events, request):
    """The subscribable calendar of every published edition, newest first, in one query."""
    name = _("%(site)s meetups") % {"site": settings.WAGTAIL_SITE_NAME}
    calendar = new_calendar(name, uid=f"events@{calendar_host()}")
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT12H")
    for event in events.order_by("-starts_on", "-pk"):
        calendar.add_component(edition_vevent(event, event.get_full_url(request)))
    return calendar


def calendar_response(calendar, filename, *, attachment=True):
    """An HTTP response with the calendar: a file to open, or a feed to subscribe to."""
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    # Slugs may be Unicode (Kraków): the header then carries an RFC 6266 filename*.
    response["Content-Disposition"] = content_disposition_header(attachment, filename)
    return response


def subscribe_url(request, path):
    """The webcal: address that calendar apps open to subscribe to a feed."""
    return "webcal:" + request.build_absolute_uri(path).split(":", 1)[1]


def offers_calendar_links(event, now=None):
    """Whether "Add to calendar" makes sense: not for a cancelled or past edition."""
    return not event.is_cancelled and not event.is_past(now)


# schema.org JSON-LD.


def postal_address(event):
    address = {"@type": "PostalAddress", "addressCountry": event.country.code}
    street = ", ".join(line.strip() for line in event.venue_address.splitlines() if line.strip())
    if street:
        address["streetAddress"] = street
    if event.city:
        address["addressLocality"] = event.city
    return address


def place(event, name=None):
    location = {
        "@type": "Place",
        "name": name or event.venue_name or event.city,
        "address": postal_address(event),
    }
    if event.latitude is not None and event.longitude is not None:
        location["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(event.latitude),
            "longitude": float(event.longitude),
        }
    return location


def person(speaker, request, linked_profiles):
    """A speaker as a schema.org Person; the profile's address only where the page links it."""
    data = {"@type": "Person", "name": speaker.display_name}
    if speaker.role:
        data["jobTitle"] = speaker.role
    organisation = speaker.organisation or (
        speaker.profile.organisation if speaker.profile_id else ""
    )
    if organisation:
        data["affiliation"] = {"@type": "Organization", "name": organisation}
    if speaker.profile_id and speaker.profile_id in linked_profiles:
        data["url"] = request.build_absolute_uri(
            reverse("community:profile", args=[speaker.profile.handle])
        )
    return data


def offer(event):
    data = {"@type": "Offer", "url": event.registration_url}
    if event.registration_state in SCHEMA_AVAILABILITY:
        data["availability"] = SCHEMA_AVAILABILITY[event.registration_state]
    if event.ticket_prices:
        data["description"] = event.ticket_prices
    return data


def event_structured_data(event, request, *, days, speakers, linked_profiles):
    """The schema.org Event of an edition as a dict: its sessions are subEvents.

    Start and end are those of the first and last session, with the zone's offset; without
    a programme, the first and last days.
    """
    url = event.get_full_url(request)
    sessions = [session for day in days for session in day.sessions]
    status = SCHEMA_STATUS[event.status]
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "startDate": (
            min(s.starts for s in sessions).isoformat() if sessions else event.starts_on.isoformat()
        ),
        "endDate": (
            max(s.ends for s in sessions).isoformat() if sessions else event.ends_on.isoformat()
        ),
        "eventStatus": status,
        "eventAttendanceMode": OFFLINE,
        "location": place(event),
        "organizer": {
            "@type": "Organization",
            "name": settings.WAGTAIL_SITE_NAME,
            "url": urljoin(url, "/"),
        },
    }
    description = event.search_description or event.tagline or event.theme
    if description:
        data["description"] = description
    if event.cover_image_id:
        # The rendition the page shows, so that no other size is generated for this.
        cover = event.cover_image.get_rendition("fill-1200x500|format-webp")
        data["image"] = [request.build_absolute_uri(cover.url)]
    # Offers only while the page itself invites people to register.
    if (
        event.registration_url
        and event.status == EventPage.Status.SCHEDULED
        and not event.has_ended
    ):
        data["offers"] = offer(event)
    if speakers:
        data["performer"] = [person(speaker, request, linked_profiles) for speaker in speakers]
    sub_events = [
        sub_event(session, url, status, request, linked_profiles)
        for session in sessions
        if session.format != Session.Format.BREAK
    ]
    if sub_events:
        data["subEvent"] = sub_events
    return data


def sub_event(session, event_url, status, request, linked_profiles):
    event = session.event
    data = {
        "@type": "Event",
        "name": session.title,
        "url": f"{event_url}#{session.anchor}",
        "startDate": session.starts.isoformat(),
        "endDate": session.ends.isoformat(),
        "eventStatus": status,
        "eventAttendanceMode": OFFLINE,
        "location": place(event, name=", ".join(p for p in (session.room, event.venue_name) if p)),
    }
    performers = [person(speaker, request, linked_profiles) for speaker in session.speakers.all()]
    if performers:
        data["performer"] = performers
    return data


def machine_readable(event, request, *, days, speakers, linked_profiles):
    """What the event page adds for machines: JSON-LD, calendar and feed links."""
    index = event.get_parent()
    return {
        "structured_data": json_ld(
            event_structured_data(
                event, request, days=days, speakers=speakers, linked_profiles=linked_profiles
            )
        ),
        "calendar_links": offers_calendar_links(event),
        "events_calendar_url": route_url(index, "calendar_feed", page_type=EventIndexPage),
        "events_feed_url": route_url(index, "news_feed", page_type=EventIndexPage),
    }


# What `json_script` escapes, so that no value can close the <script> element.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    """Data as the body of a <script type="application/ld+json"> element, safe to insert."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(JSON_SCRIPT_ESCAPES))  # noqa: S308 -- <, > and & escaped above
