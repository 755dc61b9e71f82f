"""Slides and case studies name the meetup (and the session) they were presented at."""

import re

import pytest

from resources.models import SlideDeckPage
from tests.factories.events import event
from tests.factories.resources import (
    approve,
    case_study,
    institution,
    pdf_upload,
    uploaded_deck,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FORM = {"title": "Instagram live at the Museo Egizio", "language": "en", "licence": "cc-by-4.0"}


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def field_error(html, field):
    match = re.search(rf'<div class="field__errors" id="id_{field}_error">(.*?)</div>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split()) if match else None


@pytest.fixture
def lisbon(member):
    return event(
        title="Vitrine Lisbon 2026",
        sessions=[("Instagram live, one phone", 0, "11:00", "11:30", [member.profile])],
    )


def test_a_member_uploads_slides_given_in_a_session(client, member, editor, lisbon, tmp_path):
    session = lisbon.sessions.get()
    client.force_login(member)

    form_html = client.get("/library/upload/").content.decode()
    client.post(
        "/library/upload/",
        {**FORM, "file": pdf_upload(tmp_path), "event": lisbon.pk, "session": session.pk},
    )
    deck = approve(SlideDeckPage.objects.get(), editor)
    deck_text = text_of(client.get(deck.url).content.decode())
    event_html = client.get(lisbon.url).content.decode()

    assert '<optgroup label="Vitrine Lisbon 2026">' in form_html
    assert "14 May, 11:00 · Instagram live, one phone" in form_html
    assert (deck.event, deck.session) == (lisbon, session)
    assert "Given at Vitrine Lisbon 2026 : Instagram live, one phone , 14 May 2026" in deck_text
    assert f'href="{lisbon.url}#session-{session.pk}"' in client.get(deck.url).content.decode()
    assert f'<a href="{deck.url}">Slides: Instagram live at the Museo Egizio</a>' in event_html


def test_choosing_only_the_session_sets_its_event(client, member, lisbon, tmp_path):
    client.force_login(member)

    client.post(
        "/library/upload/",
        {**FORM, "file": pdf_upload(tmp_path), "session": lisbon.sessions.get().pk},
    )

    assert SlideDeckPage.objects.get().event == lisbon


def test_a_session_of_another_event_is_refused_and_the_file_is_kept(
    client, member, lisbon, tmp_path
):
    other = event(title="Vitrine Riga 2025", sessions=[("Audience research", 0)])
    client.force_login(member)

    html = client.post(
        "/library/upload/",
        {
            **FORM,
            "file": pdf_upload(tmp_path),
            "event": other.pk,
            "session": lisbon.sessions.get().pk,
        },
    ).content.decode()

    assert not SlideDeckPage.objects.exists()
    assert field_error(html, "session") is not None
    assert "Your file is kept" in html


def test_the_reminder_link_chooses_the_session(client, member, lisbon):
    session = lisbon.sessions.get()
    client.force_login(member)

    html = client.get(f"/library/upload/?session={session.pk}").content.decode()

    assert f'<option value="{session.pk}" selected>' in html
    assert f'<option value="{lisbon.pk}" selected>' in html


@pytest.mark.parametrize(
    "query", ["?session=abc", "?session=-1", "?session=99999999999999999999", "?event=%00"]
)
def test_hostile_event_and_session_values_never_fail(client, member, lisbon, query):
    client.force_login(member)

    assert client.get(f"/library/upload/{query}").status_code == 200


@pytest.mark.parametrize("session", ["abc", "99999", "-1"])
def test_an_unknown_session_is_refused_next_to_its_field(client, member, lisbon, tmp_path, session):
    client.force_login(member)

    html = client.post(
        "/library/upload/", {**FORM, "file": pdf_upload(tmp_path), "session": session}
    ).content.decode()

    assert not SlideDeckPage.objects.exists()
    assert field_error(html, "session")


def test_unpublished_events_are_not_offered(client, member):
    event(title="Vitrine Oslo 2027", live=False, sessions=[("Secret talk", 0)])
    client.force_login(member)

    html = client.get("/library/upload/").content.decode()

    assert "Vitrine Oslo 2027" not in html
    assert "Secret talk" not in html


def test_the_library_filters_by_meetup(client, member, editor, lisbon, tmp_path):
    approve(uploaded_deck(member, tmp_path, title="Given in Lisbon", event=lisbon), editor)
    approve(uploaded_deck(member, tmp_path, title="Given elsewhere"), editor)
    museum = institution()
    case_study(title="Presented in Lisbon", related_event=lisbon, institution=museum)
    case_study(title="Never presented", institution=museum)

    html = client.get(f"/library/?event={lisbon.slug}").content.decode()
    unfiltered = client.get("/library/").content.decode()

    assert f'<option value="{lisbon.slug}" selected>Vitrine Lisbon 2026</option>' in html
    assert "Given in Lisbon" in html
    assert "Presented in Lisbon" in html
    assert "Given elsewhere" not in html
    assert "Never presented" not in html
    assert "Given elsewhere" in unfiltered


def test_a_case_study_names_its_event(client, lisbon):
    page = case_study(title="Presented in Lisbon", related_event=lisbon)

    html = client.get(page.url).content.decode()

    assert f'<dt>Presented at</dt><dd><a href="{lisbon.url}">Vitrine Lisbon 2026</a></dd>' in html


def test_the_session_list_of_a_meetup_for_the_form_script(client, lisbon):
    event(title="Vitrine Oslo 2027", live=False, sessions=[("Secret talk", 0)])
    session = lisbon.sessions.get()

    answer = client.get(f"/library/sessions/?event={lisbon.pk}").json()
    everything = client.get("/library/sessions/?event=not-a-number").json()

    assert answer == {
        "groups": [
            {
                "event": "Vitrine Lisbon 2026",
                "sessions": [
                    {"id": session.pk, "label": "14 May, 11:00 · Instagram live, one phone"}
                ],
            }
        ]
    }
    assert "Secret talk" not in str(everything)


def test_a_deck_page_suggests_slides_from_its_meetup_and_with_shared_tags(
    client, member, editor, lisbon, tmp_path
):
    deck = approve(
        uploaded_deck(member, tmp_path, title="Main talk", tags=["instagram", "live"]), editor
    )
    approve(uploaded_deck(member, tmp_path, title="Same tags", tags=["instagram", "live"]), editor)
    approve(uploaded_deck(member, tmp_path, title="Same meetup", event=lisbon), editor)
    approve(uploaded_deck(member, tmp_path, title="Unrelated", tags=["podcasts"]), editor)
    uploaded_deck(member, tmp_path, title="Draft with same tags", tags=["instagram"])
    SlideDeckPage.objects.filter(pk=deck.pk).update(event=lisbon)

    html = client.get(deck.url).content.decode()
    related = html.split('id="related-heading"', 1)[1].split("</section>", 1)[0]

    assert "Same tags" in related
    assert "Same meetup" in related
    assert "Unrelated" not in related
    assert "Draft with same tags" not in related
    assert "Main talk" not in related


def test_speakers_link_to_the_profiles_the_visitor_may_open(client, member, editor, tmp_path):
    from community.models import Profile
    from tests.factories.community import MemberFactory

    hidden = MemberFactory(display_name="Pieter de Vries")
    Profile.objects.filter(user=hidden).update(visibility="hidden")
    deck = approve(uploaded_deck(member, tmp_path, speakers=[hidden.profile]), editor)

    html = client.get(deck.url).content.decode()

    assert '<a href="/members/ana-garcia/">Ana García</a>, Pieter de Vries</p>' in html
