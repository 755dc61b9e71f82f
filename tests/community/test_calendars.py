import datetime
import json
import re
import zoneinfo

import pytest
import wagtail_factories
from defusedxml import ElementTree as ET
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from community.models import EventPage, Session
from tests.factories.events import event, session

pytestmark = pytest.mark.django_db

LISBON = zoneinfo.ZoneInfo("Europe/Lisbon")
ATOM = "{http://www.w3.org/2005/Atom}"


def lisbon(**fields):
    """An upcoming edition in Lisbon with a venue, a registration link and a short programme."""
    defaults = {
        "title": "Vitrine Lisbon 2027",
        "starts_on": datetime.date(2027, 5, 13),
        "venue_name": "MAAT",
        "venue_address": "Av. Brasília\n1300-598 Lisbon",
        "latitude": "38.695800",
        "longitude": "-9.192000",
        "registration_url": "https://tickets.example.org/vitrine-2027",
        "registration_state": EventPage.Registration.OPEN,
    }
    return event(**{**defaults, **fields})


def calendar_at(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def structured_data(client, url):
    html = client.get(url).content.decode()
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(scripts) == 1
    return json.loads(scripts[0])


def test_the_event_calendar_is_one_all_day_event_with_its_place(client):
    page = lisbon(tagline="Small teams, big audiences")

    calendar = calendar_at(client, page.calendar_url)
    (vevent,) = calendar.events

    assert page.calendar_url == "/events/vitrine-lisbon-2027/calendar.ics"
    assert str(vevent["SUMMARY"]) == "Vitrine Lisbon 2027"
    # All-day: DATE values, and DTEND is the day after the last day (RFC 5545).
    assert vevent.start == datetime.date(2027, 5, 13)
    assert vevent.end == datetime.date(2027, 5, 15)
    assert vevent["DTSTART"].params["VALUE"] == "DATE"
    assert str(vevent["LOCATION"]) == "MAAT, Av. Brasília, 1300-598 Lisbon, Portugal"
    assert vevent.decoded("GEO") == (38.6958, -9.192)
    assert str(vevent["URL"]) == page.full_url
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert str(vevent["UID"]) == f"event-{page.pk}@127.0.0.1"
    assert vevent.decoded("DTSTAMP") == page.last_published_at.replace(microsecond=0)
    assert "Small teams, big audiences" in str(vevent["DESCRIPTION"])
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Lisbon"
    assert [str(zone["TZID"]) for zone in calendar.timezones] == ["Europe/Lisbon"]


def test_the_event_calendar_is_the_same_file_from_one_download_to_the_next(client):
    page = lisbon()

    first = client.get(page.calendar_url)
    second = client.get(page.calendar_url)

    assert first.content == second.content
    assert first["Content-Disposition"] == 'attachment; filename="vitrine-lisbon-2027.ics"'


def test_an_event_without_coordinates_has_no_geo(client):
    page = lisbon(latitude=None, longitude=None)

    (vevent,) = calendar_at(client, page.calendar_url).events

    assert "GEO" not in vevent


def test_a_session_calendar_has_its_times_in_the_event_zone(client, member):
    page = lisbon(
        sessions=[
            (
                "Opening keynote",
                0,
                "09:30",
                "10:15",
                [member.profile, ("Rui Costa", "Director", "MAAT")],
            )
        ]
    )
    session = page.sessions.get()
    session.room = "Auditorium"
    session.abstract = "What one phone and a tripod can do for a live tour."
    session.save()

    calendar = calendar_at(client, session.calendar_url)
    (vevent,) = calendar.events

    assert session.calendar_url == f"/events/vitrine-lisbon-2027/sessions/{session.pk}/calendar.ics"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Lisbon"
    assert vevent["DTEND"].params["TZID"] == "Europe/Lisbon"
    assert vevent.start == datetime.datetime(2027, 5, 13, 9, 30, tzinfo=LISBON)
    assert vevent.end == datetime.datetime(2027, 5, 13, 10, 15, tzinfo=LISBON)
    # Summer time in Lisbon: 09:30 there is 08:30 UTC.
    assert vevent.start.astimezone(datetime.UTC) == datetime.datetime(
        2027, 5, 13, 8, 30, tzinfo=datetime.UTC
    )
    assert [str(zone["TZID"]) for zone in calendar.timezones] == ["Europe/Lisbon"]
    assert str(vevent["SUMMARY"]) == "Opening keynote"
    description = str(vevent["DESCRIPTION"])
    assert "What one phone and a tripod can do for a live tour." in description
    assert "Speakers: Ana García, Rui Costa (Director, MAAT)" in description
    assert str(vevent["LOCATION"]) == "Auditorium, MAAT, Av. Brasília, 1300-598 Lisbon, Portugal"
    assert str(vevent["URL"]) == f"{page.full_url}#session-{session.pk}"
    assert str(vevent["UID"]) == f"session-{session.pk}@127.0.0.1"
    assert str(vevent["STATUS"]) == "CONFIRMED"


def test_a_winter_session_in_helsinki_is_two_hours_ahead_of_utc(client):
    page = event(
        title="Vitrine Helsinki 2027",
        starts_on=datetime.date(2027, 1, 14),
        city="Helsinki",
        country="FI",
        time_zone="Europe/Helsinki",
        sessions=[("Collections online", 0, "09:30", "10:00")],
    )

    (vevent,) = calendar_at(client, page.sessions.get().calendar_url).events

    assert vevent["DTSTART"].params["TZID"] == "Europe/Helsinki"
    assert vevent.start.astimezone(datetime.UTC) == datetime.datetime(
        2027, 1, 14, 7, 30, tzinfo=datetime.UTC
    )


@pytest.mark.parametrize(
    ("status", "ical_status", "prefix"),
    [
        (EventPage.Status.CANCELLED, "CANCELLED", "Cancelled: "),
        (EventPage.Status.POSTPONED, "TENTATIVE", "Postponed: "),
    ],
)
def test_a_cancelled_or_postponed_edition_says_so_in_every_calendar(
    client, status, ical_status, prefix
):
    page = lisbon(status=status, sessions=[("Opening keynote", 0, "09:30", "10:15")])
    session = page.sessions.get()

    (edition,) = calendar_at(client, page.calendar_url).events
    (talk,) = calendar_at(client, session.calendar_url).events
    (in_feed,) = calendar_at(client, "/events/calendar.ics").events

    assert [str(edition["STATUS"]), str(talk["STATUS"]), str(in_feed["STATUS"])] == [
        ical_status
    ] * 3
    assert str(edition["SUMMARY"]) == f"{prefix}Vitrine Lisbon 2027"
    assert str(talk["SUMMARY"]) == f"{prefix}Opening keynote"


def test_unpublished_events_and_their_sessions_have_no_calendar(client):
    draft = lisbon(title="Vitrine Oslo 2027", live=False, sessions=[("Secret talk", 0)])
    session = draft.sessions.get()

    assert client.get(f"/events/{draft.slug}/calendar.ics").status_code == 404
    assert client.get(f"/events/{draft.slug}/sessions/{session.pk}/calendar.ics").status_code == 404
    assert calendar_at(client, "/events/calendar.ics").events == []


def test_a_session_calendar_answers_only_under_its_own_edition(client):
    lisbon_page = lisbon(sessions=[("Opening keynote", 0)])
    riga = event(title="Vitrine Riga 2025", starts_on=datetime.date(2025, 5, 8), city="Riga")
    session = lisbon_page.sessions.get()

    assert client.get(f"/events/{riga.slug}/sessions/{session.pk}/calendar.ics").status_code == (
        404
    )
    assert client.get(f"/events/{lisbon_page.slug}/sessions/0/calendar.ics").status_code == 404
    # A calendar file has one address, without a trailing slash.
    assert client.get(f"{lisbon_page.calendar_url}/").status_code == 404


def test_the_events_calendar_lists_published_editions_newest_first(client):
    lisbon()
    event(title="Vitrine Riga 2025", starts_on=datetime.date(2025, 5, 8), city="Riga")
    event(title="Vitrine Oslo 2028", starts_on=datetime.date(2028, 5, 8), live=False)

    response = client.get("/events/calendar.ics")
    calendar = Calendar.from_ical(response.content)

    assert response["Content-Disposition"] == 'inline; filename="meetups.ics"'
    assert [str(vevent["SUMMARY"]) for vevent in calendar.events] == [
        "Vitrine Lisbon 2027",
        "Vitrine Riga 2025",
    ]
    assert str(calendar["X-WR-CALNAME"]) == "Vitrine meetups"
    assert calendar.decoded("REFRESH-INTERVAL") == datetime.timedelta(hours=12)


def test_the_events_calendar_and_feed_take_as_many_queries_for_three_events_as_for_one(client):
    def queries(url):
        client.get(url)  # warm the caches of the site's root paths
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    lisbon()
    one = (queries("/events/calendar.ics"), queries("/events/feed/"))
    event(title="Vitrine Riga 2025", starts_on=datetime.date(2025, 5, 8), city="Riga")
    event(title="Vitrine Ghent 2026", starts_on=datetime.date(2026, 5, 8), city="Ghent")
    three = (queries("/events/calendar.ics"), queries("/events/feed/"))

    assert len(Calendar.from_ical(client.get("/events/calendar.ics").content).events) == 3
    assert one == three


def test_the_news_feed_lists_published_editions_newest_first(client):
    lisbon(tagline="Small teams, big audiences")
    event(
        title="Vitrine Kyiv 2026",
        starts_on=datetime.date(2026, 9, 3),
        city="Kyiv",
        country="UA",
        status=EventPage.Status.CANCELLED,
    )
    event(title="Vitrine Riga 2025", starts_on=datetime.date(2025, 5, 8), city="Riga")
    event(title="Vitrine Oslo 2028", starts_on=datetime.date(2028, 5, 8), live=False)

    response = client.get("/events/feed/")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")

    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert feed.find(f"{ATOM}title").text == "Vitrine meetups"
    assert [entry.find(f"{ATOM}title").text for entry in entries] == [
        "Vitrine Lisbon 2027",
        "Cancelled: Vitrine Kyiv 2026",
        "Vitrine Riga 2025",
    ]
    assert entries[0].find(f"{ATOM}link").get("href") == (
        "http://testserver/events/vitrine-lisbon-2027/"
    )
    summary = entries[0].find(f"{ATOM}summary").text
    assert "13 May 2027 – 14 May 2027 · MAAT, Av. Brasília, 1300-598 Lisbon, Portugal" in summary
    assert "Small teams, big audiences" in summary


def test_the_event_page_links_its_calendars_and_the_feeds(client, member):
    page = lisbon(
        sessions=[
            ("Opening keynote", 0, "09:30", "10:15", [member.profile]),
            ("Coffee", 0, "10:15", "10:45"),
        ]
    )
    page.sessions.filter(title="Coffee").update(format=Session.Format.BREAK)
    keynote = page.sessions.get(title="Opening keynote")

    html = client.get(page.url).content.decode()
    head = html.split("</head>")[0]

    assert '<link rel="alternate" type="application/atom+xml" href="/events/feed/"' in head
    assert '<link rel="alternate" type="text/calendar" href="/events/calendar.ics"' in head
    assert re.findall(r'href="([^"]+\.ics)"', html.split("</head>")[1]) == [
        page.calendar_url,
        keynote.calendar_url,
    ]
    assert f'Add to calendar<span class="visually-hidden">: {keynote.title}</span>' in html
    for url in (page.calendar_url, keynote.calendar_url):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "fields",
    [
        {"status": EventPage.Status.CANCELLED},
        {"starts_on": datetime.date(2024, 5, 2)},
    ],
    ids=["cancelled", "past"],
)
def test_cancelled_and_past_editions_offer_no_add_to_calendar(client, fields):
    page = lisbon(sessions=[("Opening keynote", 0)], **fields)

    html = client.get(page.url).content.decode()

    assert "Add to calendar" not in html
    assert client.get(page.calendar_url).status_code == 200


def test_the_event_page_describes_the_event_in_json_ld(client, member):
    page = lisbon(
        tagline="Small teams, big audiences",
        ticket_prices="180 euros, 90 euros for students",
        sessions=[
            (
                "Opening keynote",
                0,
                "09:30",
                "10:15",
                [member.profile, ("Rui Costa", "Director", "MAAT")],
            ),
            ("Coffee", 0, "10:15", "10:45"),
            ("Instagram live, one phone", 1, "16:00", "17:30", [("Rui Costa", "Director", "MAAT")]),
        ],
    )
    page.sessions.filter(title="Coffee").update(format=Session.Format.BREAK)
    keynote = page.sessions.get(title="Opening keynote")

    data = structured_data(client, page.url)

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Vitrine Lisbon 2027"
    assert data["url"] == page.full_url
    assert data["description"] == "Small teams, big audiences"
    assert data["startDate"] == "2027-05-13T09:30:00+01:00"
    assert data["endDate"] == "2027-05-14T17:30:00+01:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": "MAAT",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Av. Brasília, 1300-598 Lisbon",
            "addressLocality": "Lisbon",
            "addressCountry": "PT",
        },
        "geo": {"@type": "GeoCoordinates", "latitude": 38.6958, "longitude": -9.192},
    }
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Vitrine",
        "url": "http://127.0.0.1:8000/",
    }
    assert data["offers"] == {
        "@type": "Offer",
        "url": "https://tickets.example.org/vitrine-2027",
        "availability": "https://schema.org/InStock",
        "description": "180 euros, 90 euros for students",
    }
    assert data["performer"] == [
        {"@type": "Person", "name": "Ana García", "url": "http://testserver/members/ana-garcia/"},
        {
            "@type": "Person",
            "name": "Rui Costa",
            "jobTitle": "Director",
            "affiliation": {"@type": "Organization", "name": "MAAT"},
        },
    ]
    assert [sub["name"] for sub in data["subEvent"]] == [
        "Opening keynote",
        "Instagram live, one phone",
    ]
    first = data["subEvent"][0]
    assert first["startDate"] == "2027-05-13T09:30:00+01:00"
    assert first["endDate"] == "2027-05-13T10:15:00+01:00"
    assert first["url"] == f"{page.full_url}#session-{keynote.pk}"
    assert [person["name"] for person in first["performer"]] == ["Ana García", "Rui Costa"]
    assert "image" not in data


def test_json_ld_of_an_edition_without_a_programme_gives_its_days(client):
    page = lisbon(registration_url="")

    data = structured_data(client, page.url)

    assert (data["startDate"], data["endDate"]) == ("2027-05-13", "2027-05-14")
    assert "offers" not in data
    assert "performer" not in data
    assert "subEvent" not in data


@pytest.mark.parametrize(
    ("status", "schema_status"),
    [
        (EventPage.Status.CANCELLED, "https://schema.org/EventCancelled"),
        (EventPage.Status.POSTPONED, "https://schema.org/EventPostponed"),
    ],
)
def test_json_ld_says_when_an_edition_is_cancelled_or_postponed(client, status, schema_status):
    page = lisbon(status=status)

    data = structured_data(client, page.url)

    assert data["eventStatus"] == schema_status
    # Like the page, which shows no registration for an edition that will not take place.
    assert "offers" not in data


@pytest.mark.parametrize(
    ("state", "availability"),
    [
        (EventPage.Registration.WAITING_LIST, "https://schema.org/BackOrder"),
        (EventPage.Registration.SOLD_OUT, "https://schema.org/SoldOut"),
        (EventPage.Registration.CLOSED, "https://schema.org/Discontinued"),
        (EventPage.Registration.NOT_YET, None),
    ],
)
def test_json_ld_offer_availability_follows_the_registration_state(client, state, availability):
    page = lisbon(registration_state=state)

    offer = structured_data(client, page.url)["offers"]

    assert offer.get("availability") == availability
    assert offer["url"] == "https://tickets.example.org/vitrine-2027"


# Wagtail never closes the temporary file it renders an image into (generate_rendition_file).
@pytest.mark.filterwarnings(
    "ignore:Exception ignored in. <function SpooledTemporaryFile.__del__"
    ":pytest.PytestUnraisableExceptionWarning"
)
def test_json_ld_shows_the_cover_image(client):
    page = lisbon(cover_image=wagtail_factories.ImageFactory())

    data = structured_data(client, page.url)

    (image,) = data["image"]
    assert re.fullmatch(
        r"http://testserver/media/images/.+\.fill-1200x500\.format-webp\.webp", image
    )


def test_json_ld_cannot_close_its_script_element(client):
    title = "Vitrine </script><script>alert(1)</script> 2027"
    page = lisbon(title=title, sessions=[("Talk </script>", 0, "09:30", "10:00")])

    html = client.get(page.url).content.decode()
    data = structured_data(client, page.url)

    assert "<script>alert(1)" not in html
    assert data["name"] == title
    assert data["subEvent"][0]["name"] == "Talk </script>"


def test_a_draft_with_a_new_session_previews_without_its_calendar_link(client, rf):
    page = lisbon(sessions=[("Opening keynote", 0, "09:30", "10:15")])
    keynote = page.sessions.get()
    page.sessions.add(session(page, "A talk added in a draft", 0, "11:00", "11:30"))
    draft = page.save_revision().as_object()
    request = rf.get(page.url)
    request.user = AnonymousUser()

    response = draft.serve_preview(request, draft.default_preview_mode)
    html = response.render().content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html)[1])

    assert "A talk added in a draft" in html
    # The new session has no address yet: no calendar link for it.
    assert re.findall(r'href="([^"]+\.ics)"', html.split("</head>")[1]) == [
        page.calendar_url,
        keynote.calendar_url,
    ]
    assert [sub["name"] for sub in data["subEvent"]] == [
        "Opening keynote",
        "A talk added in a draft",
    ]
    # The published programme is unchanged until an editor publishes the draft.
    assert "A talk added in a draft" not in client.get(page.url).content.decode()


def test_an_edition_with_a_unicode_address_has_its_calendar_file(client):
    page = event(
        title="Vitrine Kraków 2026", city="Kraków", country="PL", time_zone="Europe/Warsaw"
    )

    response = client.get(page.calendar_url)

    assert page.calendar_url == "/events/vitrine-krak%C3%B3w-2026/calendar.ics"
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''vitrine-krak%C3%B3w-2026.ics"
    )
    assert str(Calendar.from_ical(response.content).events[0]["LOCATION"]) == "Kraków, Poland"
