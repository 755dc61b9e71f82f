from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock

from community.blocks import FigureBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "blockquote"]


class SectionBlock(blocks.StructBlock):
    SECTIONS = [
        ("context", _("Context")),
        ("challenge", _("Challenge")),
        ("approach", _("Approach")),
        ("results", _("Results")),
        ("lessons", _("Lessons learned")),
        ("budget", _("Budget and team")),
        ("other", _("Another heading")),
    ]
    kind = blocks.ChoiceBlock(choices=SECTIONS, default="context", label=_("Section"))
    heading = blocks.CharBlock(
        required=False,
        max_length=120,
        help_text=_("Optional: replaces the section's usual heading."),
    )
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["heading"] = value["heading"] or dict(self.SECTIONS).get(value["kind"], "")
        return context

    class Meta:
        icon = "doc-full"
        template = "components/blocks/section_block.html"
        description = _(
            "A part of the story: context, challenge, approach, results, lessons or budget."
        )
        preview_value = {
            "kind": "lessons",
            "text": "<p>Rehearse the first minute. Have a second moderator for the chat.</p>",
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=800)
    attribution = blocks.CharBlock(required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote_block.html"
        description = _("Something a team member or a visitor said.")
        preview_value = {
            "quote": "The replays mattered more than the live.",
            "attribution": "Community manager",
        }


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    url = blocks.URLBlock(label=_("Address"))
    description = blocks.TextBlock(required=False, max_length=300)

    class Meta:
        icon = "link"
        template = "components/blocks/link_block.html"
        description = _("A link to a report, a tool or a page about the project.")


class CaseStudyStreamBlock(blocks.StreamBlock):
    section = SectionBlock()
    figure = FigureBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        icon="media",
        template="components/blocks/embed_block.html",
        description=_("A video or post from YouTube, Vimeo and other oEmbed providers."),
    )
    link = LinkBlock()
