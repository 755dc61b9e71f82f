import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories.events import event

pytestmark = pytest.mark.django_db


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def listed(html):
    """The titles of the editions the index shows, in order."""
    return re.findall(r'<a href="/events/[\w-]+/">([^<]+)</a>', html)


@pytest.fixture
def editions():
    today = timezone.localdate()
    return {
        "porto": event(
            title="Vitrine Porto 2024", starts_on=datetime.date(2024, 5, 2), city="Porto"
        ),
        "riga": event(
            title="Vitrine Riga 2025",
            starts_on=datetime.date(2025, 5, 8),
            city="Riga",
            country="LV",
        ),
        "lisbon": event(
            title="Vitrine Lisbon 2025",
            starts_on=datetime.date(2025, 10, 9),
            city="Lisbon",
        ),
        "ghent": event(
            title="Vitrine Ghent",
            starts_on=today + datetime.timedelta(days=60),
            city="Ghent",
            country="BE",
        ),
    }


def test_the_index_offers_the_years_and_countries_of_its_editions(client, editions):
    html = client.get("/events/").content.decode()
    form = html.split('class="event-filters"')[1].split("</form>")[0]

    year_select, country_select = form.split('name="country"')
    years = re.findall(r'<option value="(\d*)"', year_select)
    countries = re.findall(r'<option value="([A-Z]*)"[^>]*>([^<]+)<', country_select)
    assert years == ["", str(editions["ghent"].starts_on.year), "2025", "2024"]
    assert countries == [
        ("", "Any country"),
        ("BE", "Belgium"),
        ("LV", "Latvia"),
        ("PT", "Portugal"),
    ]
    assert "Clear filters" not in form


def test_the_index_filters_by_year(client, editions):
    html = client.get("/events/?year=2025").content.decode()

    assert listed(html) == ["Vitrine Lisbon 2025", "Vitrine Riga 2025"]
    assert '<option value="2025" selected>2025</option>' in html
    assert '<a href="/events/">Clear filters</a>' in html


def test_the_index_filters_by_country_and_year_together(client, editions):
    by_country = client.get("/events/?country=PT").content.decode()
    both = client.get("/events/?year=2025&country=PT").content.decode()

    assert listed(by_country) == ["Vitrine Lisbon 2025", "Vitrine Porto 2024"]
    assert listed(both) == ["Vitrine Lisbon 2025"]


def test_the_next_meetup_is_the_next_one_that_matches(client, editions):
    today = timezone.localdate()
    event(title="Vitrine Braga", starts_on=today + datetime.timedelta(days=200), city="Braga")

    html = client.get("/events/?country=PT").content.decode()
    text = text_of(html)

    assert "Next meetup Vitrine Braga" in text
    assert "Vitrine Ghent" not in text


def test_filters_that_match_nothing_say_so(client, editions):
    html = client.get("/events/?year=2024&country=LV").content.decode()
    text = text_of(html)

    assert listed(html) == []
    assert "No meetup matches" in text
    assert "No meetup is announced yet" not in text
    assert html.count('href="/events/"') >= 2  # the clear link of the form and of the message


@pytest.mark.parametrize(
    "query",
    [
        "year=abc",
        "year=2025abc",
        "year=-1",
        "year=99999999999999999999",
        "country=%3Cscript%3Ealert(1)%3C/script%3E",
        "country=ZZ",
        "year=&country=",
        "year=abc&country=%22%3E%3Cscript%3E",
    ],
)
def test_hostile_filters_are_ignored_and_never_echoed(client, editions, query):
    response = client.get(f"/events/?{query}")
    html = response.content.decode()
    main = html.split('<main id="main"')[1].split("</main>")[0]

    assert response.status_code == 200
    assert listed(html) == [
        "Vitrine Ghent",
        "Vitrine Lisbon 2025",
        "Vitrine Riga 2025",
        "Vitrine Porto 2024",
    ]
    assert "<script>alert(1)" not in html
    assert "alert(1)" not in main
    assert "abc" not in main
    assert "Clear filters" not in main


def test_a_valid_filter_still_applies_next_to_a_hostile_one(client, editions):
    html = client.get("/events/?year=abc&country=LV").content.decode()

    assert listed(html) == ["Vitrine Riga 2025"]
    assert "Clear filters" in html


def test_an_index_with_one_edition_has_no_filters(client):
    event()

    html = client.get("/events/").content.decode()

    assert 'class="event-filters"' not in html


def test_the_index_links_its_calendar_and_news_feed(client, home_page):
    html = client.get("/events/").content.decode()
    head = html.split("</head>")[0]

    assert '<link rel="alternate" type="application/atom+xml" href="/events/feed/"' in head
    assert '<link rel="alternate" type="text/calendar" href="/events/calendar.ics"' in head
    assert 'href="webcal://testserver/events/calendar.ics"' in html
    assert '<a href="/events/calendar.ics" type="text/calendar">' in html
    assert '<a href="/events/feed/" type="application/atom+xml">' in html


@pytest.mark.parametrize("query", ["", "?year=2025&country=PT"])
def test_the_index_takes_as_many_queries_for_three_editions_as_for_one(client, query):
    def queries():
        client.get(f"/events/{query}")  # warm the caches of the site's root paths
        with CaptureQueriesContext(connection) as captured:
            client.get(f"/events/{query}")
        return len(captured)

    event(title="Vitrine Lisbon 2025", starts_on=datetime.date(2025, 10, 9))
    one = queries()
    event(title="Vitrine Porto 2025", starts_on=datetime.date(2025, 5, 2), city="Porto")
    event(title="Vitrine Riga 2025", starts_on=datetime.date(2025, 5, 8), country="LV")
    three = queries()

    assert one == three
