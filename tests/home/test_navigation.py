"""The main navigation, kept with the content cache until content changes."""

import re

import pytest

from community.models import EventIndexPage

pytestmark = pytest.mark.django_db


def menu(html):
    nav = html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="([^"]+)"', nav)


@pytest.mark.parametrize("seconds", [0, 300])
def test_the_menu_follows_the_sections_published(
    client, home_page, settings, seconds, django_capture_on_commit_callbacks
):
    settings.CONTENT_CACHE_SECONDS = seconds
    before = menu(client.get("/").content.decode())

    with django_capture_on_commit_callbacks(execute=True):
        EventIndexPage.objects.get().unpublish()
    after = menu(client.get("/").content.decode())

    assert before == ["/library/", "/events/", "/members/", "/search/"]
    assert after == ["/library/", "/members/", "/search/"]
