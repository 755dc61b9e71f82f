import datetime
import itertools
import random
import re
from collections import Counter, defaultdict
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from community.demo import MEMBERS
from community.demo_events import delete_demo_events, seed_events
from community.models import EventPage, Session, SessionSpeaker
from community.models.events import TIME_ZONES
from resources.demo import deck_talks
from resources.models import SlideDeckPage

# Its module fixture seeds the demo once: keep its tests on one test worker.
pytestmark = pytest.mark.xdist_group("test_demo_events")


# The day the demo content is written for: 2027 is the next meetup.
TODAY = datetime.datetime(2026, 12, 2, 12, tzinfo=datetime.UTC)

# Seeding queues the processing of every demo deck; these tests look at the events.
QUEUED_TASKS_ONLY = {
    "default": {
        "BACKEND": "django_tasks.backends.dummy.DummyBackend",
        "QUEUES": ["default", "slides"],
    }
}


def demo_random():
    return random.Random(42)  # noqa: S311 - repeatable demo content, not security


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """The output of `seed_demo`, run once for the module and rolled back after it.

    Each test runs in a savepoint inside this transaction, so it may change what it finds.
    """
    out = StringIO()
    with (
        django_db_blocker.unblock(),
        override_settings(TASKS=QUEUED_TASKS_ONLY),
        transaction.atomic(),
    ):
        call_command("seed_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def events(seeded, db):
    return list(EventPage.objects.order_by("edition_year"))


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def programme_of(event):
    return list(event.sessions.prefetch_related("speakers"))


def test_seed_demo_publishes_the_events_between_the_members_and_the_decks(seeded, db):
    lines = seeded.splitlines()

    assert "Published 15 demo events." in lines
    position = lines.index("Published 15 demo events.")
    assert lines[position - 1] == f"Added {len(MEMBERS)} demo members."
    assert lines[position + 1].startswith("Uploaded")


def test_seed_events_publishes_one_edition_a_year_from_2013_to_2027(events):
    assert [event.edition_year for event in events] == list(range(2013, 2028))
    assert all(event.live and not event.has_unpublished_changes for event in events)
    assert len({event.city for event in events}) == 15
    assert events[6].slug == "2019-lisbon"
    assert events[6].title == "Vitrine Lisbon 2019"
    assert events[6].url == "/events/2019-lisbon/"
    assert all(event.time_zone in TIME_ZONES for event in events)
    assert all(200 <= event.capacity <= 300 for event in events)
    assert all(event.ticket_prices and event.theme and event.tagline for event in events)
    assert all(event.latitude and event.longitude and event.venue_address for event in events)
    assert all(1 <= len(event.days) <= 3 for event in events)
    partners = [list(event.partners.all()) for event in events]
    assert all(len(names) >= 2 for names in partners)
    assert not any(partner.logo_id for names in partners for partner in names)


def test_seed_events_has_one_upcoming_edition_and_one_cancelled(events):
    upcoming = [event for event in events if not event.is_past(TODAY)]
    cancelled = [event for event in events if event.is_cancelled]

    assert [event.edition_year for event in upcoming] == [2027]
    assert upcoming[0].registration_state == EventPage.Registration.OPEN
    assert upcoming[0].registration_url.startswith("https://")
    assert upcoming[0].starts_on.month in {3, 4, 5, 6}
    assert [event.edition_year for event in cancelled] == [2020]
    assert "pandemic" in cancelled[0].status_note


def test_seed_events_programmes_have_15_to_40_sessions_within_the_days(events):
    for event in events:
        sessions = programme_of(event)
        titles = [session.title for session in sessions]

        assert 15 <= len(sessions) <= 40, event.title
        assert {session.day for session in sessions} == set(event.days), event.title
        assert all(session.starts_at < session.ends_at for session in sessions), event.title
        assert len(set(titles)) == len(titles), event.title
        assert not any("lorem" in session.abstract.lower() for session in sessions)


def test_seed_events_programmes_mix_the_formats(events):
    formats = Counter(session.format for event in events for session in event.sessions.all())

    assert set(formats) == set(Session.Format.values)
    assert formats[Session.Format.TALK] > formats[Session.Format.KEYNOTE]


def test_seed_events_gives_speakers_to_every_session_but_the_breaks(events):
    for event in events:
        for session in programme_of(event):
            speakers = list(session.speakers.all())

            if session.format == Session.Format.BREAK:
                assert speakers == [], session.title
            else:
                assert speakers, session.title
                assert all(speaker.display_name for speaker in speakers)


def test_seed_events_speakers_are_mostly_members_with_some_guests(events):
    speakers = list(SessionSpeaker.objects.select_related("profile"))
    members = [speaker for speaker in speakers if speaker.profile_id]
    guests = [speaker for speaker in speakers if not speaker.profile_id]

    assert len(members) > len(guests) > 0
    assert {speaker.profile.name for speaker in members} <= set(MEMBERS)
    assert len({speaker.profile_id for speaker in members}) >= min(len(MEMBERS), 10)
    assert all(guest.name and guest.role and guest.organisation for guest in guests)
    panels = Session.objects.filter(format=Session.Format.PANEL)
    assert all(2 <= panel.speakers.count() <= 4 for panel in panels)


def test_seed_events_never_puts_a_speaker_in_two_rooms_at_once(events):
    for event in events:
        booked = defaultdict(list)
        for session in programme_of(event):
            for speaker in session.speakers.all():
                booked[speaker.profile_id or speaker.name].append(session)

        for sessions in booked.values():
            for first, second in itertools.pairwise(sessions):
                assert (first.day, first.ends_at) <= (second.day, second.starts_at), event.title


def test_seed_events_gives_the_library_decks_their_talks(events):
    held = {event.edition_year: event for event in events if event.status != "cancelled"}

    for year, _format, title, speaker, _abstract in deck_talks():
        host = held.get(year) or held[year + 1]  # 2020 was cancelled: its talks moved on
        session = host.sessions.get(title=title)
        # The deck's speaker first; a panel has other panellists after them.
        assert [item.display_name for item in session.speakers.all()][:1] == [speaker]
        assert session.speakers.first().profile_id is not None
        deck = SlideDeckPage.objects.get(title=title)
        assert (deck.event, deck.session) == (host, session)


def test_seed_events_adds_nothing_twice(events):
    sessions = Session.objects.count()

    added = seed_events(demo_random())

    assert added == 0
    assert EventPage.objects.count() == 15
    assert Session.objects.count() == sessions


def test_seed_events_adds_back_a_deleted_edition_only(events):
    EventPage.objects.get(slug="2019-lisbon").delete()

    added = seed_events(demo_random())

    assert added == 1
    lisbon = EventPage.objects.get(slug="2019-lisbon")
    assert lisbon.live
    assert 15 <= lisbon.sessions.count() <= 40
    assert EventPage.objects.count() == 15


def test_delete_demo_events_removes_the_editions_and_their_programmes(events):
    deleted = delete_demo_events()

    assert deleted == 15
    assert not EventPage.objects.exists()
    assert not Session.objects.exists()
    assert not SessionSpeaker.objects.exists()


def test_the_events_index_shows_the_next_meetup_and_the_archive(client, events):
    html = text_of(client.get("/events/").content.decode())

    assert "Vitrine Riga 2027" in html
    assert "Vitrine Lyon 2013" in html
    assert "Vitrine Vienna 2020 Cancelled" in html
    assert html.count("Vitrine ") >= 15


def test_a_demo_edition_shows_its_programme_and_speakers(client, events):
    response = client.get("/events/2019-lisbon/")
    text = text_of(response.content.decode())

    assert response.status_code == 200
    assert "<h1>Vitrine Lisbon 2019</h1>" in response.content.decode()
    assert "Wednesday 15 May 2019" in text
    assert "Friday 17 May 2019" in text
    assert "Times are in Europe/Lisbon." in text
    assert "The live-streaming set-up of a mid-sized museum" in text
    assert "Accessible video for museums on a small budget" in text
    assert "Inês Carvalho" in text
    assert "Auditório" in text


def test_the_cancelled_edition_says_why(client, events):
    text = text_of(client.get("/events/2020-vienna/").content.decode())

    assert "This edition is Cancelled." in text
    assert "COVID-19 pandemic" in text
