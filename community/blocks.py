from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class FigureBlock(blocks.StructBlock):
    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/blocks/figure_block.html"
        description = _("An image with its alternative text and an optional caption.")


class TextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "components/blocks/text_block.html"
        description = _("Paragraphs, lists and links.")


class EventStreamBlock(blocks.StreamBlock):
    """What an event page says about the edition: text, pictures and videos of past editions."""

    text = TextBlock(features=["bold", "italic", "link", "ol", "ul", "h3"])
    figure = FigureBlock()
    embed = EmbedBlock(
        icon="media",
        template="components/blocks/embed_block.html",
        description=_("A video or post from YouTube, Vimeo and other oEmbed providers."),
    )
