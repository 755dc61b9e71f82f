import gzip
import re

import pytest
from django.contrib.staticfiles import finders

from tests.factories.events import event
from tests.factories.resources import approve, uploaded_deck

# The performance issue's budget: the CSS and JavaScript of any page, gzipped, together.
BUDGET_BYTES = 50 * 1024

# Processing an upload with immediate tasks needs the transaction to commit.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def stylesheets_and_scripts(html):
    """The addresses of the stylesheets and scripts that a page loads."""
    links = re.findall(r"<link [^>]*>", html)
    styles = [
        re.search(r'href="([^"]+)"', link).group(1)
        for link in links
        if re.search(r'rel="stylesheet"', link)
    ]
    scripts = re.findall(r'<script [^>]*src="([^"]+)"', html)
    return styles + scripts


def gzipped_size(address):
    """The size gzipped of a static file of ours, read through the static files finders."""
    assert address.startswith("/static/"), f"{address} is not one of our static files"
    path = finders.find(address.removeprefix("/static/").split("?")[0])
    assert path, f"{address} is not found by the static files finders"
    with open(path, "rb") as file:
        return len(gzip.compress(file.read(), compresslevel=9))


def test_pages_load_only_our_own_css_and_js_under_the_budget(
    client, home_page, member, editor, tmp_path
):
    deck = approve(uploaded_deck(member, tmp_path), editor)
    meetup = event(sessions=[("Opening", 0, "09:00", "09:30")])
    pages = ["/", "/library/", deck.url, meetup.url, "/search/?q=instagram"]

    weights = {}
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        addresses = stylesheets_and_scripts(response.content.decode())
        weights[path] = sum(gzipped_size(address) for address in addresses)

    assert {path: weight < BUDGET_BYTES for path, weight in weights.items()} == dict.fromkeys(
        pages, True
    ), weights
    assert all(weight > 0 for weight in weights.values())
