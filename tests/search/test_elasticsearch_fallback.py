"""When Elasticsearch does not answer, reads come from the fallback backend and writes fail
with BackendUnavailable. The server is a closed port, or a few lines of http.server standing
in for Elasticsearch at the network boundary."""

import json
import logging
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from search.backends import elasticsearch as elasticsearch_backend
from search.backends.base import BackendUnavailable, SearchBackend
from search.backends.elasticsearch import ElasticsearchBackend
from search.query import Entry, FacetValue, Hit, Query, Results, Suggestion

CANNED_RESULTS = Results(
    hits=[Hit(key="deck:1", kind="deck", title="From the database", url="/d/1/", snippet="")],
    total=1,
)
CANNED_SUGGESTIONS = [Suggestion(text="museum", kind="tag", url="/tags/museum/")]
# Generous: a refused connection takes milliseconds, a timeout would take REQUEST_TIMEOUT.
QUICK = 2.0


class RecordingBackend(SearchBackend):
    """Answers every read with canned values and remembers what it was asked."""

    name = "recording"

    def __init__(self):
        self.calls = []

    def search(self, query):
        self.calls.append(("search", query))
        return CANNED_RESULTS

    def suggest(self, text, audiences, limit=8):
        self.calls.append(("suggest", text, audiences, limit))
        return CANNED_SUGGESTIONS

    def correct(self, text, audiences):
        self.calls.append(("correct", text, audiences))
        return "museum"


class FakeElasticsearch(BaseHTTPRequestHandler):
    """Answers any search with one hit, as Elasticsearch 9 would."""

    answer = {
        "took": 1,
        "timed_out": False,
        "hits": {
            "total": {"value": 1, "relation": "eq"},
            "hits": [
                {
                    "_index": "vitrine-entries-1",
                    "_id": "casestudy:3",
                    "_score": 1.0,
                    "_source": {
                        "key": "casestudy:3",
                        "kind": "casestudy",
                        "title": "From Elasticsearch",
                        "url": "/cs/3/",
                    },
                    "highlight": {"body": ["An <mark>answer</mark>"]},
                }
            ],
        },
        "aggregations": {"kind": {"buckets": [{"key": "casestudy", "doc_count": 1}]}},
    }

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps(self.answer).encode()
        self.send_response(200)
        # The client refuses servers that do not say they are Elasticsearch.
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


class Warnings(logging.Handler):
    """Warnings of the "search" logger. The suite runs with `-p no:logging`, so no caplog."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture
def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def fallback():
    return RecordingBackend()


@pytest.fixture
def backend(settings, closed_port, fallback):
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{closed_port}"
    settings.ELASTICSEARCH_INDEX = "vitrine"
    elasticsearch_backend.outage_logged.clear()
    backend = ElasticsearchBackend(fallback=fallback)
    yield backend
    backend.client.close()
    elasticsearch_backend.outage_logged.clear()


@pytest.fixture
def search_warnings():
    handler = Warnings()
    logger = logging.getLogger("search")
    logger.addHandler(handler)
    yield handler.records
    logger.removeHandler(handler)


@pytest.fixture
def start_server(closed_port):
    """Start the fake server on the port that was closed until then."""
    servers = []

    def start():
        server = ThreadingHTTPServer(("127.0.0.1", closed_port), FakeElasticsearch)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def stop(server):
    server.shutdown()
    server.server_close()


def test_search_answers_from_fallback_quickly_when_server_is_down(backend, fallback):
    query = Query(text="museum")

    started = time.monotonic()
    answers = [backend.search(query) for _ in range(3)]
    elapsed = time.monotonic() - started

    assert answers == [CANNED_RESULTS] * 3
    assert fallback.calls == [("search", query)] * 3
    assert elapsed < QUICK


def test_suggest_and_correct_answer_from_fallback_when_server_is_down(backend, fallback):
    started = time.monotonic()
    suggestions = backend.suggest("mus", ("public",), limit=5)
    correction = backend.correct("musuem", ("public", "members"))
    elapsed = time.monotonic() - started

    assert suggestions == CANNED_SUGGESTIONS
    assert correction == "museum"
    assert fallback.calls == [
        ("suggest", "mus", ("public",), 5),
        ("correct", "musuem", ("public", "members")),
    ]
    assert elapsed < QUICK


def test_outage_is_logged_once_for_several_requests(backend, search_warnings):
    for text in ("museum", "gallery", "archive"):
        backend.search(Query(text=text))
    backend.suggest("mus", ("public",))
    backend.correct("musuem", ("public",))

    assert len(search_warnings) == 1
    assert search_warnings[0].getMessage().startswith("Elasticsearch did not answer")


def test_outage_is_logged_again_after_a_search_succeeded(
    backend, fallback, search_warnings, start_server
):
    backend.search(Query(text="museum"))
    server = start_server()
    answer = backend.search(Query(text="museum"))
    stop(server)
    backend.search(Query(text="museum"))
    backend.search(Query(text="museum"))

    assert answer.hits[0].title == "From Elasticsearch"
    assert answer.facets["kind"] == [FacetValue("casestudy", 1)]
    assert len(fallback.calls) == 3
    assert len(search_warnings) == 2


def test_suggest_without_audience_asks_no_one(backend, fallback, search_warnings):
    suggestions = backend.suggest("mus", ())

    assert suggestions == []
    assert fallback.calls == []
    assert search_warnings == []


def test_index_raises_backend_unavailable_when_server_is_down(backend):
    entry = Entry(key="deck:1", kind="deck", title="Slides", url="/d/1/")

    with pytest.raises(BackendUnavailable):
        backend.index([entry])


def test_remove_raises_backend_unavailable_when_server_is_down(backend):
    with pytest.raises(BackendUnavailable):
        backend.remove(["deck:1"])


def test_rebuild_raises_backend_unavailable_when_server_is_down(backend):
    entry = Entry(key="deck:1", kind="deck", title="Slides", url="/d/1/")

    with pytest.raises(BackendUnavailable):
        backend.rebuild([entry])
