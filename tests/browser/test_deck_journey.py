import re

import pytest
from playwright.sync_api import expect

from resources.demo_files import make_pdf
from tests.browser.helpers import sign_in
from tests.factories.files import SLIDES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_member_uploads_an_editor_approves_and_a_visitor_reads_the_slides(
    page, live_server, member, editor, tmp_path, browser
):
    pdf = make_pdf(
        tmp_path / "instagram-live.pdf", [(title, lines) for title, lines, _notes in SLIDES]
    )

    sign_in(page, live_server, member)
    page.locator(".account-menu summary").click()
    page.get_by_role("link", name="Upload slides").click()
    page.get_by_label("Presentation file").set_input_files(pdf)
    page.get_by_label("Title").fill("Instagram live at the Museo Egizio")
    page.get_by_label("Tags").fill("instagram, live streaming")
    page.get_by_role("button", name="Upload").click()
    expect(page.get_by_text("Awaiting review")).to_be_visible()
    expect(page.locator(".slide-grid img")).to_have_count(3)
    page.goto(f"{live_server.url}/library/uploads/")  # leave the page that polls for its status

    editor_page = browser.new_page()
    sign_in(editor_page, live_server, editor)
    editor_page.goto(f"{live_server.url}/admin/")
    editor_page.get_by_role("link", name="Instagram live at the Museo Egizio").first.click()
    editor_page.get_by_role("button", name=re.compile("More actions")).click()
    editor_page.get_by_role("button", name="Approve and Publish").click()
    expect(editor_page.locator(".messages")).to_contain_text("Instagram live at the Museo Egizio")
    editor_page.close()

    visitor = browser.new_page()
    visitor.goto(f"{live_server.url}/library/")
    visitor.get_by_role("link", name="Instagram live at the Museo Egizio").click()
    expect(visitor.locator(".deck-viewer__counter")).to_have_text("Slide 1 of 3")
    visitor.locator("[data-deck-viewer]").focus()
    visitor.keyboard.press("ArrowRight")
    expect(visitor.locator(".deck-viewer__counter")).to_have_text("Slide 2 of 3")
    expect(visitor.locator("#slide-2 img")).to_be_visible()
    expect(visitor.locator("#slide-1 img")).to_be_hidden()
    assert visitor.url.endswith("#slide-2")
    visitor.get_by_role("button", name="Next slide").click()
    expect(visitor.locator(".deck-viewer__counter")).to_have_text("Slide 3 of 3")
    expect(visitor.get_by_role("button", name="Next slide")).to_be_disabled()

    visitor.goto(visitor.url.split("#")[0] + "#slide-2")
    visitor.reload()
    expect(visitor.locator(".deck-viewer__counter")).to_have_text("Slide 2 of 3")

    embed_src = re.search(
        r'src="([^"]+/embed/)"', visitor.locator("#embed-code").input_value()
    ).group(1)
    visitor.goto(embed_src)
    expect(visitor.locator(".deck-viewer__counter")).to_have_text("Slide 1 of 3")
    expect(visitor.locator(".site-header")).to_have_count(0)
    expect(visitor.get_by_role("link", name="Instagram live at the Museo Egizio")).to_be_visible()


def test_the_tag_field_suggests_existing_tags_while_typing(page, live_server, member):
    from tests.factories.resources import case_study

    case_study(tags=["social media"])
    sign_in(page, live_server, member)
    page.goto(f"{live_server.url}/library/upload/")

    page.get_by_label("Tags").press_sequentially("museum, soc")

    expect(page.locator("#tag-suggestions option")).to_have_attribute(
        "value", "museum, social media"
    )
