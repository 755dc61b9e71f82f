from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Institution


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "site"
    menu_label = "Institutions"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "city", "country", "kind"]
    list_filter = ["kind", "size"]
    search_fields = ["name", "city"]


register_snippet(InstitutionViewSet)
