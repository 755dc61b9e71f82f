"""The embedded default: full text in SQLite's FTS5 or PostgreSQL, facets with the ORM."""

import itertools
from collections import defaultdict

from django.db import connection, transaction
from django.db.models import Case, Exists, OuterRef, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Length
from django.urls import reverse
from taggit.models import Tag

from ..analysis import document_terms, fold, query_terms, words
from ..highlight import plain, snippet
from ..models import SearchEntry, SearchSlide, SearchTag, SearchWord
from ..query import FACETS, FacetValue, Hit, Results, SlideHit, Suggestion
from .base import SearchBackend
from .fulltext import fetch_ids, full_text

FACET_SIZE = 30
# Facets read from the entries' own columns (tags have their table).
FACET_COLUMNS = [
    ("kind", "kind"),
    ("year", "year"),
    ("event", "event_id"),
    ("country", "country"),
    ("language", "language"),
]
SLIDES_PER_HIT = 3
CHUNK = 500
# Words worth a "Did you mean": long enough to be misspelt, short enough to be words.
VOCABULARY_LENGTHS = range(4, 31)


class DatabaseBackend(SearchBackend):
    name = "database"

    # Writing

    def index(self, entries):
        entries = list(entries)
        with transaction.atomic():
            SearchEntry.objects.filter(key__in=[entry.key for entry in entries]).delete()
            rows = SearchEntry.objects.bulk_create([self.row(entry) for entry in entries])
            SearchTag.objects.bulk_create(
                SearchTag(entry=row, name=name[:100], folded=fold(name)[:100])
                for row, entry in zip(rows, entries, strict=True)
                for name in dict.fromkeys(entry.tags)
            )
            SearchSlide.objects.bulk_create(
                SearchSlide(
                    entry=row,
                    number=slide.number,
                    text=slide.text,
                    terms=document_terms(slide.text, entry.language),
                    thumbnail_url=slide.thumbnail_url,
                )
                for row, entry in zip(rows, entries, strict=True)
                for slide in entry.slides
            )
            self.learn_words(entry for entry in entries if entry.audience == "public")

    def row(self, entry):
        slide_text = " ".join(slide.text for slide in entry.slides)
        matched_text = " ".join([entry.body, *entry.tags, entry.event_title, slide_text])
        return SearchEntry(
            key=entry.key,
            kind=entry.kind,
            title=entry.title[:500],
            folded_title=" ".join(words(entry.title))[:500],
            url=entry.url,
            body=entry.body,
            language=entry.language,
            audience=entry.audience,
            date=entry.date,
            year=entry.year,
            event_id=entry.event_id,
            event_title=entry.event_title[:255],
            country=entry.country,
            image_url=entry.image_url,
            tags=list(entry.tags),
            title_terms=document_terms(entry.title, entry.language),
            terms=document_terms(matched_text, entry.language),
        )

    def learn_words(self, entries):
        vocabulary = set()
        for entry in entries:
            text = " ".join([entry.title, entry.body, *entry.tags, *(s.text for s in entry.slides)])
            vocabulary.update(
                word
                for word in words(text)
                if len(word) in VOCABULARY_LENGTHS and not word.isdigit()
            )
        SearchWord.objects.bulk_create(
            (SearchWord(word=word, initial=word[0], length=len(word)) for word in vocabulary),
            batch_size=CHUNK,
            ignore_conflicts=True,
        )

    def remove(self, keys):
        SearchEntry.objects.filter(key__in=list(keys)).delete()

    def rebuild(self, entries, progress=None):
        """Replace every entry chunk by chunk, then drop the ones the site no longer has.

        Each chunk is its own transaction: searches keep answering throughout, and on SQLite
        the web server and the worker are never locked out for the length of a rebuild.
        """
        seen = set()
        entries = iter(entries)
        while chunk := list(itertools.islice(entries, CHUNK)):
            self.index(chunk)
            seen.update(entry.key for entry in chunk)
            if progress:
                progress(len(chunk))
        stale = [
            key for key in SearchEntry.objects.values_list("key", flat=True) if key not in seen
        ]
        for start in range(0, len(stale), CHUNK):
            self.remove(stale[start : start + CHUNK])

    # Reading

    def search(self, query):
        terms = query_terms(query.text)
        if not terms:
            return Results(hits=[], total=0)
        engine = full_text()
        expression = engine.expression(terms)
        filtered = self.filtered(query)
        matched = filtered.filter(id__in=RawSQL(*engine.matching_entries(expression)))

        facets, total = self.facets(matched)
        if query.sort == "newest":
            page = matched.order_by("-date", "-id").values_list("id", flat=True)
            ids = list(page[query.offset : query.offset + query.per_page])
        else:
            within = filtered.values("id").query.sql_with_params()
            ranked = engine.ranked_entries(expression, within, query.per_page, query.offset)
            ids = fetch_ids(ranked) if total else []
        rows = SearchEntry.objects.in_bulk(ids)
        entries = [rows[pk] for pk in ids if pk in rows]
        slides = self.matching_slides(engine, expression, entries)
        hits = [self.hit(entry, terms, slides.get(entry.pk, [])) for entry in entries]
        return Results(hits=hits, total=total, facets=facets)

    def filtered(self, query):
        entries = SearchEntry.objects.filter(audience__in=query.audiences)
        for field, values in query.field_filters:
            if values:
                entries = entries.filter(**{f"{field}__in": values})
        for tag in query.tags:  # tagged with every one of them
            entries = entries.filter(id__in=SearchTag.objects.filter(name=tag).values("entry_id"))
        return entries

    def matching_slides(self, engine, expression, entries):
        decks = [entry.pk for entry in entries if entry.kind == "deck"]
        if not decks:
            return {}
        matches = SearchSlide.objects.filter(
            entry_id__in=decks, id__in=RawSQL(*engine.matching_slides(expression))
        ).order_by("entry_id", "number")
        slides = defaultdict(list)
        for slide in matches:
            if len(slides[slide.entry_id]) < SLIDES_PER_HIT:
                slides[slide.entry_id].append(slide)
        return slides

    def hit(self, entry, terms, slides):
        text = entry.body or entry.title
        marked = snippet(text, terms, entry.language)
        return Hit(
            key=entry.key,
            kind=entry.kind,
            title=entry.title,
            url=entry.url,
            snippet=marked if "<mark>" in marked else plain(text),
            date=entry.date,
            tags=entry.tags,
            image_url=entry.image_url,
            event_title=entry.event_title,
            slides=[
                SlideHit(
                    number=slide.number,
                    snippet=snippet(slide.text, terms, entry.language, words=16),
                    thumbnail_url=slide.thumbnail_url,
                )
                for slide in slides
            ],
        )

    def facets(self, matched):
        """Every facet's counts, and the number of matches, in one query over the matches."""
        columns = matched.values("id", "kind", "year", "event_id", "country", "language")
        matches_sql, params = columns.query.sql_with_params()
        counts = [
            f"SELECT '{name}', CAST({column} AS TEXT), COUNT(*) FROM matches "
            f"WHERE {column} IS NOT NULL AND CAST({column} AS TEXT) <> '' GROUP BY {column}"
            for name, column in FACET_COLUMNS
        ]
        counts.append(
            "SELECT 'tag', tag.name, COUNT(*) FROM search_searchtag tag "
            "JOIN matches ON matches.id = tag.entry_id GROUP BY tag.name"
        )
        sql = f"WITH matches AS MATERIALIZED ({matches_sql}) " + " UNION ALL ".join(counts)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        facets = {name: [] for name in FACETS}
        for name, value, count in rows:
            facets[name].append(FacetValue(value, count))
        for values in facets.values():
            values.sort(key=lambda item: (-item.count, item.value))
            del values[FACET_SIZE:]
        # Every entry has a kind: the kinds' counts add up to the matches.
        total = sum(item.count for item in facets["kind"])
        return facets, total

    def suggest(self, text, audiences, limit=8):
        prefixes = words(text)[:6]
        if not prefixes or len(" ".join(prefixes)) < 2:
            return []
        engine = full_text()
        titles = (
            SearchEntry.objects.filter(
                audience__in=audiences, id__in=RawSQL(*engine.titles_starting(prefixes))
            )
            # Titles that start with what was typed first, then the shortest.
            .annotate(
                starts=Case(When(folded_title__startswith=" ".join(prefixes), then=0), default=1)
            )
            .order_by("starts", Length("folded_title"), "folded_title")
            .values_list("title", "kind", "url")[:limit]
        )
        # From the shared vocabulary (a few hundred names), if something visible bears them.
        used = SearchTag.objects.filter(name=OuterRef("name"), entry__audience__in=audiences)
        tags = [
            Suggestion(name, "tag", reverse("tags:tag", args=[slug]))
            for name, slug in Tag.objects.filter(name__istartswith=" ".join(prefixes))
            .filter(Exists(used))
            .order_by(Length("name"), "name")
            .values_list("name", "slug")[:3]
        ]
        return tags + [Suggestion(*row) for row in titles][: limit - len(tags)]

    def correct(self, text, audiences):
        asked = words(text)
        known = set(SearchWord.objects.filter(word__in=asked).values_list("word", flat=True))
        corrected = [
            word
            if word in known or len(word) not in VOCABULARY_LENGTHS or word.isdigit()
            else self.closest_word(word, audiences) or word
            for word in asked
        ]
        return " ".join(corrected) if corrected != asked else None

    def closest_word(self, word, audiences):
        allowed = 1 if len(word) <= 5 else 2
        candidates = SearchWord.objects.filter(
            initial=word[0], length__range=(len(word) - allowed, len(word) + allowed)
        ).values_list("word", flat=True)
        close = sorted(
            (distance, candidate)
            for candidate in candidates
            if (distance := edit_distance(word, candidate, allowed)) <= allowed
        )[:5]
        if not close:
            return None
        # Of the closest words, the one most entries hold.
        engine = full_text()
        visible = SearchEntry.objects.filter(audience__in=audiences)

        def matches(candidate):
            expression = engine.expression(query_terms(candidate))
            return visible.filter(id__in=RawSQL(*engine.matching_entries(expression))).count()

        counted = [(distance, -matches(candidate), candidate) for distance, candidate in close]
        best = min(counted)
        return best[2] if best[1] < 0 else None  # a word no visible entry holds any more


def edit_distance(first, second, limit):
    """Damerau-Levenshtein distance (adjacent swaps count once), or limit + 1 beyond limit."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous_row, row = None, list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        before, previous_row, row = previous_row, row, [i] + [0] * len(second)
        for j, b in enumerate(second, 1):
            row[j] = min(
                previous_row[j] + 1,
                row[j - 1] + 1,
                previous_row[j - 1] + (a != b),
            )
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                row[j] = min(row[j], before[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
    return row[-1]
