from playwright.sync_api import expect

from tests.factories.community import PASSWORD


def sign_in(page, live_server, user):
    """Sign in through the site's own form, as a person would."""
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator(".account-menu summary")).to_be_visible()
