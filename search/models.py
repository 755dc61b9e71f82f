"""The database backend's index: one row per searchable thing, its slides, its tags, its words.

Rows hold what results show (title, address, snippet source) so that a page of results
needs no query per hit. The full-text part lives beside these tables, in SQL of each
database (see backends/fulltext.py): an FTS5 table on SQLite, a tsvector column on PostgreSQL.
"""

from django.db import models


class SearchEntry(models.Model):
    key = models.CharField(max_length=40, unique=True)
    kind = models.CharField(max_length=10)
    title = models.CharField(max_length=500)
    folded_title = models.CharField(max_length=500, db_index=True)
    url = models.CharField(max_length=500)
    body = models.TextField(blank=True)
    language = models.CharField(max_length=8)
    audience = models.CharField(max_length=8)
    date = models.DateField(null=True)
    year = models.PositiveSmallIntegerField(null=True)
    event_id = models.IntegerField(null=True)
    event_title = models.CharField(max_length=255, blank=True)
    country = models.CharField(max_length=2, blank=True)
    image_url = models.CharField(max_length=500, blank=True)
    tags = models.JSONField(default=list)
    # Stemmed words (search.analysis.document_terms) that the full-text index reads.
    title_terms = models.TextField(blank=True)
    terms = models.TextField(blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["audience", "kind"]),
            models.Index(fields=["date"]),
            models.Index(fields=["kind", "event_id"]),  # event titles for the event facet
        ]

    def __str__(self):
        return self.key


class SearchTag(models.Model):
    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="tag_rows")
    name = models.CharField(max_length=100)
    folded = models.CharField(max_length=100, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["name", "entry"])]

    def __str__(self):
        return self.name


class SearchSlide(models.Model):
    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="slides")
    number = models.PositiveIntegerField()
    text = models.TextField(blank=True)
    terms = models.TextField(blank=True)
    thumbnail_url = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["entry", "number"]

    def __str__(self):
        return f"{self.entry_id} — slide {self.number}"


class SearchWord(models.Model):
    """Words of public entries, unstemmed and folded, for "Did you mean ...?"."""

    word = models.CharField(max_length=60, unique=True)
    initial = models.CharField(max_length=1)
    length = models.PositiveSmallIntegerField()

    class Meta:
        indexes = [models.Index(fields=["initial", "length"])]

    def __str__(self):
        return self.word
