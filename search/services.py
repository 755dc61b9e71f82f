"""What the search views need around the backend: who sees what, labels, links, pages."""

from collections.abc import Sequence
from urllib.parse import urlencode

from allauth.account.models import EmailAddress
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from resources.models.choices import Language

from .models import SearchEntry
from .query import FACETS

KIND_LABELS = {
    "casestudy": _("Case study"),
    "deck": _("Slides"),
    "event": _("Event"),
    "session": _("Session"),
    "member": _("Member"),
    "tag": _("Tag"),
}
FACET_TITLES = {
    "kind": _("Type"),
    "tag": _("Tags"),
    "year": _("Year"),
    "event": _("Event"),
    "country": _("Country"),
    "language": _("Language"),
}


def audiences_for(user):
    """Members-only entries are for verified members (and editors), as on the directory."""
    if not user.is_authenticated:
        return ("public",)
    if user.has_perm("community.change_profile") or (
        EmailAddress.objects.filter(user=user, verified=True).exists()
    ):
        return ("public", "members")
    return ("public",)


def kind_label(kind):
    return str(KIND_LABELS.get(kind, kind))


class ResultWindow(Sequence):
    """The one page of hits a backend returned, standing in for all `total` results."""

    def __init__(self, results):
        self.results = results

    def __len__(self):
        return self.results.total

    def __getitem__(self, index):
        return self.results.hits if isinstance(index, slice) else self.results.hits[index]


def page_of(results, query):
    return Paginator(ResultWindow(results), query.per_page).get_page(query.page)


class Toggles:
    """Query strings with one filter value added or removed, page left out, order kept."""

    def __init__(self, params):
        self.lists = [(key, values) for key, values in params.lists() if key != "page"]

    def __call__(self, name, value):
        pairs, found = [], False
        for key, values in self.lists:
            if key == name:
                found = True
                values = [v for v in values if v != value] if value in values else [*values, value]
            pairs += [(key, v) for v in values]
        if not found:
            pairs.append((name, value))
        return "?" + urlencode(pairs)


def labels(name, values):
    if name == "kind":
        return {value: kind_label(value) for value in values}
    if name == "event":
        ids = [int(value) for value in values if value.isdigit()]
        titles = SearchEntry.objects.filter(kind="event", event_id__in=ids)
        return {str(pk): title for pk, title in titles.values_list("event_id", "title")}
    if name == "country":
        return {value: countries.name(value) or value for value in values}
    if name == "language":
        names = dict(Language.choices)
        return {value: str(names.get(value, value)) for value in values}
    return {value: value for value in values}


def facet_links(facets, params):
    """For each facet, its values as links that add or remove them, selected ones first."""
    toggle = Toggles(params)
    links = []
    for name in FACETS:
        selected = params.getlist(name)
        counts = {item.value: item.count for item in facets.get(name, [])}
        values = [value for value in selected if value not in counts] + list(counts)
        names = labels(name, values)
        items = [
            {
                "label": names.get(value) or value,
                "count": counts.get(value, 0),
                "url": toggle(name, value),
                "selected": value in selected,
            }
            for value in values
        ]
        items.sort(key=lambda item: not item["selected"])
        if items:
            links.append({"name": name, "title": FACET_TITLES[name], "items": items})
    return links


def sort_links(current, params):
    links = []
    for value, label in [("relevance", _("Best match")), ("newest", _("Newest"))]:
        changed = params.copy()
        changed.pop("page", None)
        changed["sort"] = value
        links.append(
            {"label": label, "url": "?" + changed.urlencode(), "current": value == current}
        )
    return links


def active_filters(params):
    return any(params.getlist(name) for name in FACETS)
