import datetime
import re

import pytest
from django.utils import timezone

from community import events as event_services
from community.models import EventIndexPage, EventPage
from resources.models import LibraryIndexPage
from tests.factories.events import event
from tests.factories.resources import approve, uploaded_deck

pytestmark = pytest.mark.django_db


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_the_events_section_is_in_the_navigation(client, home_page):
    html = client.get("/").content.decode()

    assert '<a href="/events/"' in html
    assert client.get("/events/").status_code == 200


def test_an_empty_events_index_says_what_will_come(client, home_page):
    html = text_of(client.get("/events/").content.decode())

    assert "No meetup is announced yet" in html


def test_the_event_page_shows_the_programme_by_day_with_speakers(client, member):
    page = event(
        title="Vitrine Lisbon 2026",
        tagline="Small teams, big audiences",
        sessions=[
            (
                "Opening keynote",
                0,
                "09:30",
                "10:15",
                [member.profile, ("Rui Costa", "Director", "MAAT")],
            ),
            ("Instagram live, one phone", 1, "11:00", "11:30", []),
        ],
    )

    html = client.get(page.url).content.decode()
    text = text_of(html)

    assert "Small teams, big audiences" in text
    assert "Thursday 14 May 2026" in text
    assert "Friday 15 May 2026" in text
    assert "09:30 – 10:15" in text
    assert "Opening keynote" in text
    assert "Ana García" in text
    assert "Rui Costa (Director, MAAT)" in text
    assert '<a href="/members/ana-garcia/">Ana García</a>' in html
    assert 'class="avatar avatar--medium avatar--colour-' in html.split('id="speakers-heading"')[1]
    # Times are in the event's own zone, machine-readable with their offset.
    assert 'datetime="2026-05-14T09:30:00+01:00"' in html
    assert "Times are in Europe/Lisbon." in text


def test_unpublished_events_and_their_sessions_stay_hidden(client, member):
    draft = event(title="Vitrine Oslo 2027", live=False, sessions=[("Secret talk", 0)])

    assert client.get("/events/").content.decode().count("Vitrine Oslo 2027") == 0
    assert "Secret talk" not in client.get("/events/").content.decode()
    assert client.get(f"/events/{draft.slug}/").status_code == 404


def test_a_cancelled_edition_says_so_and_is_never_the_next_meetup(client):
    now = timezone.now()
    cancelled = event(
        title="Vitrine Kyiv 2027",
        starts_on=(now + datetime.timedelta(days=30)).date(),
        status=EventPage.Status.CANCELLED,
        status_note="Cancelled for the safety of all.",
    )
    later = event(title="Vitrine Ghent 2027", starts_on=(now + datetime.timedelta(days=90)).date())

    overview = event_services.overview(EventPage.objects.live())
    html = text_of(client.get(cancelled.url).content.decode())

    assert overview.next == later
    assert overview.upcoming == [cancelled]
    assert "This edition is Cancelled." in html
    assert "Cancelled for the safety of all." in html


def test_the_index_puts_the_next_meetup_first_then_upcoming_then_the_archive_by_year():
    today = timezone.localdate()
    past_2024 = event(title="Vitrine Porto 2024", starts_on=datetime.date(2024, 5, 2))
    past_2025 = event(title="Vitrine Riga 2025", starts_on=datetime.date(2025, 5, 8))
    later = event(title="Vitrine Ghent", starts_on=today + datetime.timedelta(days=400))
    soon = event(title="Vitrine Turin", starts_on=today + datetime.timedelta(days=20))

    overview = event_services.overview(EventPage.objects.live())

    assert overview.next == soon
    assert overview.upcoming == [later]
    assert overview.past_by_year == [(2025, [past_2025]), (2024, [past_2024])]


def test_an_event_is_upcoming_until_its_last_day_ends_in_its_own_time_zone():
    # Helsinki is UTC+2 in winter, Lisbon UTC+0.
    helsinki = event(
        title="Helsinki",
        starts_on=datetime.date(2026, 1, 14),
        ends_on=datetime.date(2026, 1, 15),
        time_zone="Europe/Helsinki",
    )
    lisbon = event(
        title="Lisbon",
        starts_on=datetime.date(2026, 1, 14),
        ends_on=datetime.date(2026, 1, 15),
        time_zone="Europe/Lisbon",
    )
    # 22:30 UTC on the last day: already the next day in Helsinki, still evening in Lisbon.
    moment = datetime.datetime(2026, 1, 15, 22, 30, tzinfo=datetime.UTC)

    assert helsinki.is_past(moment)
    assert not lisbon.is_past(moment)
    assert not lisbon.is_past(datetime.datetime(2026, 1, 15, 23, 59, 59, tzinfo=datetime.UTC))
    assert lisbon.is_past(datetime.datetime(2026, 1, 16, 0, 0, tzinfo=datetime.UTC))


@pytest.mark.parametrize("count", [5, 40])
def test_the_event_page_query_count_does_not_grow_with_the_programme(
    client, member, count, django_assert_max_num_queries
):
    page = event(
        sessions=[
            (f"Session {number}", number % 2, "10:00", "10:30", [member.profile, ("Guest", "", "")])
            for number in range(count)
        ]
    )
    client.get(page.url)

    with django_assert_max_num_queries(15):  # the performance budget of a detail page
        html = client.get(page.url).content.decode()

    assert html.count('class="session session--talk"') == count


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_session_lists_its_published_slides_only(client, member, editor, tmp_path):
    page = event(sessions=[("Instagram live, one phone", 0, "11:00", "11:30", [member.profile])])
    session = page.sessions.get()
    published = approve(
        uploaded_deck(member, tmp_path, title="Live slides", event=page, session=session), editor
    )
    uploaded_deck(member, tmp_path, title="Draft slides", event=page, session=session)

    html = client.get(page.url).content.decode()

    assert f'<a href="{published.url}">Slides: Live slides</a>' in html
    assert "Draft slides" not in html


def test_organizers_add_events_but_cannot_publish_them_nor_touch_the_library(organizer, home_page):
    events = EventIndexPage.objects.get()
    library = LibraryIndexPage.objects.get()
    draft = event(live=False)

    on_events = events.permissions_for_user(organizer)
    on_draft = draft.permissions_for_user(organizer)
    on_library = library.permissions_for_user(organizer)

    assert on_events.can_add_subpage()
    assert on_draft.can_edit()
    assert not on_draft.can_publish()
    assert not on_library.can_add_subpage()
    assert not on_library.can_edit()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_event_that_slides_point_to_cannot_be_deleted(client, member, editor, tmp_path):
    page = event()
    uploaded_deck(member, tmp_path, title="Live slides", event=page)
    client.force_login(editor)

    response = client.post(f"/admin/pages/{page.pk}/delete/", follow=True)

    assert EventPage.objects.filter(pk=page.pk).exists()
    assert "Not deleted: slides in the library were given at Vitrine Lisbon 2026." in (
        response.content.decode()
    )


def test_an_event_without_slides_can_be_deleted_by_an_editor(client, editor):
    page = event()
    client.force_login(editor)

    client.post(f"/admin/pages/{page.pk}/delete/")

    assert not EventPage.objects.filter(pk=page.pk).exists()


def test_a_past_edition_no_longer_offers_registration(client):
    past = event(
        title="Vitrine Lisbon 2019",
        starts_on=datetime.date(2019, 5, 15),
        registration_state=EventPage.Registration.OPEN,
        registration_url="https://tickets.example.org/lisbon-2019",
    )

    html = client.get(past.url).content.decode()

    assert "<dt>Registration</dt>" not in html
    assert "tickets.example.org" not in html
