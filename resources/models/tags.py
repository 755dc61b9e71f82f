from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase


class SlideDeckTag(TaggedItemBase):
    """Tags of slide decks, from the vocabulary that the whole library shares (taggit's Tag)."""

    content_object = ParentalKey(
        "resources.SlideDeckPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class CaseStudyTag(TaggedItemBase):
    """Tags of case studies, from the same shared vocabulary."""

    content_object = ParentalKey(
        "resources.CaseStudyPage", related_name="tagged_items", on_delete=models.CASCADE
    )
