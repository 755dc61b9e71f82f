"""The queryset of Vitrine's page types: private sections found in SQL, not in Python.

Wagtail's `public()` first reads every view restriction, then excludes each restricted
section: one more query each time a listing, a card or the menu asks for public pages. Here
the same rule is one NOT EXISTS condition inside the listing's own query.
"""

from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Coalesce, Length, Substr
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet


def private_section(path="path"):
    """True for a page that a view restriction covers: the restricted page or one below it.

    `path` names the page's path in the outer query ("page__path" from a page's comments).
    """
    covering = PageViewRestriction.objects.annotate(
        section=Substr(OuterRef(path), 1, Length("page__path"))
    ).filter(page__path=F("section"))
    return Exists(covering)


class VitrinePageQuerySet(PageQuerySet):
    def private_q(self):
        return private_section()


VitrinePageManager = PageManager.from_queryset(VitrinePageQuerySet)


def pages():
    """Pages of any type, with the private sections found as above."""
    return VitrinePageQuerySet(Page)


class ViewRestrictionsInOneQuery:
    """Page.get_view_restrictions in one query: the restrictions on the page, on its
    ancestors, or on the pages that any of them is an alias of.

    Wagtail reads the ancestors first, then their restrictions; serving a page asks for them
    on every request.
    """

    def get_view_restrictions(self):
        steps = Page.steplen
        along = [self.path[:end] for end in range(steps, len(self.path) + 1, steps)]
        sources = (
            Page.objects.filter(path__in=along)
            .annotate(source=Coalesce("alias_of_id", "id"))
            .values("source")
        )
        return PageViewRestriction.objects.filter(page_id__in=sources)
