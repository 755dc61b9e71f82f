from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from . import services
from .forms import SearchForm

RESULTS_PER_PAGE = 20


def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    page_obj = None
    if query:
        paginator = Paginator(services.search_pages(query), RESULTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(
        request, "search/results.html", {"form": form, "query": query, "page_obj": page_obj}
    )
