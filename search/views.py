import dataclasses

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from . import services
from .backends import reading_backend
from .forms import SearchForm, build_query

RESULTS_PER_PAGE = 20
SUGGEST_MAX_LENGTH = 100


@require_GET
def search(request):
    form = SearchForm(request.GET)
    text = form.cleaned_data["q"] if form.is_valid() else ""
    context = {"form": form, "query": text}
    if text:
        audiences = services.audiences_for(request.user)
        query = build_query(text, request.GET, audiences, RESULTS_PER_PAGE)
        backend = reading_backend()
        results = backend.search(query)
        if results.total and not results.hits and query.page > 1:
            # Past the last page (an old link): show the last one.
            last = (results.total - 1) // RESULTS_PER_PAGE + 1
            query = dataclasses.replace(query, page=last)
            results = backend.search(query)
        correction = backend.correct(text, audiences) if results.total < 3 else None
        shown_instead = None
        if correction and not results.total:
            # Nothing for what was typed: show what the likely spelling finds.
            shown_instead = text
            query = dataclasses.replace(query, text=correction)
            results = backend.search(query)
        context.update(
            results=results,
            page_obj=services.page_of(results, query),
            correction=correction,
            shown_instead=shown_instead,
            searched_for=query.text,
            facets=services.facet_links(results.facets, request.GET),
            sorts=services.sort_links(query.sort, request.GET),
            filtered=services.active_filters(request.GET),
        )
    return TemplateResponse(request, "search/results.html", context)


@require_GET
def suggest(request):
    text = request.GET.get("q", "")[:SUGGEST_MAX_LENGTH]
    suggestions = reading_backend().suggest(text, services.audiences_for(request.user))
    # Editions repeat talk titles: offer each title once per kind.
    seen, unique = set(), []
    for item in suggestions:
        if (item.text, item.kind) not in seen:
            seen.add((item.text, item.kind))
            unique.append(item)
    return JsonResponse(
        {
            "suggestions": [
                {"text": item.text, "kind": item.kind, "label": services.kind_label(item.kind),
                 "url": item.url}
                for item in unique
            ]
        }
    )  # fmt: skip
