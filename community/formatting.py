"""The small formatting language of comments and profile bios: a safe subset of Markdown.

Markdown is rendered with raw HTML disabled, then the result goes through nh3 (the Rust
sanitiser ammonia) with an allow-list, so that whatever a member types, only paragraphs,
emphasis, links, lists, quotes and code come out, and every link says rel="nofollow ugc".
"""

import nh3
from markdown_it import MarkdownIt

TAGS = {"p", "br", "em", "strong", "a", "ul", "ol", "li", "code", "pre", "blockquote"}
ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}

_markdown = MarkdownIt(
    "commonmark", {"html": False, "linkify": False, "typographer": False}
).disable(["image", "heading", "lheading", "hr", "table"], ignoreInvalid=True)


def render(text):
    """Safe HTML for a member's text; anything outside the allowed subset is escaped or dropped."""
    html = _markdown.render(text or "")
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow ugc noopener",
        strip_comments=True,
    ).strip()
