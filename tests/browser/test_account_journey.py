import re

import pytest
from django.core import mail
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_sign_up_verify_sign_out_and_in_again(page, live_server):
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Join", exact=True).click()
    page.get_by_label("Your name").fill("Inês Carvalho")
    page.get_by_label("Email").fill("ines@mnaa.pt")
    page.get_by_label("Password", exact=True).fill("acessibilidade para todos")
    page.get_by_label("Password (again)").fill("acessibilidade para todos")
    page.get_by_role("button", name="Sign Up").click()

    expect(page.get_by_text("Please confirm your email address")).to_be_visible()
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body).group(0)
    assert link.startswith(live_server.url.replace("127.0.0.1", "localhost")) or link.startswith(
        live_server.url
    )
    page.goto(link)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_text("Please confirm your email address")).to_have_count(0)

    page.get_by_text("Inês Carvalho").click()
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("link", name="Sign in").first).to_be_visible()

    page.get_by_role("link", name="Sign in").first.click()
    page.get_by_label("Email").fill("ines@mnaa.pt")
    page.get_by_label("Password").fill("acessibilidade para todos")
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator(".account-menu summary")).to_contain_text("Inês Carvalho")

    page.locator(".account-menu summary").click()
    page.get_by_role("button", name="Sign out").click()
    expect(page.locator(".account-menu summary")).to_have_count(0)


def test_signup_errors_are_announced_next_to_the_field(page, live_server):
    page.goto(f"{live_server.url}/accounts/signup/")
    page.get_by_label("Your name").fill("Eero Virtanen")
    page.get_by_label("Email").fill("eero@hkm.fi")
    page.get_by_label("Password", exact=True).fill("short")
    page.get_by_label("Password (again)").fill("short")
    page.get_by_role("button", name="Sign Up").click()

    password = page.get_by_label("Password", exact=True)
    expect(password).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_password1_error")).to_contain_text("too short")
    expect(page.get_by_label("Your name")).to_have_value("Eero Virtanen")
    expect(page.get_by_label("Email")).to_have_value("eero@hkm.fi")


def test_keyboard_users_can_skip_to_the_content(page, live_server):
    page.goto(f"{live_server.url}/")

    page.keyboard.press("Tab")

    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
