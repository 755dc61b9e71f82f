from django import forms
from django.utils.translation import gettext_lazy as _

from .query import KINDS, SORTS, Query

QUERY_MAX_LENGTH = 200
MAX_FILTER_VALUES = 10  # per facet: more is a crafted address, not a person clicking


class SearchForm(forms.Form):
    all_optional = True  # no "(optional)" mark on the search box
    q = forms.CharField(
        label=_("Search Vitrine"),
        required=False,
        max_length=QUERY_MAX_LENGTH,
        error_messages={
            "max_length": _("That search is too long: keep it under %(limit_value)d characters.")
        },
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())


def read_filters(params):
    """The filters and order in the address, keeping only well-formed values.

    A malformed value (a year that is not a number, an unknown kind) is dropped rather than
    failing the whole page: such addresses come from hand-edited or stale links.
    """

    def values(name, valid=lambda value: True, convert=str):
        kept = []
        for value in params.getlist(name)[:MAX_FILTER_VALUES]:
            value = value.strip()[:100]
            if value and valid(value) and convert(value) not in kept:
                kept.append(convert(value))
        return tuple(kept)

    sort = params.get("sort", "relevance")
    return {
        "kinds": values("kind", lambda value: value in KINDS),
        "tags": values("tag"),
        "years": values("year", lambda value: value.isdigit() and len(value) == 4, int),
        "events": values("event", lambda value: value.isdigit() and len(value) < 10, int),
        "countries": values("country", lambda value: len(value) == 2 and value.isalpha()),
        "languages": values("language", lambda value: value.isalpha() and len(value) < 9),
        "sort": sort if sort in SORTS else "relevance",
    }


def page_number(params):
    value = params.get("page", "1")
    return min(int(value), 10_000) if value.isdigit() and int(value) > 0 else 1


def build_query(text, params, audiences, per_page):
    return Query(
        text=text,
        audiences=audiences,
        page=page_number(params),
        per_page=per_page,
        **read_filters(params),
    )
