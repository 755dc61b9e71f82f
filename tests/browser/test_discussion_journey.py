import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from community.models import Profile
from tests.browser.helpers import sign_in
from tests.factories.community import MemberFactory
from tests.factories.resources import uploaded_deck

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def trusted(name):
    user = MemberFactory(display_name=name)
    Profile.objects.filter(user=user).update(is_trusted=True, completed_at="2026-01-01T00:00Z")
    return user


def test_a_member_comments_another_replies_and_the_first_unsubscribes_from_the_email(
    page, live_server, tmp_path, browser
):
    speaker = trusted("Giulia Romano")
    ana, camille = trusted("Ana García"), trusted("Camille Moreau")
    deck = uploaded_deck(speaker, tmp_path, title="Going live on Instagram")  # trusted: live
    mail.outbox.clear()

    sign_in(page, live_server, ana)
    page.goto(f"{live_server.url}{deck.url}")
    page.get_by_label("Your comment").fill("How long did you rehearse the *first* live?")
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator(".comment__body").first).to_contain_text("How long did you rehearse")

    other = browser.new_page()
    sign_in(other, live_server, camille)
    other.goto(f"{live_server.url}{deck.url}")
    other.get_by_role("link", name="Reply to Ana García").click()
    other.get_by_label("Your comment").fill("A full week, with the moderator on a second phone.")
    other.get_by_role("button", name=re.compile("Post|Reply")).click()
    expect(other.get_by_text("A full week, with the moderator on a second phone.")).to_be_visible()
    other.close()

    to_ana = [message for message in mail.outbox if message.to == [ana.email]]
    assert [message.subject for message in to_ana] == [
        "[Vitrine] Camille Moreau replied to you on “Going live on Instagram”"
    ]
    unsubscribe = re.search(r"https?://\S+/members/unsubscribe/\S+/", to_ana[0].body).group(0)
    path = "/" + unsubscribe.split("://", 1)[1].split("/", 1)[1]

    signed_out = browser.new_page()
    signed_out.goto(f"{live_server.url}{path}")
    expect(signed_out.get_by_role("heading", level=1)).to_have_text(
        "You will not get emails about discussions any more"
    )
    assert Profile.objects.get(user=ana).reply_emails == "none"

    page.reload()
    page.locator(".account-menu summary").click()
    expect(page.get_by_role("link", name=re.compile("Notifications"))).to_contain_text("1")
