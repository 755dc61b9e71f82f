"""The programme tab of an event in the Wagtail admin, at the size of a real meetup."""

import re

import pytest

from community.models import EventPage
from tests.admin_forms import posted_fields
from tests.factories.events import event

pytestmark = pytest.mark.django_db


def programme(count, speaker):
    return [
        (f"Session {number}", number % 2, f"{9 + number % 8:02d}:00", f"{9 + number % 8:02d}:45",
         [speaker, ("Guest Speaker", "Curator", "Museu Nacional")])
        for number in range(count)
    ]  # fmt: skip


def test_saved_sessions_are_folded_to_their_time_and_title(client, organizer, member):
    page = event(sessions=[("Opening keynote", 0, "09:30", "10:15", [member.profile])])
    client.force_login(organizer)

    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    heading = re.search(r'id="inline_child_sessions-0-panel-heading".*?</h2>', html, re.S)
    text = " ".join(re.sub(r"<[^>]+>", "", heading.group(0).split(">", 1)[1]).split())
    assert text == "Session 1: Thu 14 May, 09:30–10:15 · Opening keynote"
    section = re.search(
        r'<section class="([^"]*)" id="inline_child_sessions-0-panel-section"', html
    )
    assert "collapsed" in section.group(1).split()
    # A session being added starts open.
    template = html.split('id="id_sessions-EMPTY_FORM_TEMPLATE"', 1)[1]
    assert 'class="w-panel" id="inline_child_sessions-__prefix__-panel-section"' in template


def test_a_session_with_an_error_stays_open(client, organizer, member):
    page = event(sessions=[("Opening keynote", 0, "09:30", "10:15", [member.profile])])
    client.force_login(organizer)
    url = f"/admin/pages/{page.pk}/edit/"
    data = posted_fields(client.get(url).content.decode())
    data["sessions-0-ends_at"] = "09:00"

    html = client.post(url, data).content.decode()

    assert "A session ends after it starts." in html
    section = re.search(
        r'<section class="([^"]*)" id="inline_child_sessions-0-panel-section"', html
    )
    assert "collapsed" not in section.group(1).split()


def test_an_organizer_saves_a_programme_of_forty_sessions_as_a_draft(client, organizer, member):
    page = event(sessions=programme(40, member.profile))
    client.force_login(organizer)
    url = f"/admin/pages/{page.pk}/edit/"
    data = posted_fields(client.get(url).content.decode())
    data["sessions-39-title"] = "Closing panel: what we learnt"
    assert len(data) > 1000  # over Django's default limit on posted fields

    response = client.post(url, data)

    assert response.status_code == 302
    draft = EventPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    sessions = list(draft.sessions.all())
    assert len(sessions) == 40
    assert "Closing panel: what we learnt" in [item.title for item in sessions]
    assert all(len(item.speakers.all()) == 2 for item in sessions)
    # A draft: the published programme is unchanged until an editor approves.
    assert not page.sessions.filter(title="Closing panel: what we learnt").exists()
