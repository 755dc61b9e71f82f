"""Keeping the index in step with the site: what changed goes to the task worker."""

import logging
import threading
from contextlib import contextmanager

from django.db import transaction
from django.dispatch import Signal

from . import documents
from .backends import writing_backends
from .backends.base import BackendUnavailable
from .models import SearchEntry

logger = logging.getLogger("search")

# The index changed, so search results may differ (the page cache listens).
index_changed = Signal()


_state = threading.local()


@contextmanager
def paused():
    """Queue no update inside: for bulk writes that rebuild the index when they are done."""
    _state.paused = True
    try:
        yield
    finally:
        _state.paused = False


def queue(keys):
    """Update these entries in the worker once the current transaction commits."""
    keys = sorted(set(keys))
    if keys and not getattr(_state, "paused", False):
        from .tasks import update_entries

        transaction.on_commit(lambda: update_entries.enqueue(keys))


def update(keys):
    """Index or remove these entries everywhere; False when Elasticsearch did not answer."""
    entries, gone = documents.entries_for(keys)
    gone += stale_sessions(entries)
    done = True
    for backend in writing_backends():
        try:
            backend.remove(gone)
            backend.index(entries)
        except BackendUnavailable:
            logger.warning("Search index: %s did not answer; will retry.", backend.name)
            done = False
    index_changed.send(sender=update)
    return done


def stale_sessions(entries):
    """Sessions of these events that are no longer in their programme."""
    events = {entry.event_id: set() for entry in entries if entry.kind == "event"}
    for entry in entries:
        if entry.kind == "session" and entry.event_id in events:
            events[entry.event_id].add(entry.key)
    stale = []
    for event_id, current in events.items():
        indexed = SearchEntry.objects.filter(kind="session", event_id=event_id)
        stale += [key for key in indexed.values_list("key", flat=True) if key not in current]
    return stale


def rebuild(progress=None):
    """Rebuild every backend's index from the site; progress(backend name, count) on the way."""
    for backend in writing_backends():
        report = (lambda count, name=backend.name: progress(name, count)) if progress else None
        backend.rebuild(documents.all_entries(), progress=report)
    index_changed.send(sender=rebuild)
