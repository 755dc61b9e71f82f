import re

from wagtail.models import Page

WORD = re.compile(r"\w+")


def search_pages(query):
    """Published, public pages that match the words of the query, best first."""
    # Only words reach the backend: quotes and operators would be read as its own syntax.
    words = " ".join(WORD.findall(query))
    if not words:
        return Page.objects.none()
    return Page.objects.live().public().specific().search(words)
