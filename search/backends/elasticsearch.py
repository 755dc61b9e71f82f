"""Search on Elasticsearch: one index of entries, always reached through an alias.

Request bodies come from plain functions (index_settings_and_mappings, build_search,
build_suggest, build_correct) and answers are read by plain functions too, so tests pin both
without a server. When the server does not answer, reads are served by the fallback backend.
"""

import datetime
import html
import itertools
import logging
import re
import threading
from contextlib import contextmanager, suppress

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.safestring import mark_safe
from elasticsearch import ApiError, Elasticsearch, NotFoundError, TransportError, helpers
from elasticsearch.dsl import (
    SF,
    Completion,
    Date,
    Document,
    Index,
    InnerDoc,
    Integer,
    Keyword,
    MetaField,
    Nested,
    Q,
    Search,
    Text,
    analyzer,
    token_filter,
)

from search.query import FACETS, FacetValue, Hit, Results, SlideHit, Suggestion

from .base import BackendUnavailable, SearchBackend

logger = logging.getLogger("search")

# A visitor is waiting: give up quickly and answer from the fallback instead.
REQUEST_TIMEOUT = 3
# Bulk loads carry hundreds of documents; nobody waits on them in a browser.
BULK_TIMEOUT = 60
CHUNK_SIZE = 500
# Each word becomes a fuzzy query on every field: past a dozen words, a long paste only
# costs time (and could exceed the server's clause limit) without finding anything better.
MAX_WORDS = 12
# The completion field keeps the first 50 characters of each input (max_input_length).
MAX_PREFIX_LENGTH = 50
SNIPPET_LENGTH = 200
SLIDE_SNIPPET_LENGTH = 120
SLIDES_PER_HIT = 3
VALUES_PER_FACET = 30

# Set while the server is down, so that an outage is logged once rather than per request;
# cleared by the next answer. An Event because requests run in several threads.
outage_logged = threading.Event()


# --- Index: analysis and mappings -------------------------------------------------------

# Words lower-cased and stripped of accents: "Musée" and "musee" are the same word.
folded = analyzer("folded", tokenizer="standard", filter=["lowercase", "asciifolding"])
# Folded words and the pairs and triples they form, for the phrase suggester ("Did you mean").
shingles = analyzer(
    "shingles",
    tokenizer="standard",
    filter=[
        "lowercase",
        "asciifolding",
        token_filter("word_shingles", "shingle", min_shingle_size=2, max_shingle_size=3),
    ],
)


def multilingual_text(extra_fields=None, **kwargs):
    """Text matched as folded words, as English stems (.en) and as French stems (.fr).

    Every text gets both stemmings instead of the one named by entry.language: Elasticsearch
    cannot choose a field's analyser per document, separate title_en/title_fr fields would
    store each text twice and split its highlights, and a query has to be read in both
    languages anyway, since we cannot tell which one a visitor types in. The price is that
    English text also gets French stems, which rarely collide with other words.
    """
    return Text(
        analyzer=folded,
        fields={
            "en": Text(analyzer="english"),
            "fr": Text(analyzer="french"),
            **(extra_fields or {}),
        },
        **kwargs,
    )


def stored_only():
    """A value kept for display: neither searchable nor sortable."""
    return Keyword(index=False, doc_values=False)


class SlideDocument(InnerDoc):
    number = Integer()
    text = multilingual_text()
    thumbnail_url = stored_only()


class EntryDocument(Document):
    """The mapping of search.query.Entry (documents themselves are built by entry_source)."""

    key = Keyword()
    kind = Keyword()
    title = multilingual_text(copy_to="everything")
    body = multilingual_text(copy_to="everything")
    tags = Keyword(fields={"text": Text(analyzer=folded)}, copy_to="everything")
    event_title = Text(analyzer=folded, copy_to="everything")
    # Title, body, tags and event in one field: with operator "and", a query whose words are
    # spread over the title and the body still matches here. Also the spelling dictionary.
    everything = multilingual_text(extra_fields={"shingles": Text(analyzer=shingles)})
    language = Keyword()
    audience = Keyword()
    date = Date()
    year = Integer()
    event_id = Integer()
    country = Keyword()
    url = stored_only()
    image_url = stored_only()
    # Nested, not object: a match and its highlight must come from one slide, and name it.
    slides = Nested(SlideDocument)
    # The audience context is read from the audience field; a request must always name the
    # audiences it may see, or it would be offered every entry.
    suggest = Completion(
        analyzer=folded,
        contexts=[{"name": "audience", "type": "category", "path": "audience"}],
    )

    class Meta:
        # A misspelt field name fails loudly instead of creating an unanalysed field.
        dynamic = MetaField("strict")


def index_settings_and_mappings():
    """Body of the request that creates a concrete entries index."""
    index = Index("entries")
    index.document(EntryDocument)
    # One shard: the site holds thousands of entries, and one shard scores them all alike.
    index.settings(number_of_shards=1)
    return index.to_dict()


def entry_source(entry):
    """The document stored for a search.query.Entry."""
    return {
        "key": entry.key,
        "kind": entry.kind,
        "title": entry.title,
        "body": entry.body,
        "tags": list(entry.tags),
        "event_title": entry.event_title,
        "language": entry.language,
        "audience": entry.audience,
        "date": entry.date.isoformat() if entry.date else None,
        "year": entry.year,
        "event_id": entry.event_id,
        "country": entry.country,
        "url": entry.url,
        "image_url": entry.image_url,
        "slides": [
            {"number": slide.number, "text": slide.text, "thumbnail_url": slide.thumbnail_url}
            for slide in entry.slides
        ],
        # Titles first: a typed prefix should complete to a title before a phrase within.
        "suggest": [
            {"input": [entry.title], "weight": 2},
            *([{"input": list(entry.suggestions), "weight": 1}] if entry.suggestions else []),
        ],
    }


# --- Requests ---------------------------------------------------------------------------

TEXT_FIELDS = [
    "title^3",
    "title.en^3",
    "title.fr^3",
    "tags.text^2",
    "event_title",
    "body",
    "body.en",
    "body.fr",
    "everything",
    "everything.en",
    "everything.fr",
]
SLIDE_FIELDS = ["slides.text", "slides.text.en", "slides.text.fr"]
FACET_FIELDS = {
    "kind": "kind",
    "tag": "tags",
    "year": "year",
    "event": "event_id",
    "country": "country",
    "language": "language",
}
# What a Hit shows: bodies and slides stay on the server, only their highlights come back.
HIT_FIELDS = ["key", "kind", "title", "url", "date", "tags", "image_url", "event_title"]
# The html encoder escapes the text around the marks; safe_snippet makes sure of it.
MARKS = {"pre_tags": ["<mark>"], "post_tags": ["</mark>"], "encoder": "html"}


def clip(text):
    return " ".join(text.split()[:MAX_WORDS])


def words_match(text, fields):
    """Every word in one of these fields, typos forgiven. match/multi_match never parse
    the text as syntax, so quotes, operators and colons are only characters."""
    return Q(
        "multi_match",
        query=text,
        fields=fields,
        type="best_fields",
        fuzziness="AUTO",
        operator="and",
    )


def slides_match(text):
    """Entries with a slide holding every word, returning the best three slides highlighted."""
    return Q(
        "nested",
        path="slides",
        score_mode="max",
        query=words_match(text, SLIDE_FIELDS),
        inner_hits={
            "size": SLIDES_PER_HIT,
            "_source": ["slides.number", "slides.thumbnail_url"],
            "highlight": {
                **MARKS,
                "fields": {
                    "slides.text": {
                        "matched_fields": SLIDE_FIELDS,
                        "number_of_fragments": 1,
                        "fragment_size": SLIDE_SNIPPET_LENGTH,
                        "no_match_size": SLIDE_SNIPPET_LENGTH,
                    }
                },
            },
        },
    )


def filters(query):
    """Who may see it, then the facets: values of one facet OR-ed, except tags (AND)."""
    yield Q("terms", audience=list(query.audiences))
    for field, values in query.field_filters:
        if values:
            yield Q("terms", **{field: list(values)})
    for tag in query.tags:
        yield Q("term", tags=tag)


def favour_recent(query):
    """Scores times 1 to 1.5: recent entries first among equals, yet an old case study keeps
    its full relevance instead of fading to nothing. Undated entries count as old."""
    return Q(
        "function_score",
        query=query,
        functions=[
            SF({"weight": 1}),
            SF("gauss", date={"origin": "now/d", "scale": "730d", "decay": 0.5}, weight=0.5),
        ],
        score_mode="sum",
        boost_mode="multiply",
    )


def build_search(query):
    """The search request for a search.query.Query: hits, highlights and facet counts."""
    text = clip(query.text)
    matching = Q(
        "bool",
        must=[
            Q(
                "bool",
                should=[words_match(text, TEXT_FIELDS), slides_match(text)],
                minimum_should_match=1,
            )
        ],
        filter=list(filters(query)),
    )
    search = Search().source(HIT_FIELDS)[query.offset : query.offset + query.per_page]
    if query.sort == "newest":
        search = search.query(matching).sort(
            {"date": {"order": "desc", "missing": "_last"}}, "_score"
        )
    else:
        search = search.query(favour_recent(matching))
    # Only the body: Hit.title is plain text, so a highlighted title would be thrown away.
    search = search.highlight_options(**MARKS).highlight(
        "body",
        matched_fields=["body", "body.en", "body.fr"],
        number_of_fragments=1,
        fragment_size=SNIPPET_LENGTH,
        no_match_size=SNIPPET_LENGTH,
    )
    for name in FACETS:
        # Aggregations see the query and its filters; buckets come most frequent first.
        search.aggs.bucket(name, "terms", field=FACET_FIELDS[name], size=VALUES_PER_FACET)
    return search


def build_suggest(text, audiences, limit=8):
    """Completions of what has been typed, among entries these audiences may see."""
    return (
        Search()
        .extra(size=0)
        .source(["kind", "url"])
        .suggest(
            "entries",
            text[:MAX_PREFIX_LENGTH],
            completion={
                "field": "suggest",
                "size": limit,
                "skip_duplicates": True,
                "fuzzy": {"fuzziness": "AUTO"},
                "contexts": {"audience": list(audiences)},
            },
        )
    )


def build_correct(text, audiences):
    """A phrase suggestion whose every word occurs in an entry these audiences may see."""
    # collate drops corrections that no visible entry contains, so a word that appears only
    # in members' entries is never offered to the public.
    visible_match = {
        "bool": {
            "must": {"match": {"everything": {"query": "{{suggestion}}", "operator": "and"}}},
            "filter": {"terms": {"audience": list(audiences)}},
        }
    }
    return (
        Search()
        .extra(size=0)
        .suggest(
            "correction",
            clip(text),
            phrase={
                "field": "everything.shingles",
                "size": 1,
                "gram_size": 3,
                "max_errors": 2,
                "direct_generator": [{"field": "everything.shingles", "suggest_mode": "always"}],
                "highlight": {"pre_tag": "<em>", "post_tag": "</em>"},
                "collate": {"query": {"source": visible_match}},
            },
        )
    )


# --- Answers ----------------------------------------------------------------------------

MARK_TAG = re.compile(r"(</?mark>)")


def safe_snippet(fragment):
    """Escaped text with only <mark> and </mark> left as HTML, marked safe for templates.

    Elasticsearch's html encoder already escapes, but whether every path (no_match_size
    fragments, inner hits) does is its business; escaping here makes it ours.
    """
    escaped = "".join(
        part if MARK_TAG.fullmatch(part) else html.escape(html.unescape(part))
        for part in MARK_TAG.split(fragment)
    )
    return mark_safe(escaped)  # noqa: S308 (every piece but the marks escaped above)


def slide_hit(raw):
    source = raw.get("_source", {})
    fragments = raw.get("highlight", {}).get("slides.text", [""])
    return SlideHit(
        # The nested offset counts from 0 and names the slide should the source lack a number.
        number=source.get("number", raw["_nested"]["offset"] + 1),
        snippet=safe_snippet(fragments[0]),
        thumbnail_url=source.get("thumbnail_url", ""),
    )


def hit(raw):
    source = raw["_source"]
    fragments = raw.get("highlight", {}).get("body", [""])
    slides = raw.get("inner_hits", {}).get("slides", {}).get("hits", {}).get("hits", [])
    return Hit(
        key=source["key"],
        kind=source["kind"],
        title=source["title"],
        url=source["url"],
        snippet=safe_snippet(fragments[0]),
        date=datetime.date.fromisoformat(source["date"]) if source.get("date") else None,
        tags=source.get("tags", []),
        image_url=source.get("image_url", ""),
        event_title=source.get("event_title", ""),
        slides=[slide_hit(slide) for slide in slides],
    )


def results_from(response):
    """search.query.Results from the raw answer to build_search."""
    aggregations = response.get("aggregations", {})
    return Results(
        hits=[hit(raw) for raw in response["hits"]["hits"]],
        total=response["hits"]["total"]["value"],
        facets={
            name: [
                FacetValue(value=str(bucket["key"]), count=bucket["doc_count"])
                for bucket in aggregations.get(name, {}).get("buckets", [])
            ]
            for name in FACETS
        },
    )


def suggestions_from(response):
    return [
        Suggestion(
            text=option["text"], kind=option["_source"]["kind"], url=option["_source"]["url"]
        )
        for entry in response["suggest"]["entries"]
        for option in entry["options"]
    ]


def correction_from(response):
    """The corrected text, or None when the suggester changed no word."""
    for entry in response["suggest"]["correction"]:
        for option in entry["options"]:
            if "<em>" in option["highlighted"]:
                return option["text"]
    return None


# --- The backend ------------------------------------------------------------------------


def is_outage(error):
    """The server or our index is not there, as opposed to a request it refused."""
    if isinstance(error, TransportError):  # no connection, timeout, TLS failure
        return True
    return error.meta.status == 404 or error.meta.status >= 500


@contextmanager
def server_errors():
    try:
        yield
    except (TransportError, ApiError) as error:
        if not is_outage(error):
            raise
        raise BackendUnavailable(f"Elasticsearch: {error}") from error


def log_outage(error):
    if not outage_logged.is_set():
        outage_logged.set()
        logger.warning("Elasticsearch did not answer, searching with the fallback: %s", error)


def chunked(iterable, size):
    iterator = iter(iterable)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


class ElasticsearchBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, url=None, index_prefix=None, fallback=None):
        self.url = url or getattr(settings, "ELASTICSEARCH_URL", "")
        if not self.url:
            raise ImproperlyConfigured("ELASTICSEARCH_URL is empty: use the database backend.")
        prefix = index_prefix or getattr(settings, "ELASTICSEARCH_INDEX", "vitrine")
        self.alias = f"{prefix}-entries"
        self._fallback = fallback
        self.client = Elasticsearch(
            self.url, request_timeout=REQUEST_TIMEOUT, max_retries=1, retry_on_timeout=False
        )

    @property
    def fallback(self):
        if self._fallback is None:
            # Imported late: most processes never need it, and it imports the models.
            from search.backends.database import DatabaseBackend

            self._fallback = DatabaseBackend()
        return self._fallback

    # Reads: answered by the fallback while the server is away.

    def search(self, query):
        try:
            response = self._read(build_search(query))
        except BackendUnavailable as error:
            log_outage(error)
            return self.fallback.search(query)
        return results_from(response)

    def suggest(self, text, audiences, limit=8):
        # No audience would mean no context, and the completion suggester would offer everything.
        if not text.strip() or not audiences:
            return []
        try:
            response = self._read(build_suggest(text, audiences, limit))
        except BackendUnavailable as error:
            log_outage(error)
            return self.fallback.suggest(text, audiences, limit)
        return suggestions_from(response)

    def correct(self, text, audiences):
        if not text.strip() or not audiences:
            return None
        try:
            response = self._read(build_correct(text, audiences))
        except BackendUnavailable as error:
            log_outage(error)
            return self.fallback.correct(text, audiences)
        return correction_from(response)

    def _read(self, search):
        with server_errors():
            response = search.using(self.client).index(self.alias).execute()
        outage_logged.clear()
        return response.to_dict()

    # Writes: raise BackendUnavailable, so that indexing jobs retry later.

    def index(self, entries):
        actions = (self._action(self.alias, entry) for entry in entries)
        # require_alias: without the alias, a write would create an unmapped index in its place.
        self._bulk(actions, require_alias=True)

    def remove(self, keys):
        actions = ({"_op_type": "delete", "_index": self.alias, "_id": key} for key in keys)
        self._bulk(actions, ignore_status=404)

    def rebuild(self, entries, progress=None):
        """Load a new concrete index, then move the alias onto it in one atomic step."""
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S%f")
        new_index = f"{self.alias}-{stamp}"
        client = self.client.options(request_timeout=BULK_TIMEOUT)
        with server_errors():
            client.indices.create(index=new_index, **index_settings_and_mappings())
        swapped = False
        try:
            done = 0
            for chunk in chunked(entries, CHUNK_SIZE):
                self._bulk(self._action(new_index, entry) for entry in chunk)
                done += len(chunk)
                if progress:
                    progress(done)
            with server_errors():
                client.indices.refresh(index=new_index)
                previous = self._indices_behind_alias(client)
                client.indices.update_aliases(
                    actions=[
                        *({"remove": {"index": name, "alias": self.alias}} for name in previous),
                        {"add": {"index": new_index, "alias": self.alias}},
                    ]
                )
            swapped = True
        finally:
            if not swapped:
                # Leave no half-loaded index behind; the server may be gone, so try only once.
                with suppress(TransportError, ApiError):
                    client.indices.delete(index=new_index)
        with server_errors():
            for name in previous:
                client.indices.delete(index=name)

    def _indices_behind_alias(self, client):
        try:
            return sorted(client.indices.get_alias(name=self.alias))
        except NotFoundError:
            return []

    def _action(self, index, entry):
        return {"_index": index, "_id": entry.key, "_source": entry_source(entry)}

    def _bulk(self, actions, **options):
        client = self.client.options(request_timeout=BULK_TIMEOUT)
        with server_errors():
            try:
                helpers.bulk(client, actions, chunk_size=CHUNK_SIZE, **options)
            except helpers.BulkIndexError as error:
                # Every write refused as "no such index": the alias is missing.
                if all(failed_item_status(item) == 404 for item in error.errors):
                    raise BackendUnavailable(
                        f"{self.alias} does not exist: run manage.py search_reindex."
                    ) from error
                raise


def failed_item_status(item):
    (result,) = item.values()
    return result.get("status")
