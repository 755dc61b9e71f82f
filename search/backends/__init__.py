"""Which backend answers searches: Elasticsearch when ELASTICSEARCH_URL names a server,
the database otherwise. The database index is always kept, so that searches fall back on
it when Elasticsearch does not answer."""

from functools import cache

from django.conf import settings

from .database import DatabaseBackend


@cache
def elasticsearch_backend(url, index_prefix):
    # One client (and its connection pool) per process.
    from .elasticsearch import ElasticsearchBackend

    return ElasticsearchBackend(url=url, index_prefix=index_prefix, fallback=DatabaseBackend())


def reading_backend():
    url = settings.ELASTICSEARCH_URL
    return elasticsearch_backend(url, settings.ELASTICSEARCH_INDEX) if url else DatabaseBackend()


def writing_backends():
    """The database first: it must hold every entry, whatever Elasticsearch does."""
    url = settings.ELASTICSEARCH_URL
    extra = [elasticsearch_backend(url, settings.ELASTICSEARCH_INDEX)] if url else []
    return [DatabaseBackend(), *extra]
