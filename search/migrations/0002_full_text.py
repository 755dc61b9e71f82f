"""The full-text part of the index, in each database's own SQL, kept in step by the database.

SQLite: FTS5 tables whose rows triggers copy from the entries and slides.
PostgreSQL: generated tsvector columns with GIN indexes.
Both read pre-stemmed words (search.analysis), so the engines only split on spaces.
"""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE search_entry_fts USING fts5(title_terms, terms, tokenize='unicode61')",
    "CREATE VIRTUAL TABLE search_slide_fts USING fts5(terms, tokenize='unicode61')",
]
for table, fts, columns in [
    ("search_searchentry", "search_entry_fts", ["title_terms", "terms"]),
    ("search_searchslide", "search_slide_fts", ["terms"]),
]:
    names = ", ".join(columns)
    values = ", ".join(f"new.{column}" for column in columns)
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {values});"
    delete = f"DELETE FROM {fts} WHERE rowid = old.id;"
    SQLITE += [
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
    ]

POSTGRESQL = [
    """ALTER TABLE search_searchentry ADD COLUMN vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title_terms), 'A')
        || setweight(to_tsvector('simple', terms), 'B')) STORED""",
    "CREATE INDEX search_entry_vector ON search_searchentry USING gin (vector)",
    """ALTER TABLE search_searchslide ADD COLUMN vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', terms)) STORED""",
    "CREATE INDEX search_slide_vector ON search_searchslide USING gin (vector)",
]


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for statement in {"sqlite": SQLITE, "postgresql": POSTGRESQL}.get(vendor, []):
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for name in ["search_entry_fts", "search_slide_fts"]:
            schema_editor.execute(f"DROP TABLE IF EXISTS {name}")
    # On PostgreSQL the columns go with their tables.


class Migration(migrations.Migration):
    dependencies = [("search", "0001_index")]
    operations = [migrations.RunPython(create, drop)]
