from django.urls import path, reverse
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
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


class TagViewSet(SnippetViewSet):
    """Editors rename tags here; merging is its own view (see the Merge tags menu item)."""

    model = Tag
    icon = "tag"
    menu_label = "Tags"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = ["name"]


register_snippet(InstitutionViewSet)
register_snippet(TagViewSet)


@hooks.register("register_admin_urls")
def register_merge_tags_url():
    return [path("tags/merge/", admin_views.merge_tags, name="merge_tags")]


class MergeTagsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("taggit.delete_tag")


@hooks.register("register_admin_menu_item")
def register_merge_tags_menu_item():
    return MergeTagsMenuItem("Merge tags", reverse("merge_tags"), icon_name="tag", order=321)
