from django import template
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Site

from community.content_version import remembered
from community.models.pages import pages

register = template.Library()


@register.inclusion_tag("components/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The sections of the site: its top-level pages shown in menus, the members, then search."""
    request = context["request"]
    site = Site.find_for_request(request)
    items = []
    if site:
        # On every page, and the same until content changes: finding the children of the
        # root reads through all its descendants (a LIKE, or a range of paths).
        items += remembered(
            f"main-navigation:{site.pk}:{get_language()}",
            lambda: [
                {"title": page.title, "url": page.get_url(request)}
                for page in pages().child_of(site.root_page).live().in_menu().public()
            ],
        )
    items.append({"title": _("Members"), "url": reverse("community:directory")})
    items.append({"title": _("Search"), "url": reverse("search:search")})
    for item in items:
        item["current"] = request.path.startswith(item["url"])
    return {"items": items}


@register.simple_tag
def elided_page_range(page_obj):
    """Page numbers around the current one, with the first and last, gaps elided."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
