class BackendUnavailable(Exception):
    """The search server did not answer: indexing jobs retry later."""


class SearchBackend:
    """What search/ asks of a backend. Both implementations answer the same tests."""

    name = ""

    def index(self, entries):
        """Add or replace these entries (search.query.Entry), matched by key."""
        raise NotImplementedError

    def remove(self, keys):
        """Forget the entries with these keys; unknown keys are ignored."""
        raise NotImplementedError

    def search(self, query):
        """search.query.Results for a search.query.Query, facets included."""
        raise NotImplementedError

    def suggest(self, text, audiences, limit=8):
        """search.query.Suggestion list for what a visitor has typed so far."""
        raise NotImplementedError

    def correct(self, text, audiences):
        """The query with its misspelt words replaced by close words of the index, or None
        when every word is known or nothing close is found ("Did you mean ...?")."""
        raise NotImplementedError

    def rebuild(self, entries, progress=None):
        """Replace the whole index with these entries, without a moment with no index."""
        raise NotImplementedError
