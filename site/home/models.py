from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import FeaturedStreamBlock, SocialLinkBlock


class HomePage(Page):
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
