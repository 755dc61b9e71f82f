"""Pages are found as Wagtail finds them, with fewer queries; private sections stay private."""

import pytest
from wagtail.models import PageViewRestriction

from resources.models import LibraryIndexPage
from tests.factories.events import event
from tests.factories.resources import case_study

pytestmark = pytest.mark.django_db


def restrict(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )


def test_pages_and_the_routes_of_routable_pages_are_found(client):
    study = case_study(title="Open access at the Rijksmuseum")
    lisbon = event(title="Vitrine Lisbon 2026")

    assert "Open access at the Rijksmuseum" in client.get(study.url).content.decode()
    assert "Vitrine Lisbon 2026" in client.get(lisbon.url).content.decode()
    # Sub-routes of the events index and of an event, then a slug nobody has.
    assert client.get("/events/calendar.ics")["Content-Type"].startswith("text/calendar")
    assert client.get("/events/feed/")["Content-Type"].startswith("application/atom+xml")
    assert client.get(f"{lisbon.url}calendar.ics")["Content-Type"].startswith("text/calendar")
    assert client.get("/events/no-such-edition/").status_code == 404
    assert client.get(f"{study.url}deeper/").status_code == 404
    assert client.get("/library/no-such-page/").status_code == 404


def test_an_unpublished_page_is_not_found(client):
    draft = case_study(title="A draft", live=False)

    assert client.get(f"/library/{draft.slug}/").status_code == 404


def test_a_private_page_asks_for_its_password_and_stays_out_of_the_library(client):
    private = case_study(title="For members of the board")
    public = case_study(title="Open access at the Rijksmuseum")
    restrict(private)

    page = client.get(private.url).content.decode()
    library = client.get("/library/").content.decode()

    assert "For members of the board" not in library
    assert "Open access at the Rijksmuseum" in library
    assert 'name="password"' in page
    assert "Closed galleries in 2021" not in page
    assert public.url != private.url


def test_a_private_section_covers_the_pages_below_it(client, home_page):
    study = case_study(title="Open access at the Rijksmuseum")
    restrict(LibraryIndexPage.objects.get())

    page = client.get(study.url).content.decode()
    home = client.get("/").content.decode()

    assert 'name="password"' in page
    assert "Closed galleries in 2021" not in page
    assert 'href="/library/"' not in home.split("</nav>", 1)[0]
