import datetime
import re
import zoneinfo

import icalendar
import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from playwright.sync_api import expect

from community.models import EventPage, ProgrammeCalendar, Session, SessionStar
from tests.factories.community import MemberFactory
from tests.factories.events import event

pytestmark = pytest.mark.django_db

PROGRAMME = "/members/me/programme/"


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def star_url(session):
    return f"/members/me/programme/sessions/{session.pk}/star/"


def star_button(html, session):
    """The star button of a session in the event's programme, or None."""
    item = html.split(f'id="{session.anchor}"', 1)[1].split("</li>", 1)[0]
    match = re.search(r"<button[^>]*star-button[^>]*>", item)
    return match.group(0) if match else None


@pytest.fixture
def lisbon(member):
    page = event(
        title="Vitrine Lisbon 2026",
        venue_name="MAAT",
        sessions=[
            ("Opening keynote", 0, "09:30", "10:15", [member.profile, ("Rui Costa", "", "MAAT")]),
            ("Instagram live, one phone", 1, "11:00", "11:30", []),
        ],
    )
    Session.objects.create(
        event=page,
        title="Coffee",
        day=page.starts_on,
        starts_at=datetime.time(10, 15),
        ends_at=datetime.time(10, 45),
        format=Session.Format.BREAK,
    )
    return page


@pytest.fixture
def sessions(lisbon):
    keynote, coffee, instagram = lisbon.sessions.order_by("day", "starts_at")
    return keynote, coffee, instagram


def feed_path(member):
    return f"/members/programme/{ProgrammeCalendar.objects.get(profile=member.profile).token}.ics"


def test_a_member_stars_a_session_and_comes_back_to_it(client, member, lisbon, sessions):
    keynote, _coffee, instagram = sessions
    client.force_login(member)

    response = client.post(star_url(keynote), {"action": "star"})
    html = client.get(lisbon.url).content.decode()

    assert response.status_code == 302
    assert response["Location"] == f"{lisbon.url}#{keynote.anchor}"
    assert list(SessionStar.objects.values_list("profile", "session")) == [
        (member.profile.pk, keynote.pk)
    ]
    assert 'aria-pressed="true"' in star_button(html, keynote)
    assert 'aria-pressed="false"' in star_button(html, instagram)
    assert (
        '<a href="/members/me/programme/">My programme</a>'
        in html.split('id="programme-heading"')[1]
    )


def test_unstarring_removes_the_star_and_doing_it_twice_changes_nothing(client, member, sessions):
    keynote = sessions[0]
    client.force_login(member)
    client.post(star_url(keynote), {"action": "star"})
    client.post(star_url(keynote), {"action": "star"})
    starred = SessionStar.objects.count()

    client.post(star_url(keynote), {"action": "unstar"})
    client.post(star_url(keynote), {"action": "unstar"})

    assert starred == 1
    assert SessionStar.objects.count() == 0


def test_the_script_stars_without_reloading(client, member, sessions):
    keynote = sessions[0]
    client.force_login(member)

    starred = client.post(star_url(keynote), {"action": "star"}, HTTP_ACCEPT="application/json")
    unstarred = client.post(star_url(keynote), {"action": "unstar"}, HTTP_ACCEPT="application/json")

    assert starred.json() == {"starred": True}
    assert unstarred.json() == {"starred": False}


def test_starring_is_post_only_and_needs_the_csrf_token(member, sessions):
    keynote = sessions[0]
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    get = client.get(star_url(keynote))
    forged = client.post(star_url(keynote), {"action": "star"})

    assert get.status_code == 405
    assert forged.status_code == 403
    assert SessionStar.objects.count() == 0


def test_visitors_are_sent_to_sign_in_before_starring(client, sessions):
    keynote = sessions[0]

    response = client.post(star_url(keynote), {"action": "star"})

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={star_url(keynote)}"
    assert SessionStar.objects.count() == 0


def test_hostile_session_ids_and_actions_are_refused(client, member, sessions):
    _keynote, coffee, instagram = sessions
    draft = event(title="Vitrine Oslo 2027", live=False, sessions=[("Secret talk", 0)])
    client.force_login(member)

    answers = [
        client.post(f"/members/me/programme/sessions/{pk}/star/", {"action": "star"}).status_code
        for pk in (999999, coffee.pk, draft.sessions.get().pk)
    ]
    bad_action = client.post(star_url(instagram), {"action": "delete-everything"})
    not_a_number = client.post("/members/me/programme/sessions/abc/star/", {"action": "star"})

    assert answers == [404, 404, 404]
    assert bad_action.status_code == 400
    assert not_a_number.status_code == 404
    assert SessionStar.objects.count() == 0


def test_the_way_back_never_leaves_the_site(client, member, lisbon, sessions):
    keynote = sessions[0]
    client.force_login(member)

    outside = client.post(
        star_url(keynote), {"action": "star", "next": "https://evil.example/steal"}
    )
    inside = client.post(star_url(keynote), {"action": "unstar", "next": PROGRAMME})

    assert outside["Location"] == f"{lisbon.url}#{keynote.anchor}"
    assert inside["Location"] == PROGRAMME


def test_visitors_see_one_sign_in_hint_and_no_star_buttons(client, lisbon):
    html = client.get(lisbon.url).content.decode()

    assert text_of(html).count("Sign in to build your programme") == 1
    assert f'href="/accounts/login/?next={lisbon.url}%23programme-heading"' in html
    assert "star-button" not in html


def test_breaks_have_no_star(client, member, lisbon, sessions):
    keynote, coffee, instagram = sessions
    client.force_login(member)

    html = client.get(lisbon.url).content.decode()

    assert [star_button(html, item) is not None for item in (keynote, coffee, instagram)] == [
        True,
        False,
        True,
    ]


def star_all(member, *sessions):
    for session in sessions:
        SessionStar.objects.create(profile=member.profile, session=session)


def event_titles(html):
    return re.findall(r'<h2 id="event-\d+"><a href="[^"]+">([^<]+)</a></h2>', html)


def session_titles(html):
    return re.findall(r'<h4 class="session__title"><a href="[^"]+">([^<]+)</a></h4>', html)


def test_my_programme_groups_starred_sessions_by_event_and_day_in_each_zone(client, member):
    helsinki = event(
        title="Vitrine Helsinki 2031",
        starts_on=datetime.date(2031, 1, 14),
        time_zone="Europe/Helsinki",
        city="Helsinki",
        country="FI",
        sessions=[
            ("Audio guides nobody asked for", 1, "14:00", "14:30", []),
            ("Open access at scale", 0, "09:00", "09:45", [member.profile]),
            ("Not starred", 0, "10:00", "10:30", []),
        ],
    )
    lisbon = event(
        title="Vitrine Lisbon 2031",
        starts_on=datetime.date(2031, 5, 15),
        sessions=[("Instagram live, one phone", 0, "11:00", "11:30", [("Rui Costa", "", "")])],
    )
    draft = event(title="Vitrine Oslo 2032", live=False, sessions=[("Secret talk", 0)])
    star_all(member, *helsinki.sessions.exclude(title="Not starred"), *lisbon.sessions.all())
    star_all(member, draft.sessions.get())
    client.force_login(member)

    html = client.get(PROGRAMME).content.decode()
    text = text_of(html)

    assert event_titles(html) == ["Vitrine Helsinki 2031", "Vitrine Lisbon 2031"]
    assert session_titles(html) == [
        "Open access at scale",
        "Audio guides nobody asked for",
        "Instagram live, one phone",
    ]
    assert re.findall(r"<h3>([^<]+)</h3>", html) == [
        "Tuesday 14 January 2031",
        "Wednesday 15 January 2031",
        "Thursday 15 May 2031",
    ]
    assert "Times are in Europe/Helsinki." in text
    assert 'datetime="2031-01-14T09:00:00+02:00">09:00</time>' in html
    assert 'datetime="2031-05-15T11:00:00+01:00">11:00</time>' in html
    assert '<a href="/members/ana-garcia/">Ana García</a>' in html
    assert "Rui Costa" in text
    assert "Not starred" not in text
    assert "Secret talk" not in text
    assert text.count("Unstar") == 3


def test_my_programme_puts_coming_meetups_first_then_past_ones(client, member):
    today = timezone.localdate()
    old = event(
        title="Vitrine Porto 2024", starts_on=datetime.date(2024, 5, 2), sessions=[("A", 0)]
    )
    recent = event(
        title="Vitrine Riga 2025", starts_on=datetime.date(2025, 5, 8), sessions=[("B", 0)]
    )
    coming = event(
        title="Vitrine Ghent",
        starts_on=today + datetime.timedelta(days=40),
        sessions=[("C", 0)],
    )
    star_all(member, old.sessions.get(), coming.sessions.get(), recent.sessions.get())
    client.force_login(member)

    html = client.get(PROGRAMME).content.decode()

    assert event_titles(html) == ["Vitrine Ghent", "Vitrine Riga 2025", "Vitrine Porto 2024"]


def test_unstarring_from_my_programme_comes_back_to_it(client, member, sessions):
    star_all(member, sessions[0])
    client.force_login(member)
    html = client.get(PROGRAMME).content.decode()

    response = client.post(
        star_url(sessions[0]), {"action": "unstar", "next": PROGRAMME}, follow=True
    )

    assert f'action="{star_url(sessions[0])}"' in html
    assert response.redirect_chain == [(PROGRAMME, 302)]
    assert session_titles(response.content.decode()) == []


def test_my_programme_says_what_to_do_when_empty(client, member):
    client.force_login(member)

    text = text_of(client.get(PROGRAMME).content.decode())

    assert "No starred sessions yet" in text
    assert "Reset the link" in text


def test_my_programme_needs_an_account(client):
    response = client.get(PROGRAMME)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={PROGRAMME}"


def test_the_account_menu_links_to_my_programme(client, member):
    client.force_login(member)

    html = client.get("/").content.decode()

    assert '<a href="/members/me/programme/">My programme</a>' in html


def test_the_private_feed_address_is_absolute(client, member):
    client.force_login(member)

    html = client.get(PROGRAMME, secure=True).content.decode()
    token = ProgrammeCalendar.objects.get(profile=member.profile).token

    assert f'value="https://testserver/members/programme/{token}.ics"' in html
    assert f'href="webcal://testserver/members/programme/{token}.ics"' in html


def test_the_feed_lists_starred_sessions_with_the_event_time_zone(client, member, sessions):
    keynote, _coffee, instagram = sessions
    client.force_login(member)
    client.post(star_url(keynote), {"action": "star"})
    client.post(star_url(instagram), {"action": "star"})
    client.get(PROGRAMME)
    client.logout()

    response = client.get(feed_path(member))
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    lisbon = zoneinfo.ZoneInfo("Europe/Lisbon")

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private, no-store"
    assert [str(item["summary"]) for item in events] == [
        "Opening keynote",
        "Instagram live, one phone",
    ]
    assert [item["dtstart"].params["TZID"] for item in events] == ["Europe/Lisbon"] * 2
    assert events[0].decoded("dtstart") == datetime.datetime(2026, 5, 14, 9, 30, tzinfo=lisbon)
    assert events[0].decoded("dtend") == datetime.datetime(2026, 5, 14, 10, 15, tzinfo=lisbon)
    assert events[1].decoded("dtstart") == datetime.datetime(2026, 5, 15, 11, 0, tzinfo=lisbon)
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Lisbon"]
    assert str(events[0]["uid"]) == f"session-{keynote.pk}@127.0.0.1"
    assert str(events[0]["url"]).endswith(f"/events/vitrine-lisbon-2026/#{keynote.anchor}")
    assert "Speakers: Ana García, Rui Costa (MAAT)" in str(events[0]["description"])
    assert str(events[0]["location"]) == "MAAT, Lisbon, Portugal"
    assert str(events[0]["status"]) == "CONFIRMED"


def test_the_feed_marks_the_sessions_of_a_cancelled_edition(client, member, lisbon, sessions):
    SessionStar.objects.create(profile=member.profile, session=sessions[0])
    client.force_login(member)
    client.get(PROGRAMME)
    lisbon.status = EventPage.Status.CANCELLED
    lisbon.save_revision().publish()

    calendar = icalendar.Calendar.from_ical(client.get(feed_path(member)).content)

    assert [str(item["status"]) for item in calendar.walk("VEVENT")] == ["CANCELLED"]


def test_an_unknown_feed_address_is_not_found(client, member):
    response = client.get("/members/programme/not-a-real-token.ics")

    assert response.status_code == 404


def test_resetting_the_link_retires_the_old_address(client, member):
    client.force_login(member)
    client.get(PROGRAMME)
    old = feed_path(member)

    refused = client.get("/members/me/programme/reset-link/")
    response = client.post("/members/me/programme/reset-link/", follow=True)
    new = feed_path(member)

    assert refused.status_code == 405
    assert response.redirect_chain == [(f"{PROGRAMME}#calendar", 302)]
    assert "Your calendar has a new address." in text_of(response.content.decode())
    assert new != old
    assert new in response.content.decode()
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


def test_stars_are_private_to_their_member(client, member, sessions):
    other = MemberFactory(display_name="Jonas Lindqvist")
    SessionStar.objects.create(profile=member.profile, session=sessions[0])
    client.force_login(other)

    html = client.get(sessions[0].event.url).content.decode()

    assert 'aria-pressed="true"' not in html


def event_page_queries(client, member, count):
    """The queries of a signed-in member's visit to an event page with `count` sessions,
    three of them starred."""
    page = event(
        title=f"Vitrine Lisbon {count}",
        sessions=[
            (f"Session {number}", number % 2, "10:00", "10:30", [member.profile, ("Guest", "", "")])
            for number in range(count)
        ],
    )
    star_all(member, *page.sessions.all()[:3])
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(page.url).content.decode()
    return [query["sql"] for query in queries.captured_queries], html


def test_stars_cost_the_event_page_one_query_whatever_the_programme(client, member):
    client.force_login(member)

    short, short_html = event_page_queries(client, member, 5)
    long, long_html = event_page_queries(client, member, 40)

    assert len(short) == len(long)
    assert sum("community_sessionstar" in sql for sql in long) == 1
    assert (short_html.count('aria-pressed="true"'), long_html.count('aria-pressed="true"')) == (
        3,
        3,
    )
    assert long_html.count('aria-pressed="false"') == 37


def test_visitors_cost_the_event_page_no_query_for_stars(client, member):
    queries, html = event_page_queries(client, member, 40)

    assert [sql for sql in queries if "community_sessionstar" in sql] == []
    assert "Sign in to build your programme" in html


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_star_toggles_without_reloading_the_page(page, live_server, member):
    lisbon = event(title="Vitrine Lisbon 2026", sessions=[("Opening keynote", 0, "09:30", "10:15")])
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill("correct horse battery staple")
    page.get_by_role("button", name="Sign In").click()
    page.goto(f"{live_server.url}{lisbon.url}")
    star = page.get_by_role("button", name="Star “Opening keynote”")

    star.click()
    expect(star).to_have_attribute("aria-pressed", "true")
    starred_url = page.url
    page.reload()
    expect(star).to_have_attribute("aria-pressed", "true")
    star.click()
    expect(star).to_have_attribute("aria-pressed", "false")
    axe = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}})

    # Without a reload the address keeps no #session anchor, which only the no-script path adds.
    assert starred_url == f"{live_server.url}{lisbon.url}"
    assert SessionStar.objects.count() == 0
    assert axe.response["violations"] == []
