"""The library's filter choices are counted over the whole library once per change."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.resources import case_study

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def content_cache(settings):
    settings.CONTENT_CACHE_SECONDS = 300


def test_filter_choices_are_kept_until_content_changes(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        case_study(title="Podcasts from the stores", tags=["podcasts"])
    # A capture reads the query log when asked, and later requests empty it: count at once.
    with CaptureQueriesContext(connection) as capture:
        first = client.get("/library/").content.decode()
    counted = len(capture)
    with CaptureQueriesContext(connection) as capture:
        again = client.get("/library/").content.decode()
    remembered = len(capture)

    with django_capture_on_commit_callbacks(execute=True):
        case_study(title="Wikidata for the archive", tags=["wikidata"])
    after = client.get("/library/").content.decode()

    assert 'value="podcasts"' in first
    assert again == first
    assert remembered <= counted - 4  # tags twice, countries, meetups
    assert 'value="wikidata"' not in first
    assert 'value="wikidata"' in after
