"""Full-text matching and ranking in each database's own SQL (tables: migrations/0002).

Query words arrive as lists of stems (search.analysis.query_terms): a row matches when it
holds one stem of every word. Stems are folded letters and digits only, so quoting them is
enough to keep them from being read as syntax.
"""

from django.db import connection


class SQLiteFullText:
    entries = "search_entry_fts"
    slides = "search_slide_fts"

    def expression(self, terms):
        return " AND ".join(
            "(" + " OR ".join(f'"{stem}"' for stem in stems) + ")" for stems in terms
        )

    def matching_entries(self, expression):
        return f"SELECT rowid FROM {self.entries} WHERE {self.entries} MATCH %s", [expression]

    def ranked_entries(self, expression, within, limit, offset):
        """(SQL, params) of entry ids by relevance, the title counting four times the rest.

        The matches are scored once, then filtered: with the filter inside the full-text
        query, SQLite runs the match again for each candidate row (seconds, not ms).
        """
        within_sql, within_params = within
        return (
            "WITH scored AS MATERIALIZED ("
            f"SELECT rowid AS id, bm25({self.entries}, 4.0, 1.0) AS score "
            f"FROM {self.entries} WHERE {self.entries} MATCH %s) "
            f"SELECT id FROM scored WHERE id IN ({within_sql}) "
            "ORDER BY score, id DESC LIMIT %s OFFSET %s",
            [expression, *within_params, limit, offset],
        )

    def matching_slides(self, expression):
        return f"SELECT rowid FROM {self.slides} WHERE {self.slides} MATCH %s", [expression]

    def titles_starting(self, prefixes):
        """Entries whose title has a word starting with each of these folded prefixes."""
        expression = " AND ".join(f'"{prefix}"*' for prefix in prefixes)
        return "SELECT rowid FROM search_title_fts WHERE search_title_fts MATCH %s", [expression]


class PostgresFullText:
    def expression(self, terms):
        return " & ".join("(" + " | ".join(stems) + ")" for stems in terms)

    def matching_entries(self, expression):
        return (
            "SELECT id FROM search_searchentry WHERE vector @@ to_tsquery('simple', %s)",
            [expression],
        )

    def ranked_entries(self, expression, within, limit, offset):
        within_sql, within_params = within
        return (
            "SELECT id FROM search_searchentry WHERE vector @@ to_tsquery('simple', %s) "
            f"AND id IN ({within_sql}) "
            "ORDER BY ts_rank(vector, to_tsquery('simple', %s)) DESC, id DESC "
            "LIMIT %s OFFSET %s",
            [expression, *within_params, expression, limit, offset],
        )

    def matching_slides(self, expression):
        return (
            "SELECT id FROM search_searchslide WHERE vector @@ to_tsquery('simple', %s)",
            [expression],
        )

    def titles_starting(self, prefixes):
        expression = " & ".join(f"{prefix}:*" for prefix in prefixes)
        return (
            "SELECT id FROM search_searchentry WHERE title_vector @@ to_tsquery('simple', %s)",
            [expression],
        )


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
