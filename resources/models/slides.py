from django.db import models
from django.utils.translation import gettext_lazy as _


def slide_path(slide, filename):
    return f"slides/{slide.deck.file_key}/{filename}"


class Slide(models.Model):
    """One rendered page of a deck: its images, its text and the speaker's notes."""

    deck = models.ForeignKey(
        "resources.SlideDeckPage", on_delete=models.CASCADE, related_name="slides"
    )
    number = models.PositiveIntegerField()
    image = models.ImageField(upload_to=slide_path, width_field="width", height_field="height")
    thumbnail = models.ImageField(upload_to=slide_path)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    text = models.TextField(blank=True)
    notes = models.TextField(_("speaker notes"), blank=True)

    class Meta:
        ordering = ["deck", "number"]
        constraints = [
            models.UniqueConstraint(fields=["deck", "number"], name="unique_slide_number")
        ]

    def __str__(self):
        return f"{self.deck} — slide {self.number}"

    @property
    def text_summary(self):
        """The slide's text on one line, short enough for an image's alternative text."""
        text = " ".join(self.text.split())
        return text if len(text) <= 150 else text[:149].rstrip() + "…"

    @property
    def anchor(self):
        return f"slide-{self.number}"
