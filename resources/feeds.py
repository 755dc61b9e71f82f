from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from . import services

FEED_LENGTH = 30


class LibraryFeed(Feed):
    """The newest case studies and slides, as an Atom feed."""

    feed_type = Atom1Feed
    title = _("Vitrine library: new case studies and slides")
    subtitle = _("What museum digital practitioners shared most recently.")

    def link(self):
        return services.library().url

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def items(self, obj=None):
        return services.library_cards(
            services.library(), self.request, 1, FEED_LENGTH, tag=obj
        ).object_list

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return f"{item.kicker}. {item.summary}"

    def item_link(self, item):
        return item.url


class TagFeed(LibraryFeed):
    def get_object(self, request, slug):
        self.request = request
        return get_object_or_404(Tag, slug=slug)

    def title(self, obj):
        return _("Vitrine library: %(tag)s") % {"tag": obj.name}

    def link(self, obj):
        return reverse("tags:tag", args=[obj.slug])
