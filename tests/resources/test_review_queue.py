import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from resources import services
from resources.models import CaseStudyPage, SlideDeckPage
from resources.models.choices import ProcessingState
from tests.factories.resources import approve, case_study, institution, uploaded_deck

# Processing and emails start when a transaction commits (on_commit), so these tests commit too.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

QUEUE = "/admin/library/review/"


def proposal(member, title="Wikidata for a small archive", **fields):
    """A member's case study proposal, waiting in the editors' workflow."""
    page = case_study(
        title=title,
        live=False,
        user=member,
        summary="We linked 3,000 records to Wikidata in a year, part time.",
        **fields,
    )
    page.get_workflow().start(page, member)
    return page


def text(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def admin_messages(html):
    block = html.split('<div class="messages"', 1)[1].split("</ul>", 1)[0]
    return [
        (level, text(re.sub(r"<button.*?</button>", "", body, flags=re.S)))
        for level, body in re.findall(r'<li class="(\w+)[^"]*">(.*?)</li>', block, re.S)
    ]


def section(html, anchor):
    """The HTML of one section of the queue: "slides" or "case-studies"."""
    return html.split(f'<section id="{anchor}"', 1)[1].split(">", 1)[1].split("</section>", 1)[0]


def row(html, anchor):
    """The HTML of one item of the queue, such as "deck-12"."""
    return html.split(f'<tr id="{anchor}">', 1)[1].split("</tr>", 1)[0]


def titles(html, anchor):
    return re.findall(
        r'<h3><a href="/admin/pages/\d+/edit/">([^<]+)</a></h3>', section(html, anchor)
    )


def field_error(html, field_id):
    match = re.search(
        rf'<div class="w-field__errors"[^>]*>(.*?)</div>\s*<div class="w-field__help" id="{field_id}-helptext"',
        html,
        re.S,
    )
    return text(match.group(1)) if match else None


def test_review_queue_lists_decks_and_proposals_oldest_first(client, member, editor, tmp_path):
    older = uploaded_deck(
        member,
        tmp_path,
        description="How a phone on a gimbal became our weekly live tour.",
        tags=["instagram", "live streaming"],
    )
    uploaded_deck(member, tmp_path, title="Audio guides nobody asked for")
    case = proposal(member)
    client.force_login(editor)

    html = client.get(QUEUE).content.decode()

    deck_row = text(row(html, f"deck-{older.pk}"))
    assert titles(html, "slides") == [
        "Instagram live at the Museo Egizio",
        "Audio guides nobody asked for",
    ]
    assert titles(html, "case-studies") == ["Wikidata for a small archive"]
    assert (
        f'<img src="{older.slides.get(number=1).thumbnail.url}" width="160" height="90" '
        'alt="First slide: Instagram live at the museum Phone on a gimbal, one host '
        'Questions read from chat"' in html
    )
    assert "3 slides · submitted" in deck_row
    assert "How a phone on a gimbal became our weekly live tour." in deck_row
    assert "Tags: instagram, live streaming" in deck_row
    assert (
        f'<a href="/admin/snippets/community/profile/edit/{member.profile.pk}/">Ana García</a>'
        in row(html, f"deck-{older.pk}")
    )
    assert "Not trusted yet" in deck_row
    assert "Their future decks are published without review." in deck_row
    assert f'href="/admin/pages/workflow/preview/{older.pk}/' in row(html, f"deck-{older.pk}")
    proposal_row = text(row(html, f"case-study-{case.pk}"))
    assert "Museo Egizio, Turin · submitted" in proposal_row
    assert "We linked 3,000 records to Wikidata in a year, part time." in proposal_row
    assert "Ana García" in proposal_row


def test_review_queue_says_when_there_is_nothing_to_review(client, editor):
    client.force_login(editor)

    html = client.get(QUEUE).content.decode()

    assert text(section(html, "slides")) == "Slides awaiting review Nothing to review."
    assert text(section(html, "case-studies")) == "Proposed case studies Nothing to review."


def test_review_queue_shows_what_a_deck_under_review_says_now(client, member, editor, tmp_path):
    deck = uploaded_deck(member, tmp_path, tags=["instagram"])
    services.edit_deck(
        deck,
        member,
        tags=["live streaming"],
        speakers=[],
        title="Going live, revised",
        description="Now with our numbers.",
    )
    client.force_login(editor)

    deck_row = text(row(client.get(QUEUE).content.decode(), f"deck-{deck.pk}"))

    assert "Going live, revised" in deck_row
    assert "Now with our numbers." in deck_row
    assert "Tags: live streaming" in deck_row


def test_approving_a_deck_publishes_it_and_tells_the_uploader(
    client, member, editor, tmp_path, mailoutbox
):
    deck = uploaded_deck(member, tmp_path)
    client.force_login(editor)

    response = client.post(
        f"{QUEUE}{deck.pk}/approve/", {"revision": deck.latest_revision_id}, follow=True
    )

    html = response.content.decode()
    deck.refresh_from_db()
    assert response.redirect_chain == [(QUEUE, 302)]
    assert admin_messages(html) == [
        ("success", "“Instagram live at the Museo Egizio” is approved and published.")
    ]
    assert titles(html, "slides") == []
    assert deck.live
    assert services.deck_status(deck).code == "published"
    published = [m for m in mailoutbox if "published" in m.subject]
    assert [(m.to, m.subject) for m in published] == [
        ([member.email], "[Vitrine] Your slides are published: Instagram live at the Museo Egizio")
    ]


def test_approving_a_proposal_publishes_the_case_study(client, member, editor):
    case = proposal(member)
    client.force_login(editor)

    response = client.post(f"{QUEUE}{case.pk}/approve/", follow=True)

    case.refresh_from_db()
    assert admin_messages(response.content.decode()) == [
        ("success", "“Wikidata for a small archive” is approved and published.")
    ]
    assert case.live
    assert "Wikidata for a small archive" in client.get("/library/").content.decode()


def test_requesting_changes_sends_the_reason_to_the_uploader(
    client, member, editor, tmp_path, mailoutbox
):
    deck = uploaded_deck(member, tmp_path)
    reason = "Slide 2 shows visitors' faces: blur them, then upload again."
    client.force_login(editor)

    response = client.post(
        f"{QUEUE}{deck.pk}/request-changes/?deck_page=1",
        {"reason": f"  {reason}\n", "revision": deck.latest_revision_id},
        follow=True,
    )

    deck.refresh_from_db()
    assert response.redirect_chain == [(f"{QUEUE}?deck_page=1", 302)]
    assert admin_messages(response.content.decode()) == [
        ("success", "Changes requested for “Instagram live at the Museo Egizio”.")
    ]
    assert not deck.live
    assert services.deck_status(deck).explanation == reason
    rejected = [m for m in mailoutbox if "not published" in m.subject]
    assert [m.to for m in rejected] == [[member.email]]
    assert reason in rejected[0].body
    # Only ours: Wagtail's own "rejected" email would link to an admin the member cannot open.
    assert [m.subject for m in mailoutbox if m.to == [member.email]] == [rejected[0].subject]
    client.force_login(member)
    assert (
        "Slide 2 shows visitors&#x27; faces"
        in client.get(f"/library/uploads/{deck.pk}/").content.decode()
    )


def test_requesting_changes_without_a_reason_is_refused_next_to_the_field(
    client, member, editor, tmp_path, mailoutbox
):
    deck = uploaded_deck(member, tmp_path)
    client.force_login(editor)

    response = client.post(
        f"{QUEUE}{deck.pk}/request-changes/", {"reason": "   ", "revision": deck.latest_revision_id}
    )

    html = response.content.decode()
    deck_row = row(html, f"deck-{deck.pk}")
    assert response.status_code == 200
    assert field_error(deck_row, f"id_review_{deck.pk}_reason") == (
        "Write the reason: it is all the author will see."
    )
    assert "<details open>" in deck_row
    assert admin_messages(html) == [
        (
            "error",
            "Changes were not requested for “Instagram live at the Museo Egizio”: "
            "write the reason first.",
        )
    ]
    assert deck.current_workflow_state.status == "in_progress"
    assert [m for m in mailoutbox if "not published" in m.subject] == []


def test_marking_the_uploader_as_trusted(client, member, editor, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    client.force_login(editor)

    response = client.post(f"{QUEUE}members/{member.profile.pk}/trust/", follow=True)

    html = response.content.decode()
    member.profile.refresh_from_db()
    assert member.profile.is_trusted
    assert admin_messages(html) == [
        ("success", "Ana García is now trusted: their next slides are published without review.")
    ]
    assert "Trusted" in text(row(html, f"deck-{deck.pk}"))
    assert "Mark uploader as trusted" not in html


def test_approving_an_item_another_editor_decided_on_says_so(
    client, member, editor, tmp_path, mailoutbox
):
    deck = uploaded_deck(member, tmp_path)
    seen = deck.latest_revision_id
    approve(deck, editor)
    client.force_login(editor)

    response = client.post(f"{QUEUE}{deck.pk}/approve/", {"revision": seen}, follow=True)

    assert response.status_code == 200
    assert admin_messages(response.content.decode()) == [
        (
            "warning",
            "“Instagram live at the Museo Egizio” is no longer waiting for review: "
            "another editor may have decided.",
        )
    ]
    assert len([m for m in mailoutbox if "published" in m.subject]) == 1


def test_requesting_changes_on_a_deleted_item_says_so(client, member, editor, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    deck_id = deck.pk
    deck.delete()
    client.force_login(editor)

    response = client.post(
        f"{QUEUE}{deck_id}/request-changes/", {"reason": "Blur the faces."}, follow=True
    )

    assert response.status_code == 200
    assert admin_messages(response.content.decode()) == [
        ("warning", "This item no longer exists: it may have been deleted.")
    ]


def test_a_deck_edited_since_the_queue_was_loaded_is_not_approved(client, member, editor, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    seen = deck.latest_revision_id
    services.edit_deck(deck, member, tags=[], speakers=[], title="A title nobody checked")
    client.force_login(editor)

    response = client.post(f"{QUEUE}{deck.pk}/approve/", {"revision": seen}, follow=True)

    deck.refresh_from_db()
    assert admin_messages(response.content.decode()) == [
        (
            "warning",
            "“A title nobody checked” changed since you opened the queue: "
            "look at it again before deciding.",
        )
    ]
    assert not deck.live


@pytest.mark.parametrize(
    ("state", "label"),
    [
        (ProcessingState.PROCESSING, "Processing"),
        (ProcessingState.FAILED, "Could not be processed"),
    ],
)
def test_a_deck_whose_slides_are_not_ready_cannot_be_approved(
    client, member, editor, tmp_path, state, label
):
    deck = uploaded_deck(member, tmp_path)
    # As while a replaced file is processed again, with the deck still in review.
    SlideDeckPage.objects.filter(pk=deck.pk).update(
        processing_state=state, processing_error="The file is damaged."
    )
    client.force_login(editor)

    deck_row = row(client.get(QUEUE).content.decode(), f"deck-{deck.pk}")
    response = client.post(f"{QUEUE}{deck.pk}/approve/", follow=True)

    deck.refresh_from_db()
    assert f'<span class="w-status w-status--primary">{label}</span>' in deck_row
    assert "Can be approved once its slides are processed." in text(deck_row)
    assert "Approve and publish" not in deck_row
    assert "Request changes" in deck_row
    assert admin_messages(response.content.decode()) == [
        (
            "error",
            "“Instagram live at the Museo Egizio” cannot be published before its slides are "
            "processed.",
        )
    ]
    assert not deck.live


def test_anonymous_visitors_are_asked_to_sign_in(client, member, tmp_path):
    deck = uploaded_deck(member, tmp_path)

    page = client.get(QUEUE)
    action = client.post(f"{QUEUE}{deck.pk}/approve/")

    assert page["Location"] == f"/accounts/login/?next={QUEUE}"
    assert action.status_code == 302
    assert action["Location"].startswith("/accounts/login/")
    deck.refresh_from_db()
    assert not deck.live


def test_members_without_admin_access_cannot_review(client, member, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    client.force_login(member)

    page = client.get(QUEUE)
    action = client.post(f"{QUEUE}{deck.pk}/approve/")
    trust = client.post(f"{QUEUE}members/{member.profile.pk}/trust/")

    assert page["Location"] == f"/accounts/login/?next={QUEUE}"
    assert [action.status_code, trust.status_code] == [302, 302]
    deck.refresh_from_db()
    member.profile.refresh_from_db()
    assert not deck.live
    assert not member.profile.is_trusted


def test_event_organizers_have_no_review_queue(client, member, organizer, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    client.force_login(organizer)

    page = client.get(QUEUE, follow=True)
    action = client.post(f"{QUEUE}{deck.pk}/approve/")
    trust = client.post(f"{QUEUE}members/{member.profile.pk}/trust/")
    dashboard = client.get("/admin/").content.decode()

    assert page.redirect_chain == [("/admin/", 302)]
    assert admin_messages(page.content.decode()) == [
        ("error", "Sorry, you do not have permission to access this area.")
    ]
    assert [action["Location"], trust["Location"]] == ["/admin/", "/admin/"]
    assert QUEUE not in dashboard
    deck.refresh_from_db()
    member.profile.refresh_from_db()
    assert not deck.live
    assert not member.profile.is_trusted


def test_editors_find_the_queue_in_the_admin_menu_with_its_count(client, member, editor, tmp_path):
    uploaded_deck(member, tmp_path)
    proposal(member)
    client.force_login(editor)

    dashboard = client.get("/admin/").content.decode()

    assert re.search(
        r'"name": "review-queue", "label": "Review queue \(2\)",.*?"url": "/admin/library/review/"',
        dashboard,
    )


def test_every_action_form_carries_the_csrf_token(member, editor, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    case = proposal(member)
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    html = client.get(QUEUE).content.decode()
    forms = re.findall(r'<form method="post" action="([^"]+)"[^>]*>(.*?)</form>', html, re.S)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', forms[0][1]).group(1)
    response = client.post(
        f"{QUEUE}{deck.pk}/approve/",
        {"csrfmiddlewaretoken": token, "revision": deck.latest_revision_id},
    )

    deck.refresh_from_db()
    assert [action for action, _form in forms] == [
        f"{QUEUE}members/{member.profile.pk}/trust/",
        f"{QUEUE}{deck.pk}/approve/",
        f"{QUEUE}{deck.pk}/request-changes/#deck-{deck.pk}",
        f"{QUEUE}{case.pk}/approve/",
        f"{QUEUE}{case.pk}/request-changes/#case-study-{case.pk}",
    ]
    assert all('name="csrfmiddlewaretoken"' in form for _action, form in forms)
    assert response.status_code == 302
    assert deck.live


def test_actions_only_accept_posts(client, member, editor, tmp_path):
    deck = uploaded_deck(member, tmp_path)
    client.force_login(editor)

    response = client.get(f"{QUEUE}{deck.pk}/approve/")

    deck.refresh_from_db()
    assert response.status_code == 405
    assert not deck.live


def test_review_queue_query_count_is_fixed(
    client, member, editor, tmp_path, django_assert_max_num_queries
):
    def add(decks, proposals, start):
        for number in range(start, start + decks):
            uploaded_deck(
                member, tmp_path, title=f"Open access talk {number}", tags=["open access"]
            )
        for number in range(start, start + proposals):
            proposal(
                member,
                title=f"Open access case {number}",
                institution=institution(name=f"Musée {number}", city="Lyon", country="FR"),
            )

    add(decks=2, proposals=1, start=0)
    client.force_login(editor)
    client.get(QUEUE)

    with CaptureQueriesContext(connection) as three:
        small = client.get(QUEUE).content.decode()
    add(decks=6, proposals=3, start=10)
    # The admin's menus, sidebar and session take most of these; none per item.
    with django_assert_max_num_queries(len(three.captured_queries)):
        large = client.get(QUEUE).content.decode()

    assert (len(titles(small, "slides")), len(titles(small, "case-studies"))) == (2, 1)
    assert (len(titles(large, "slides")), len(titles(large, "case-studies"))) == (8, 4)
    assert text(section(large, "slides")).count("Tags: open access") == 8
    assert CaseStudyPage.objects.filter(live=False).count() == 4
