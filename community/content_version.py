"""The version of the site's content: a token that every change to it replaces.

The page cache (home.page_cache) replaces it and keeps pages under it. Values computed from
the whole content, such as the library's filter choices, are kept under it here too, so that
they are computed once per change rather than once per request.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "page-cache:generation"


def current():
    """The current token, made first if the cache has none (a new or flushed cache)."""
    cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    return cache.get(VERSION_KEY)


def replace():
    """A new token once the transaction commits (a new value, never a counter that could
    come back)."""
    transaction.on_commit(lambda: cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None))


def read(key):
    """(the current token, the value kept under key if it was kept under that token, else
    None), in one cache read."""
    found = cache.get_many([VERSION_KEY, key])
    token = found.get(VERSION_KEY) or current()
    kept = found.get(key)
    return token, kept[1] if kept is not None and kept[0] == token else None


def keep(key, token, value, seconds):
    """Keep a value made from the content as it was under token (the one read before making
    it: a change made meanwhile makes it stale at once)."""
    cache.set(key, (token, value), seconds)


def remembered(name, compute):
    """compute(), kept in the cache until the content changes (at most CONTENT_CACHE_SECONDS)."""
    if settings.CONTENT_CACHE_SECONDS <= 0:
        return compute()
    key = f"content:{name}"
    token, value = read(key)
    if value is None:
        value = compute()
        keep(key, token, value, settings.CONTENT_CACHE_SECONDS)
    return value
