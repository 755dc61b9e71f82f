import datetime
import re

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from community.models import Session
from tests.browser.helpers import sign_in
from tests.factories.events import event

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_an_organizer_adds_a_session_an_editor_approves_a_visitor_sees_it(
    page, live_server, organizer, editor, member, browser
):
    meetup = event(
        title="Vitrine Riga 2027",
        starts_on=datetime.date(2027, 5, 19),
        city="Riga",
        country="LV",
        time_zone="Europe/Riga",
        sessions=[("Opening keynote", 0, "09:30", "10:15")],
    )

    sign_in(page, live_server, organizer)
    page.goto(f"{live_server.url}/admin/pages/{meetup.pk}/edit/")
    page.get_by_role("tab", name="Programme").click()
    page.locator("#id_sessions-ADD").click()
    new_session = page.locator("#inline_child_sessions-1")
    new_session.get_by_label("Title").fill("Instagram live with one phone")
    new_session.get_by_label("Day").fill("2027-05-20")
    new_session.get_by_label("Starts at").fill("11:00")
    new_session.get_by_label("Ends at").fill("11:30")
    page.locator("#id_sessions-1-speakers-ADD").click()
    speaker = page.locator("#inline_child_sessions-1-speakers-0")
    speaker.get_by_label("Name").fill("Rui Costa")
    speaker.get_by_label("Organisation").fill("MAAT")
    page.get_by_role("button", name=re.compile("More actions")).click()
    page.get_by_role("button", name=re.compile("Submit to Editors approval")).click()
    expect(page.locator(".messages")).to_contain_text("Vitrine Riga 2027")
    assert not Session.objects.filter(title="Instagram live with one phone").exists()

    editor_page = browser.new_page()
    sign_in(editor_page, live_server, editor)
    editor_page.goto(f"{live_server.url}/admin/pages/{meetup.pk}/edit/")
    editor_page.get_by_role("button", name=re.compile("More actions")).click()
    editor_page.get_by_role("button", name="Approve and Publish").click()
    expect(editor_page.locator(".messages")).to_contain_text("Vitrine Riga 2027")
    editor_page.close()

    visitor = browser.new_page()
    visitor.goto(f"{live_server.url}/events/")
    visitor.get_by_role("link", name="Vitrine Riga 2027").first.click()
    session = visitor.locator(".session", has_text="Instagram live with one phone")
    expect(session).to_contain_text("11:00")
    expect(session).to_contain_text("Rui Costa")
    with visitor.expect_download() as download:
        session.get_by_role("link", name=re.compile("Add to calendar")).click()
    calendar = Calendar.from_ical(download.value.path().read_bytes())
    vevent = next(component for component in calendar.walk("VEVENT"))
    assert str(vevent["SUMMARY"]) == "Instagram live with one phone"
    assert vevent["DTSTART"].params["TZID"] == "Europe/Riga"
    assert vevent.decoded("DTSTART").strftime("%Y-%m-%d %H:%M") == "2027-05-20 11:00"
