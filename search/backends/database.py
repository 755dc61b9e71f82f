"""The embedded default: full text in SQLite's FTS5 or PostgreSQL, facets with the ORM."""

import itertools
from collections import defaultdict

from django.db import transaction
from django.db.models import BooleanField, Case, Exists, OuterRef, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Length
from django.urls import reverse
from taggit.models import Tag

from ..analysis import document_terms, fold, query_terms, words
from ..highlight import plain, snippet
from ..models import SearchEntry, SearchSlide, SearchTag, SearchWord
from ..query import Hit, Results, SlideHit, Suggestion
from .base import SearchBackend
from .facets import facet_counts, forget
from .fulltext import full_text

FACET_SIZE = 30
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
        forget()

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
        forget()

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
        with engine.reading():
            facets, total, restriction = self.facets(engine.matching_ids(expression), query)
            if not total:
                ids = []
            elif query.sort == "newest":
                ids = engine.newest_entries(expression, restriction, query.per_page, query.offset)
            else:
                ids = engine.ranked_entries(expression, restriction, query.per_page, query.offset)
            rows = SearchEntry.objects.defer("title_terms", "terms").in_bulk(ids)
            # The audiences checked once more: an entry indexed since the matches were read
            # is in no restriction.
            entries = [
                rows[pk] for pk in ids if pk in rows and rows[pk].audience in query.audiences
            ]
            slides = self.matching_slides(terms, entries)
        hits = [self.hit(entry, terms, slides.get(entry.pk, [])) for entry in entries]
        return Results(hits=hits, total=total, facets=facets)

    def matching_slides(self, terms, entries):
        """The first slides of each deck that hold every word (SLIDES_PER_HIT at most).

        Read from the stems each slide stores, as its full-text index holds them: a page
        shows 20 decks at most, while the slides' index answers with every slide of the
        network that holds a common word ("video": 6,000 of 60,000).
        """
        decks = [entry.pk for entry in entries if entry.kind == "deck"]
        if not decks:
            return {}
        words = [[f" {stem} " for stem in stems] for stems in terms]
        rows = SearchSlide.objects.filter(entry_id__in=decks).order_by("entry_id", "number")
        fields = ("entry_id", "number", "text", "terms", "thumbnail_url")
        slides = defaultdict(list)
        for slide in rows.values_list(*fields, named=True):
            held = f" {slide.terms} "
            if len(slides[slide.entry_id]) < SLIDES_PER_HIT and all(
                any(stem in held for stem in stems) for stems in words
            ):
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

    def facets(self, ids, query):
        """Every facet's counts, the number of matches and the restriction for ranking."""
        facets, total, restriction = facet_counts(ids, query)
        for values in facets.values():
            values.sort(key=lambda item: (-item.count, item.value))
            del values[FACET_SIZE:]
        return facets, total, restriction

    def suggest(self, text, audiences, limit=8):
        prefixes = words(text)[:6]
        if not prefixes or len(" ".join(prefixes)) < 2:
            return []
        engine = full_text()
        starting = RawSQL(*engine.titles_starting(prefixes), output_field=BooleanField())
        titles = (
            SearchEntry.objects.filter(starting, audience__in=audiences)
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
        with engine.reading():
            titles = list(titles)
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
