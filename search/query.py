"""What a search asks for and what it answers: the shapes both backends share."""

import datetime
from dataclasses import dataclass, field

KINDS = ("casestudy", "deck", "event", "session", "member")
FACETS = ("kind", "tag", "year", "event", "country", "language")
SORTS = ("relevance", "newest")


@dataclass(frozen=True)
class SlideText:
    number: int
    text: str  # the slide's text and its speaker notes
    thumbnail_url: str = ""


@dataclass
class Entry:
    """One searchable thing, as the index stores it: built by search.documents.

    `audience` is who may see it: "public" (everyone) or "members" (verified members).
    Things nobody may see are not entries at all.
    """

    key: str  # "<kind>:<id>", unique across the index
    kind: str  # one of KINDS
    title: str
    url: str
    body: str = ""  # every other field's text, for matching and snippets
    # "en", "fr" or another code: the database backend stems the text in this language
    # (English for languages it has no stemmer for); Elasticsearch stems in both.
    language: str = "en"
    audience: str = "public"
    date: datetime.date | None = None
    tags: list[str] = field(default_factory=list)
    event_id: int | None = None
    event_title: str = ""
    country: str = ""  # ISO 3166 code
    image_url: str = ""
    slides: list[SlideText] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)  # phrases offered while typing

    @property
    def year(self):
        return self.date.year if self.date else None


@dataclass(frozen=True)
class Query:
    """A visitor's search: words (already cleaned of any syntax), filters, order, page.

    Within a facet, values combine with OR, except tags, which combine with AND
    ("tagged both"); facets combine with AND.
    """

    text: str
    audiences: tuple[str, ...] = ("public",)
    kinds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    events: tuple[int, ...] = ()
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20

    @property
    def offset(self):
        return (self.page - 1) * self.per_page

    @property
    def field_filters(self):
        """(entry field, chosen values) of the facets read from one field of an entry."""
        return [
            ("kind", self.kinds),
            ("year", self.years),
            ("event_id", self.events),
            ("country", self.countries),
            ("language", self.languages),
        ]


@dataclass
class SlideHit:
    number: int
    snippet: str  # safe HTML: escaped text with the matched words in <mark>
    thumbnail_url: str = ""


@dataclass
class Hit:
    key: str
    kind: str
    title: str  # plain text: templates escape it
    url: str
    snippet: str  # safe HTML: escaped text with the matched words in <mark>
    date: datetime.date | None = None
    tags: list[str] = field(default_factory=list)
    image_url: str = ""
    event_title: str = ""
    slides: list[SlideHit] = field(default_factory=list)


@dataclass
class FacetValue:
    value: str  # as it goes in the URL
    count: int
    label: str = ""  # filled by the view (event titles, country names) when empty


@dataclass
class Results:
    hits: list[Hit]
    total: int
    # facet name (one of FACETS) -> values with counts over every match of the query and filters
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)


@dataclass(frozen=True)
class Suggestion:
    text: str
    kind: str  # one of KINDS, or "tag"
    url: str
