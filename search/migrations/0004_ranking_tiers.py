"""Ranking by tiers (backends/fulltext.py) and event titles for the event facet.

PostgreSQL: a generated tsvector of the stemmed title with a GIN index, which finds the
entries whose title holds every word without reading their whole vector. SQLite finds them
in the existing FTS5 table with a column filter.
"""

from django.db import migrations, models

TABLE = "search_searchentry"
POSTGRESQL = [
    f"ALTER TABLE {TABLE} ADD COLUMN title_terms_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', title_terms)) STORED",
    f"CREATE INDEX search_entry_title_terms_vector ON {TABLE} USING gin (title_terms_vector)",
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in POSTGRESQL:
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS title_terms_vector")


class Migration(migrations.Migration):
    dependencies = [("search", "0003_title_prefixes")]
    operations = [
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(fields=["kind", "event_id"], name="search_sear_kind_420a9e_idx"),
        ),
        migrations.RunPython(create, drop),
    ]
