"""Words as the database index stores them: folded, and stemmed in English and French.

The database backend stems in Python, the same way on SQLite and PostgreSQL, so both answer
alike; the full-text engines only split on spaces. A document is stemmed in its own language
(English for any language we have no stemmer for), a query in both, because we do not know
which language a visitor types in.
"""

import re
from functools import lru_cache

import snowballstemmer

from community.models.members import folded as fold

WORD = re.compile(r"[^\W_]+")  # letters and digits
STEMMERS = {"en": "english", "fr": "french"}


def words(text):
    """The folded words of a text, in order (digits kept, punctuation dropped)."""
    return [folded for word in WORD.findall(text) if (folded := fold(word))]


@lru_cache(maxsize=2)
def stemmer(language):
    return snowballstemmer.stemmer(STEMMERS[language])


# A vocabulary repeats itself: remembering stems makes indexing and snippets several times faster.
@lru_cache(maxsize=100_000)
def stem(word, language):
    return stemmer(language if language in STEMMERS else "en").stemWord(word)


# Snippets look up the written forms of words: remembering them skips folding each time.
@lru_cache(maxsize=100_000)
def stem_of_written(word, language):
    """The stem of a word as written in a text (not yet folded)."""
    folded = fold(word)
    return stem(folded, language) if folded else ""


def document_terms(text, language):
    """The text as the index stores it: each word stemmed in the document's language."""
    return " ".join(stem(word, language) for word in words(text))


def query_terms(text):
    """For each word of a query, the forms it may take in the index (its stems)."""
    return [sorted({stem(word, "en"), stem(word, "fr")}) for word in words(text)]
