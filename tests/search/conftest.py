import os

import pytest

from search import indexing

BACKENDS = ["database", "elasticsearch"]


@pytest.fixture(params=BACKENDS)
def backend(request, settings):
    """Each search behaviour test runs on every backend this machine has.

    The database backend always runs (on SQLite or PostgreSQL, whichever the suite uses);
    Elasticsearch when ELASTICSEARCH_URL names a server.
    """
    if request.param == "elasticsearch":
        url = os.environ.get("ELASTICSEARCH_URL")
        if not url:
            pytest.skip("Elasticsearch: set ELASTICSEARCH_URL to a server to run this test on it")
        settings.ELASTICSEARCH_URL = url
        settings.ELASTICSEARCH_INDEX = "vitrine-test"
    else:
        settings.ELASTICSEARCH_URL = ""
    return request.param


@pytest.fixture
def reindex(backend):
    """Build the index from what the test created, as `manage.py search_reindex` does."""
    return indexing.rebuild
