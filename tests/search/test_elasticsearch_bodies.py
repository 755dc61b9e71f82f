"""The requests the Elasticsearch backend sends, pinned to reviewed JSON files, and how it reads
the answers. No server needed.

After a deliberate change, rewrite the files with `WRITE_ES_BODIES=1 pytest <this file>`, then
review the diff of tests/search/elasticsearch/ as carefully as code.
"""

import datetime
import difflib
import json
import os
from pathlib import Path

import pytest
from django.utils.safestring import SafeString

from search.backends.elasticsearch import (
    MAX_PREFIX_LENGTH,
    build_correct,
    build_search,
    build_suggest,
    clip,
    correction_from,
    entry_source,
    index_settings_and_mappings,
    results_from,
    safe_snippet,
    suggestions_from,
)
from search.query import (
    FACETS,
    Entry,
    FacetValue,
    Hit,
    Query,
    Results,
    SlideHit,
    SlideText,
    Suggestion,
)

BODIES = Path(__file__).parent / "elasticsearch"
HOSTILE = [
    '"unclosed',
    "AND OR NOT",
    "*",
    "field:value",
    "<script>alert(1)</script>",
    "\x00",
    "x" * 1000,
    "musée " * 200,
]
# Queries that read operators or patterns in their text ("prefix" is left out: the completion
# suggester names its input so).
SYNTAX_QUERIES = {"query_string", "simple_query_string", "regexp", "wildcard", "script"}


def pretty(body):
    return json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False).splitlines()


def assert_matches_file(body, name):
    path = BODIES / name
    # Through JSON, as the server reads it: tuples become lists.
    actual = json.loads(json.dumps(body))
    if os.environ.get("WRITE_ES_BODIES"):
        path.write_text("\n".join(pretty(actual)) + "\n")
    expected = json.loads(path.read_text())

    assert actual == expected, "\n".join(
        difflib.unified_diff(pretty(expected), pretty(actual), str(path), "built", lineterm="")
    )


def leaves(body, path=()):
    """(path, value) for every value in a JSON body, paths as dotted strings."""
    if isinstance(body, dict):
        for key, value in body.items():
            yield from leaves(value, (*path, key))
    elif isinstance(body, list):
        for index, value in enumerate(body):
            yield from leaves(value, (*path, str(index)))
    else:
        yield ".".join(path), body


def keys(body):
    if isinstance(body, dict):
        for key, value in body.items():
            yield key
            yield from keys(value)
    elif isinstance(body, list):
        for value in body:
            yield from keys(value)


def paths_holding(body, text):
    return {path for path, value in leaves(body) if isinstance(value, str) and text in value}


def test_index_mappings_match_reviewed_file():
    body = index_settings_and_mappings()

    assert_matches_file(body, "mappings.json")


def test_search_body_simple_matches_reviewed_file():
    body = build_search(Query(text="musée numérique")).to_dict()

    assert_matches_file(body, "search_simple.json")


def test_search_body_faceted_newest_matches_reviewed_file():
    query = Query(
        text="open access",
        audiences=("public", "members"),
        kinds=("casestudy", "deck"),
        tags=("imaging", "open-access"),
        years=(2023, 2024),
        events=(7,),
        countries=("FR",),
        languages=("fr",),
        sort="newest",
        page=3,
        per_page=10,
    )

    body = build_search(query).to_dict()

    assert_matches_file(body, "search_faceted_newest.json")


def test_suggest_body_matches_reviewed_file():
    body = build_suggest("mus", ("public",), limit=5).to_dict()

    assert_matches_file(body, "suggest.json")


def test_correct_body_matches_reviewed_file():
    body = build_correct("musee colection", ("public", "members")).to_dict()

    assert_matches_file(body, "correct.json")


@pytest.mark.parametrize("text", HOSTILE)
def test_search_hostile_input_is_only_a_match_query(text):
    body = build_search(Query(text=text)).to_dict()

    must = "query.function_score.query.bool.must.0.bool.should"
    assert paths_holding(body, clip(text)) == {
        f"{must}.0.multi_match.query",
        f"{must}.1.nested.query.multi_match.query",
    }
    assert {value for path, value in leaves(body) if path.endswith("multi_match.query")} == {
        clip(text)
    }
    assert set(keys(body)) & SYNTAX_QUERIES == set()


@pytest.mark.parametrize("text", HOSTILE)
def test_suggest_and_correct_hostile_input_is_only_suggester_text(text):
    suggest = build_suggest(text, ("public",)).to_dict()
    correct = build_correct(text, ("public",)).to_dict()

    assert paths_holding(suggest, text[:MAX_PREFIX_LENGTH]) == {"suggest.entries.prefix"}
    assert paths_holding(correct, clip(text)) == {"suggest.correction.text"}
    assert set(keys(suggest)) & SYNTAX_QUERIES == set()
    assert set(keys(correct)) & SYNTAX_QUERIES == set()


def test_search_clips_long_queries_to_twelve_words():
    text = " ".join(f"word{n}" for n in range(20))

    body = build_search(Query(text=text)).to_dict()

    assert paths_holding(body, "word11") != set()
    assert paths_holding(body, "word12") == set()


def test_entry_source_holds_every_mapped_field():
    entry = Entry(
        key="deck:4",
        kind="deck",
        title="Numériser les réserves",
        url="/decks/numeriser/",
        body="Un chantier de deux ans.",
        language="fr",
        audience="members",
        date=datetime.date(2024, 3, 9),
        tags=["imaging"],
        event_id=7,
        event_title="Museum Computing 2024",
        country="FR",
        image_url="/media/cover.jpg",
        slides=[SlideText(number=2, text="Le planning", thumbnail_url="/media/s2.jpg")],
        suggestions=["réserves visitables"],
    )

    source = entry_source(entry)

    assert source == {
        "key": "deck:4",
        "kind": "deck",
        "title": "Numériser les réserves",
        "body": "Un chantier de deux ans.",
        "tags": ["imaging"],
        "event_title": "Museum Computing 2024",
        "language": "fr",
        "audience": "members",
        "date": "2024-03-09",
        "year": 2024,
        "event_id": 7,
        "country": "FR",
        "url": "/decks/numeriser/",
        "image_url": "/media/cover.jpg",
        "slides": [{"number": 2, "text": "Le planning", "thumbnail_url": "/media/s2.jpg"}],
        "suggest": [
            {"input": ["Numériser les réserves"], "weight": 2},
            {"input": ["réserves visitables"], "weight": 1},
        ],
    }
    mapped = set(index_settings_and_mappings()["mappings"]["properties"]) - {"everything"}
    assert set(source) == mapped


@pytest.mark.parametrize(
    ("fragment", "snippet"),
    [
        ("Tom &amp; <mark>Jerry</mark>", "Tom &amp; <mark>Jerry</mark>"),
        ("&lt;b&gt; <mark>x</mark>", "&lt;b&gt; <mark>x</mark>"),
        (
            "<script>alert(1)</script> <mark>x</mark>",
            "&lt;script&gt;alert(1)&lt;/script&gt; <mark>x</mark>",
        ),
        ('<img src=x onerror="a">', "&lt;img src=x onerror=&quot;a&quot;&gt;"),
        ("", ""),
    ],
)
def test_safe_snippet_leaves_only_marks(fragment, snippet):
    result = safe_snippet(fragment)

    assert result == snippet
    assert isinstance(result, SafeString)


def test_results_from_response_reads_hits_slides_and_facets():
    response = {
        "hits": {
            "total": {"value": 41, "relation": "eq"},
            "hits": [
                {
                    "_id": "deck:4",
                    "_source": {
                        "key": "deck:4",
                        "kind": "deck",
                        "title": "Numériser <les> réserves",
                        "url": "/decks/numeriser/",
                        "date": "2024-03-09",
                        "tags": ["imaging"],
                        "image_url": "/media/cover.jpg",
                        "event_title": "Museum Computing 2024",
                    },
                    "highlight": {"body": ["Un <mark>chantier</mark> &amp; deux ans"]},
                    "inner_hits": {
                        "slides": {
                            "hits": {
                                "hits": [
                                    {
                                        "_nested": {"field": "slides", "offset": 1},
                                        "_source": {"number": 2, "thumbnail_url": "/media/s2.jpg"},
                                        "highlight": {"slides.text": ["Le <mark>chantier</mark>"]},
                                    }
                                ]
                            }
                        }
                    },
                },
                {
                    "_id": "member:9",
                    "_source": {
                        "key": "member:9",
                        "kind": "member",
                        "title": "Ana",
                        "url": "/m/9/",
                    },
                },
            ],
        },
        "aggregations": {
            "kind": {
                "buckets": [{"key": "deck", "doc_count": 30}, {"key": "member", "doc_count": 11}]
            },
            "tag": {"buckets": [{"key": "imaging", "doc_count": 12}]},
            "year": {"buckets": [{"key": 2024, "doc_count": 25}]},
            "event": {"buckets": [{"key": 7, "doc_count": 3}]},
            "country": {"buckets": []},
            "language": {"buckets": [{"key": "fr", "doc_count": 41}]},
        },
    }

    results = results_from(response)

    assert results == Results(
        hits=[
            Hit(
                key="deck:4",
                kind="deck",
                title="Numériser <les> réserves",
                url="/decks/numeriser/",
                snippet="Un <mark>chantier</mark> &amp; deux ans",
                date=datetime.date(2024, 3, 9),
                tags=["imaging"],
                image_url="/media/cover.jpg",
                event_title="Museum Computing 2024",
                slides=[
                    SlideHit(
                        number=2, snippet="Le <mark>chantier</mark>", thumbnail_url="/media/s2.jpg"
                    )
                ],
            ),
            Hit(key="member:9", kind="member", title="Ana", url="/m/9/", snippet=""),
        ],
        total=41,
        facets={
            "kind": [FacetValue("deck", 30), FacetValue("member", 11)],
            "tag": [FacetValue("imaging", 12)],
            "year": [FacetValue("2024", 25)],
            "event": [FacetValue("7", 3)],
            "country": [],
            "language": [FacetValue("fr", 41)],
        },
    )
    assert list(results.facets) == list(FACETS)


def test_suggestions_from_response_reads_options():
    response = {
        "suggest": {
            "entries": [
                {
                    "text": "mus",
                    "options": [
                        {
                            "text": "Musée numérique",
                            "_source": {"kind": "casestudy", "url": "/cs/1/"},
                        },
                        {"text": "museum APIs", "_source": {"kind": "deck", "url": "/decks/2/"}},
                    ],
                }
            ]
        }
    }

    assert suggestions_from(response) == [
        Suggestion(text="Musée numérique", kind="casestudy", url="/cs/1/"),
        Suggestion(text="museum APIs", kind="deck", url="/decks/2/"),
    ]


@pytest.mark.parametrize(
    ("options", "correction"),
    [
        (
            [{"text": "musee collection", "highlighted": "musee <em>collection</em>"}],
            "musee collection",
        ),
        ([{"text": "musee collection", "highlighted": "musee collection"}], None),
        ([], None),
    ],
)
def test_correction_from_response_only_when_a_word_changed(options, correction):
    response = {"suggest": {"correction": [{"text": "musee colection", "options": options}]}}

    assert correction_from(response) == correction
