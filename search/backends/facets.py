"""Facet counts from sets of entries kept as bits in each process.

Counting facets in SQL groups every match of a query by six columns and joins its tags: for a
word that most entries hold ("museum": 15,000 matches) that took 70 ms on SQLite and more on
PostgreSQL, on every search. Here each facet value (and each audience) holds the entries that
bear it as the bits of one Python integer; the matches of a search become such an integer,
and a value's count is the number of bits it shares with them: a few ms in all, however many
entries match.

What is known of an entry never goes stale: the index never changes a row in place (indexing
deletes an entry and writes it again under a new id) and ids are never reused (AUTOINCREMENT on
SQLite, a sequence on PostgreSQL). Entries written by another process are read the first time
a search meets their ids; a removed entry is never matched again, so it is never counted. A
rollback can hand out ids again within one process (the test database does), so the index's
own writes make this process forget what it knows.
"""

import re
import threading

from django.db import connection

from ..models import SearchEntry, SearchTag
from ..query import FACETS, FacetValue

# Facets read from one column of an entry (and the audience, a filter): (name, column).
COLUMNS = [
    ("audience", "audience"),
    ("kind", "kind"),
    ("year", "year"),
    ("event", "event_id"),
    ("country", "country"),
    ("language", "language"),
]
FILTERS = {"event_id": "event"}  # Query.field_filters names that differ from facet names
CHUNK = 2000  # most new ids read one by one; more, and every entry is read again
ONE = re.compile("1")
_known = {}  # (database alias, database name) -> FacetSets
_lock = threading.Lock()


def bits_of(positions, size):
    """An integer with these bits set (faster built as a string of binary digits)."""
    digits = bytearray(b"0") * size
    for position in positions:
        digits[position] = 49  # "1"
    return int(digits[::-1], 2) if size else 0


class FacetSets:
    """For one database: each entry's bit, and the bits of the entries bearing each value."""

    def __init__(self):
        self.positions = {}  # entry id -> bit
        self.ids = []  # bit -> entry id
        self.sets = {}  # (facet, value as in addresses) -> bits

    def read(self, ids=None):
        """Learn these entries (every entry when ids is None)."""
        columns = [column for _name, column in COLUMNS]
        if ids is None:
            rows = list(SearchEntry.objects.values_list("id", *columns))
            tags = list(SearchTag.objects.values_list("entry_id", "name"))
        else:
            rows = list(SearchEntry.objects.filter(id__in=ids).values_list("id", *columns))
            tags = list(SearchTag.objects.filter(entry_id__in=ids).values_list("entry_id", "name"))
        members = {}
        for entry_id, *values in rows:
            if entry_id in self.positions:
                continue
            position = self.positions[entry_id] = len(self.ids)
            self.ids.append(entry_id)
            for (name, _column), value in zip(COLUMNS, values, strict=True):
                if value is not None and value != "":
                    members.setdefault((name, str(value)), []).append(position)
        for entry_id, name in tags:
            if (position := self.positions.get(entry_id)) is not None:
                members.setdefault(("tag", name), []).append(position)
        size = len(self.ids)
        for key, positions in members.items():
            self.sets[key] = self.sets.get(key, 0) | bits_of(positions, size)

    def matches(self, ids):
        """The bits of these entry ids, reading the entries not known yet."""
        unknown = [pk for pk in ids if pk not in self.positions]
        if unknown:
            if self.ids and len(unknown) <= CHUNK:
                self.read(unknown)
            # Entries indexed again or removed leave their old ids behind: start afresh when
            # those outnumber the entries, or when most entries are new (a rebuild).
            if (
                not self.ids
                or len(unknown) > CHUNK
                or len(self.ids) > 2 * SearchEntry.objects.count()
            ):
                self.__init__()
                self.read()
            # An id still unknown was removed after it matched: leave it out.
            ids = [pk for pk in ids if pk in self.positions]
        return bits_of(map(self.positions.__getitem__, ids), len(self.ids))

    def allowed(self, query):
        """The bits of the entries that the query's audiences and filters let through."""
        bits = self.any_of("audience", query.audiences)
        for field, values in query.field_filters:
            if values:
                bits &= self.any_of(FILTERS.get(field, field), values)
        for tag in query.tags:  # tagged with every one of them
            bits &= self.sets.get(("tag", tag), 0)
        return bits

    def any_of(self, name, values):
        bits = 0
        for value in values:
            bits |= self.sets.get((name, str(value)), 0)
        return bits

    def counts(self, matched):
        facets = {name: [] for name in FACETS}
        for (name, value), bits in self.sets.items():
            if name in facets and (count := (matched & bits).bit_count()):
                facets[name].append(FacetValue(value, count))
        return facets

    def entries(self, bits):
        """The entry ids of these bits."""
        digits = format(bits, "b")[::-1]
        return [self.ids[found.start()] for found in ONE.finditer(digits)]


def facet_counts(ids, query):
    """(facets, total, restriction) of these matching entry ids under the query's filters.

    The restriction (see fulltext) is the shorter list of the matches that the audiences and
    filters keep or leave out, or None when they keep every match.
    """
    with _lock:
        sets = _known.setdefault((connection.alias, connection.settings_dict["NAME"]), FacetSets())
        every = sets.matches(ids)
        matched = every & sets.allowed(query)
        total = matched.bit_count()
        facets = sets.counts(matched)
        if matched == every:
            restriction = None
        elif total <= every.bit_count() - total:
            restriction = ("only", sets.entries(matched))
        else:
            restriction = ("except", sets.entries(every ^ matched))
        return facets, total, restriction


def forget():
    """This process wrote to the index: read every entry again when next needed."""
    with _lock:
        _known.pop((connection.alias, connection.settings_dict["NAME"]), None)
