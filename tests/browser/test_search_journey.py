import pytest
from playwright.sync_api import expect

from tests.factories.resources import approve, case_study, uploaded_deck

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_visitor_picks_a_suggestion_narrows_results_and_lands_on_the_slide(
    page, live_server, member, editor, tmp_path
):
    case_study(title="Instagram live tours in Turin", tags=["Instagram"])
    case_study(title="A podcast about Instagram", tags=["Podcasts"])
    deck = approve(uploaded_deck(member, tmp_path, title="Going live with one phone"), editor)

    # Suggestions while typing, chosen with the keyboard.
    page.goto(f"{live_server.url}/search/")
    page.get_by_role("combobox", name="Search Vitrine").fill("instagram li")
    expect(page.get_by_role("option").first).to_contain_text("Instagram live tours in Turin")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Instagram live tours in Turin")

    # A search, then a facet: the state stays in the address.
    page.goto(f"{live_server.url}/search/?q=instagram")
    expect(page.locator(".search-summary")).to_contain_text("3 results for “instagram”")
    page.get_by_role("link", name="Podcasts 1").click()
    expect(page).to_have_url(f"{live_server.url}/search/?q=instagram&tag=Podcasts")
    expect(page.locator(".hit__title")).to_have_text(["A podcast about Instagram"])

    # A word on a slide leads to that very slide.
    page.goto(f"{live_server.url}/search/?q=gimbal")
    page.get_by_role("link", name="Slide 1").click()
    expect(page).to_have_url(f"{live_server.url}{deck.url}#slide-1")
