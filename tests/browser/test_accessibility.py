"""axe-core finds no WCAG A or AA violation on the pages a newcomer sees first, in light and dark."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def violations(page):
    results = Axe().run(page, options=WCAG_AA)
    return [
        (v["id"], [node["target"] for node in v["nodes"]]) for v in results.response["violations"]
    ]


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
        "/search/?q=museum",
        "/nope/",
    ],
)
def test_pages_have_no_accessibility_violations(page, live_server, path, color_scheme):
    page.emulate_media(color_scheme=color_scheme)

    page.goto(f"{live_server.url}{path}")

    assert violations(page) == []


def test_form_errors_have_no_accessibility_violations(page, live_server):
    page.goto(f"{live_server.url}/accounts/signup/")
    page.evaluate("document.querySelector('form.form').noValidate = true")
    page.get_by_role("button", name="Sign Up").click()

    expect(page.locator(".field__errors")).to_have_count(4)
    assert violations(page) == []


def test_account_menu_has_no_accessibility_violations(page, live_server, member):
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill("correct horse battery staple")
    page.get_by_role("button", name="Sign In").click()
    page.locator(".account-menu summary").click()

    assert violations(page) == []


def test_library_pages_have_no_accessibility_violations(
    page, live_server, member, editor, tmp_path
):
    from tests.factories.resources import approve, case_study, uploaded_deck

    deck = approve(uploaded_deck(member, tmp_path, tags=["instagram"]), editor)
    story = case_study(tags=["instagram"], decks=[deck])
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill("correct horse battery staple")
    page.get_by_role("button", name="Sign In").click()

    found = {}
    paths = [
        "/library/",
        "/library/?kind=slides&tag=instagram",
        deck.url,
        story.url,
        "/tags/instagram/",
        "/library/upload/",
        "/library/propose/",
        f"/library/uploads/{deck.pk}/",
        f"/library/uploads/{deck.pk}/edit/",
        f"/library/uploads/{deck.pk}/delete/",
        "/library/uploads/",
        f"/library/decks/{deck.pk}/embed/",
    ]
    for path in paths:
        page.goto(f"{live_server.url}{path}")
        found[path] = violations(page)
    page.goto(f"{live_server.url}/library/upload/")
    page.evaluate("document.querySelector('form.form').noValidate = true")
    page.get_by_role("button", name="Upload").click()
    expect(page.locator("#id_file_error")).to_be_visible()
    found["upload errors"] = violations(page)

    assert found == {path: [] for path in found}


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_community_pages_have_no_accessibility_violations(
    page, live_server, member, editor, tmp_path, color_scheme
):
    from community import discussions
    from community.models import Profile
    from tests.factories.events import event
    from tests.factories.resources import approve, uploaded_deck

    Profile.objects.filter(user=member).update(
        headline="Head of digital", organisation="Museo Egizio", country="IT", bio="*Hello*"
    )
    member.profile.refresh_from_db()
    member.profile.expertise.set(["instagram"])
    meetup = event(
        sessions=[("Instagram live", 0, "10:00", "10:30", [member.profile, ("Rui Costa", "", "")])]
    )
    deck = approve(
        uploaded_deck(member, tmp_path, event=meetup, session=meetup.sessions.get()), editor
    )
    Profile.objects.filter(user=member).update(is_trusted=True)
    member.profile.refresh_from_db()
    discussions.post_comment(member.profile, deck, "Questions welcome, about *any* slide.")
    page.emulate_media(color_scheme=color_scheme)
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill("correct horse battery staple")
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator(".account-menu summary")).to_be_visible()

    found = {}
    for path in [
        "/members/",
        "/members/?q=nobody",
        "/members/ana-garcia/",
        "/members/me/edit/",
        "/members/me/settings/",
        "/members/me/notifications/",
        "/members/me/delete/",
        "/privacy/",
        "/events/",
        meetup.url,
        deck.url,
    ]:
        page.goto(f"{live_server.url}{path}")
        found[path] = violations(page)

    assert found == {path: [] for path in found}
