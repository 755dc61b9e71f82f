"""Snippets with the matched words marked, made from the stored text in Python."""

import re
from collections import deque
from itertools import islice

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import WORD, stem_of_written

SNIPPET_WORDS = 30


def snippet(text, terms, language, words=SNIPPET_WORDS):
    """Safe HTML: about `words` words of `text` around its first match, matches in <mark>.

    `terms` is search.analysis.query_terms of the query; a word of the text matches when its
    stem in the text's language is one of them. Only the words up to the end of the snippet
    are read: texts are long, and the first match is usually near their start.
    """
    stems = {item for group in terms for item in group}
    text = " ".join(text.split())
    tokens = WORD.finditer(text)
    before = deque(maxlen=words // 3)  # the words just before the first match
    window, skipped = [], False
    for position, token in enumerate(tokens):
        if stem_of_written(token.group(), language) in stems:
            window, skipped = [*before, token], position > len(before)
            break
        before.append(token)
    else:
        tokens = WORD.finditer(text)  # no match: the snippet is the start of the text
    window += islice(tokens, words - len(window))
    if not window:
        return ""
    more = next(tokens, None) is not None
    start = window[0].start() if skipped else 0
    end = window[-1].end() if more else len(text)
    pieces, position = [], start
    for token in window:
        pieces.append(escape(text[position : token.start()]))
        word = escape(token.group())
        matched = stem_of_written(token.group(), language) in stems
        pieces.append(f"<mark>{word}</mark>" if matched else word)
        position = token.end()
    pieces.append(escape(text[position:end]))
    html = "".join(pieces)
    prefix = "… " if skipped else ""
    suffix = " …" if more else ""
    return mark_safe(prefix + html.strip() + suffix)  # noqa: S308 (every piece escaped above)


def plain(text, length=200):
    text = " ".join(text.split())
    return text if len(text) <= length else re.sub(r"\s+\S*$", "", text[:length]) + " …"
