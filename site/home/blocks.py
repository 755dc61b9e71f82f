from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class FeaturedPageBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(help_text=_("A published page of the site."))
    summary = blocks.TextBlock(
        required=False,
        max_length=300,
        help_text=_("Optional: replaces the page's own search description on the card."),
    )

    class Meta:
        icon = "doc-full"
        template = "components/blocks/featured_page_block.html"
        description = _("A card that links to a page of the site.")
        label = _("Featured page")


class FeaturedLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    url = blocks.URLBlock(label=_("Address"))
    summary = blocks.TextBlock(required=False, max_length=300)
    image = ImageChooserBlock(required=False)

    class Meta:
        icon = "link"
        template = "components/blocks/featured_link_block.html"
        description = _("A card that links to another website, with an optional image.")
        label = _("Featured link")


class FeaturedStreamBlock(blocks.StreamBlock):
    page = FeaturedPageBlock()
    link = FeaturedLinkBlock()

    class Meta:
        max_num = 6


class SocialLinkBlock(blocks.StructBlock):
    PLATFORMS = [
        ("mastodon", "Mastodon"),
        ("bluesky", "Bluesky"),
        ("linkedin", "LinkedIn"),
        ("instagram", "Instagram"),
        ("youtube", "YouTube"),
        ("newsletter", _("Newsletter")),
        ("website", _("Website")),
    ]
    platform = blocks.ChoiceBlock(choices=PLATFORMS)
    url = blocks.URLBlock(label=_("Address"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["platform_label"] = dict(self.PLATFORMS).get(value["platform"], value["platform"])
        return context

    class Meta:
        icon = "site"
        template = "components/blocks/social_link_block.html"
        description = _("A link to one of the network's social media accounts.")
        label = _("Social link")
