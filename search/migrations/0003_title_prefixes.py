"""Word prefixes of titles, for suggestions while typing ("insta li" finds "Instagram live").

SQLite: an FTS5 table of the folded (unstemmed) titles with prefix indexes, kept by triggers.
PostgreSQL: a generated tsvector of the folded titles, searched with prefix queries (word:*).
"""

from django.db import migrations

TABLE = "search_searchentry"
SQLITE = [
    "CREATE VIRTUAL TABLE search_title_fts USING fts5("
    "folded_title, tokenize='unicode61', prefix='2 3 4')",
    f"INSERT INTO search_title_fts(rowid, folded_title) SELECT id, folded_title FROM {TABLE}",
    f"CREATE TRIGGER {TABLE}_title_ai AFTER INSERT ON {TABLE} BEGIN "
    "INSERT INTO search_title_fts(rowid, folded_title) VALUES (new.id, new.folded_title); END",
    f"CREATE TRIGGER {TABLE}_title_ad AFTER DELETE ON {TABLE} BEGIN "
    "DELETE FROM search_title_fts WHERE rowid = old.id; END",
    f"CREATE TRIGGER {TABLE}_title_au AFTER UPDATE ON {TABLE} BEGIN "
    "DELETE FROM search_title_fts WHERE rowid = old.id; "
    "INSERT INTO search_title_fts(rowid, folded_title) VALUES (new.id, new.folded_title); END",
]
POSTGRESQL = [
    f"ALTER TABLE {TABLE} ADD COLUMN title_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', folded_title)) STORED",
    f"CREATE INDEX search_entry_title_vector ON {TABLE} USING gin (title_vector)",
]


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for statement in {"sqlite": SQLITE, "postgresql": POSTGRESQL}.get(vendor, []):
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for trigger in ["ai", "ad", "au"]:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_title_{trigger}")
        schema_editor.execute("DROP TABLE IF EXISTS search_title_fts")
    else:
        schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS title_vector")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text")]
    operations = [migrations.RunPython(create, drop)]
