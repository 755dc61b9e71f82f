from django.db import models
from django.http import Http404
from django.urls import Resolver404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from community.models.pages import ViewRestrictionsInOneQuery, VitrinePageManager

from .blocks import FeaturedStreamBlock, SocialLinkBlock


def routes_itself(page, remaining):
    """Whether the page's own route() answers these remaining path components.

    A routable page (the events index, an event) answers when its sub-routes match, else
    routes like any page; any other page type with a route() of its own always answers.
    """
    route = page.specific_class.route
    if route is Page.route:
        return False
    if route is RoutablePageMixin.route and issubclass(page.specific_class, RoutablePageMixin):
        if not page.live:
            return False
        path = "/" + "".join(f"{component}/" for component in remaining)
        try:
            page.specific_class.get_resolver().resolve(path)
        except Resolver404:
            return False
    return True


class HomePage(ViewRestrictionsInOneQuery, Page):
    objects = VitrinePageManager()

    hero_title = models.CharField(
        _("hero title"), max_length=120, help_text=_("The large headline at the top of the page.")
    )
    hero_text = models.TextField(
        _("hero text"), max_length=400, blank=True, help_text=_("One or two sentences under it.")
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul", "h2", "h3"],
        help_text=_("What Vitrine is and who it is for."),
    )
    featured = StreamField(
        FeaturedStreamBlock(),
        blank=True,
        verbose_name=_("featured items"),
        help_text=_("Up to six cards: pages of the site or links elsewhere."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Hero")),
        FieldPanel("intro"),
        FieldPanel("featured"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_title"),
        index.SearchField("hero_text"),
        index.SearchField("intro"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    # The library, events and members sections add their index pages here.
    subpage_types = ["resources.LibraryIndexPage", "community.EventIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Wagtail's routing, with the pages along the path read in one query.

        Page.route reads each level's child, then its specific page: four queries to reach
        a deck. Here the pages along the path come in one query and only the last is made
        specific. A page whose type routes its own way (the events index and its feeds)
        is handed the rest of the path, exactly as Page.route would.
        """
        if not path_components:
            return super().route(request, path_components)
        url_paths = [
            f"{self.url_path}{'/'.join(path_components[: depth + 1])}/"
            for depth in range(len(path_components))
        ]
        along = {
            page.url_path: page
            for page in Page.objects.descendant_of(self).filter(
                slug__in=path_components, url_path__in=url_paths
            )
        }
        page = self
        for depth, url_path in enumerate(url_paths):
            child = along.get(url_path)
            if child is None or child.depth != self.depth + depth + 1:
                raise Http404
            child._cached_parent_obj = page
            page = child
            if page.specific_class is None:
                raise Http404
            remaining = path_components[depth + 1 :]
            if routes_itself(page, remaining):
                return page.specific.route(request, remaining)
        if not page.live:
            raise Http404
        return RouteResult(page.specific)


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Site-wide name, tagline, footer and social links that editors change in the admin."""

    name = models.CharField(_("site name"), max_length=60, default="Vitrine")
    tagline = models.CharField(
        _("tagline"),
        max_length=160,
        default="The knowledge-sharing network for museum digital practitioners",
        help_text=_("Shown under the site name and used as the default page description."),
    )
    footer_text = RichTextField(_("footer text"), blank=True, features=["bold", "italic", "link"])
    social_links = StreamField([("link", SocialLinkBlock())], blank=True)
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when a page without its own image is shared on social media."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("tagline"),
        FieldPanel("footer_text"),
        FieldPanel("social_links"),
        FieldPanel("share_image"),
    ]

    class Meta:
        verbose_name = _("site settings")
