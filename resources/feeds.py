from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from . import services

FEED_LENGTH = 30


@dataclass(frozen=True)
class FeedSource:
    """What one request's feed is about: kept off the Feed instance, which every thread shares."""

    request: object
    tag: Tag | None = None


class LibraryFeed(Feed):
    """The newest case studies and slides, as an Atom feed."""

    feed_type = Atom1Feed
    title = _("Vitrine library: new case studies and slides")
    subtitle = _("What museum digital practitioners shared most recently.")

    def get_object(self, request, *args, **kwargs):
        return FeedSource(request)

    def link(self, source):
        return services.library().url

    def items(self, source):
        library = services.library()
        return services.library_cards(
            library, source.request, 1, FEED_LENGTH, tag=source.tag
        ).object_list

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return f"{item.kicker}. {item.summary}"

    def item_link(self, item):
        return item.url


class TagFeed(LibraryFeed):
    def get_object(self, request, slug):
        return FeedSource(request, get_object_or_404(Tag, slug=slug))

    def title(self, source):
        return _("Vitrine library: %(tag)s") % {"tag": source.tag.name}

    def link(self, source):
        return reverse("tags:tag", args=[source.tag.slug])
