"""Full-text matching and ranking in each database's own SQL (tables: migrations/0002, 0004).

Query words arrive as lists of stems (search.analysis.query_terms): a row matches when it
holds one stem of every word. Stems are folded letters and digits only, so quoting them is
enough to keep them from being read as syntax.

Ranking: the entries whose title holds every word come first, ordered by how much of their
title the words make (bm25 of the title on SQLite, ts_rank of the title's vector divided by
1 + the log of its length on PostgreSQL), then the others by the relevance of their whole
text (bm25, ts_rank of the whole vector). Scoring is the costly part of a search, since it
reads each match's text: a word that most entries hold ("museum": 15,755 of 23,488) is in at
most a few thousand titles, and titles are short. The other tier is scored only when a page
reaches it: deep pages of a common word, or words that few titles hold.

A restriction limits the ranking to the entries that the audiences and filters let through,
given as the shorter list: ("only", ids) or ("except", ids), or None when every match passes.
"""

import json
from contextlib import contextmanager, nullcontext

from django.db import connection, transaction


class SQLiteFullText:
    entries = "search_entry_fts"

    def reading(self):
        return nullcontext()

    def expression(self, terms):
        return " AND ".join(
            "(" + " OR ".join(f'"{stem}"' for stem in stems) + ")" for stems in terms
        )

    def matching_entries(self, expression):
        return f"SELECT rowid FROM {self.entries} WHERE {self.entries} MATCH %s", [expression]

    def matching_ids(self, expression):
        """Every matching entry id, as one string: 15,000 rows cost 8 ms, the string 2."""
        sql = f"SELECT group_concat(rowid) FROM {self.entries} WHERE {self.entries} MATCH %s"
        with connection.cursor() as cursor:
            cursor.execute(sql, [expression])
            ids = cursor.fetchone()[0]
        return [int(pk) for pk in ids.split(",")] if ids else []

    def newest_entries(self, expression, restriction, limit, offset):
        """One page of entry ids, newest first."""
        if restriction and restriction[0] == "only":
            condition, params = (
                "id IN (SELECT value FROM json_each(%s))",
                [json.dumps(restriction[1])],
            )
        else:
            # "+id": down the date index, testing each entry, rather than reading every match
            # and sorting (24 ms for "museum", against 3).
            condition = f"+id IN (SELECT rowid FROM {self.entries} WHERE {self.entries} MATCH %s)"
            params = [expression]
            if restriction:
                condition += " AND +id NOT IN (SELECT value FROM json_each(%s))"
                params.append(json.dumps(restriction[1]))
        return fetch_ids(
            (
                f"SELECT id FROM search_searchentry WHERE {condition} "
                "ORDER BY date DESC, id DESC LIMIT %s OFFSET %s",
                [*params, limit, offset],
            )
        )

    def tiers(self, expression):
        """The full-text queries of the title tier (scored on the title alone) and the rest."""
        in_title = f"{{title_terms}}: ({expression})"
        return [in_title, f"({expression}) NOT {in_title}"]

    def scored(self, tier, restriction, select, tail=""):
        """(SQL, params) over one tier's matches, scored once, the restriction applied.

        The restriction only decides which matches are scored: as a filter on rowid inside
        the full-text query, SQLite would run the match again for each of them (0.4 ms each
        for a common word), while a faceted search keeps a few dozen matches of thousands.
        """
        score = f"bm25({self.entries}, 4.0, 1.0)"
        params = []
        if restriction:
            kind, ids = restriction
            operator = "NOT IN" if kind == "except" else "IN"
            score = f"CASE WHEN rowid {operator} (SELECT value FROM json_each(%s)) THEN {score} END"
            params.append(json.dumps(ids))
        sql = (
            f"WITH scored AS MATERIALIZED (SELECT rowid AS id, {score} AS score "
            f"FROM {self.entries} WHERE {self.entries} MATCH %s) "
            f"SELECT {select} FROM scored WHERE score IS NOT NULL"
        )
        return sql + tail, [*params, tier]

    def ranked_in_tier(self, tier, restriction, limit, offset):
        sql, params = self.scored(
            tier, restriction, "id", " ORDER BY score, id DESC LIMIT %s OFFSET %s"
        )
        return fetch_ids((sql, [*params, limit, offset]))

    def count_in_tier(self, tier, restriction):
        return fetch_ids(self.scored(tier, restriction, "COUNT(*)"))[0]

    def ranked_entries(self, expression, restriction, limit, offset):
        return ranked(self, expression, restriction, limit, offset)

    def titles_starting(self, prefixes):
        """(SQL, params) of a condition on entries: their title has a word starting with each
        of these folded prefixes."""
        expression = " AND ".join(f'"{prefix}"*' for prefix in prefixes)
        return (
            "search_searchentry.id IN "
            "(SELECT rowid FROM search_title_fts WHERE search_title_fts MATCH %s)",
            [expression],
        )


class PostgresFullText:
    @contextmanager
    def reading(self):
        """A transaction in which the planner finds matches through the GIN indexes.

        For a word most entries hold, it would rather read the whole table and test each
        row's vector, stored apart (TOAST): 200 ms for "museum", against 10 ms through the
        index, which answers without reading the vectors.
        """
        with transaction.atomic(), connection.cursor() as cursor:
            # No parallel workers either: starting them costs more than they save here, and
            # the other web workers need the cores.
            cursor.execute(
                "SELECT set_config('enable_seqscan', 'off', true), "
                "set_config('max_parallel_workers_per_gather', '0', true)"
            )
            yield

    def expression(self, terms):
        return " & ".join("(" + " | ".join(stems) + ")" for stems in terms)

    def matching_entries(self, expression):
        return (
            "SELECT id FROM search_searchentry WHERE vector @@ to_tsquery('simple', %s)",
            [expression],
        )

    def matching_ids(self, expression):
        """Every matching entry id, as one array (read faster than as rows)."""
        sql = (
            "SELECT array_agg(id) FROM search_searchentry WHERE vector @@ to_tsquery('simple', %s)"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [expression])
            return cursor.fetchone()[0] or []

    def newest_entries(self, expression, restriction, limit, offset):
        if restriction and restriction[0] == "only":
            condition, params = "id = ANY(%s)", [restriction[1]]
        else:
            condition, params = "vector @@ to_tsquery('simple', %s)", [expression]
            if restriction:
                condition += " AND id <> ALL(%s)"
                params.append(restriction[1])
        return fetch_ids(
            (
                f"SELECT id FROM search_searchentry WHERE {condition} "
                "ORDER BY date DESC, id DESC LIMIT %s OFFSET %s",
                [*params, limit, offset],
            )
        )

    def tiers(self, expression):
        """(condition, params, score) of the title tier and of the rest.

        The title tier is scored on the title alone (its vector is small and stored with the
        row; rank divided by 1 + log of the title's length, as bm25 weighs length): reading
        the whole vectors of the 4,000 entries whose title holds "museum" took most of a
        search. The rest is scored on the whole vector.
        """
        query = "to_tsquery('simple', %s)"
        in_title = f"title_terms_vector @@ {query}"
        return [
            (in_title, [expression], f"ts_rank(title_terms_vector, {query}, 1)"),
            (
                f"vector @@ {query} AND NOT {in_title}",
                [expression] * 2,
                f"ts_rank(vector, {query})",
            ),
        ]

    def restricted(self, tier, restriction):
        condition, params, _score = tier
        if restriction:
            kind, ids = restriction
            condition += " AND id <> ALL(%s)" if kind == "except" else " AND id = ANY(%s)"
            params = [*params, ids]
        return condition, params

    def ranked_in_tier(self, tier, restriction, limit, offset):
        condition, params = self.restricted(tier, restriction)
        return fetch_ids(
            (
                f"SELECT id FROM search_searchentry WHERE {condition} "
                f"ORDER BY {tier[2]} DESC, id DESC LIMIT %s OFFSET %s",
                [*params, tier[1][0], limit, offset],
            )
        )

    def count_in_tier(self, tier, restriction):
        condition, params = self.restricted(tier, restriction)
        return fetch_ids((f"SELECT COUNT(*) FROM search_searchentry WHERE {condition}", params))[0]

    def ranked_entries(self, expression, restriction, limit, offset):
        return ranked(self, expression, restriction, limit, offset)

    def titles_starting(self, prefixes):
        expression = " & ".join(f"{prefix}:*" for prefix in prefixes)
        return "search_searchentry.title_vector @@ to_tsquery('simple', %s)", [expression]


def ranked(engine, expression, restriction, limit, offset):
    """One page of entry ids by relevance: the title tier, then the others."""
    title_tier, other_tier = engine.tiers(expression)
    ids = engine.ranked_in_tier(title_tier, restriction, limit, offset)
    if len(ids) < limit:
        # The page reaches past the title tier: how far, then the rest from the other tier.
        in_title = offset + len(ids) if ids or not offset else None
        if in_title is None:
            in_title = engine.count_in_tier(title_tier, restriction)
        ids += engine.ranked_in_tier(
            other_tier, restriction, limit - len(ids), max(0, offset - in_title)
        )
    return ids


def full_text():
    if connection.vendor == "postgresql":
        return PostgresFullText()
    if connection.vendor == "sqlite":
        return SQLiteFullText()
    raise NotImplementedError(f"No full-text search for {connection.vendor} databases.")


def fetch_ids(sql_and_params):
    sql, params = sql_and_params
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]
