"""Snippets with the matched words marked, made from the stored text in Python."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import WORD, fold, stem

SNIPPET_WORDS = 30


def snippet(text, terms, language, words=SNIPPET_WORDS):
    """Safe HTML: about `words` words of `text` around its first match, matches in <mark>.

    `terms` is search.analysis.query_terms of the query; a word of the text matches when its
    stem in the text's language is one of them.
    """
    stems = {item for group in terms for item in group}
    text = " ".join(text.split())
    tokens = list(WORD.finditer(text))
    found = [token for token in tokens if stem(fold(token.group()), language) in stems]
    if not tokens:
        return ""
    first = tokens.index(found[0]) if found else 0
    start_token = max(0, first - words // 3)
    end_token = min(len(tokens), start_token + words)
    start = tokens[start_token].start() if start_token else 0
    end = tokens[end_token - 1].end() if end_token < len(tokens) else len(text)
    marked = {m.start() for m in found}
    pieces, position = [], start
    for token in tokens[start_token:end_token]:
        pieces.append(escape(text[position : token.start()]))
        word = escape(token.group())
        pieces.append(f"<mark>{word}</mark>" if token.start() in marked else word)
        position = token.end()
    pieces.append(escape(text[position:end]))
    html = "".join(pieces)
    prefix = "… " if start_token else ""
    suffix = " …" if end_token < len(tokens) else ""
    return mark_safe(prefix + html.strip() + suffix)  # noqa: S308 (every piece escaped above)


def plain(text, length=200):
    text = " ".join(text.split())
    return text if len(text) <= length else re.sub(r"\s+\S*$", "", text[:length]) + " …"
