"""The meetups as an Atom news feed: every published edition, the newest first."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import linebreaks
from django.utils.translation import gettext as _

from .calendars import dates_text, place_text, with_status
from .events import published_events

FEED_LENGTH = 50


@dataclass(frozen=True)
class FeedSource:
    """What one request's feed is about: kept off the Feed instance, which every thread shares."""

    request: object
    index: object


@dataclass(frozen=True)
class FeedEntry:
    event: object
    link: str


class EventFeed(Feed):
    """Editions of the meetup, announced, moved, cancelled or archived."""

    feed_type = Atom1Feed

    def get_object(self, request, index):
        return FeedSource(request, index)

    def title(self, source):
        return _("%(site)s meetups") % {"site": settings.WAGTAIL_SITE_NAME}

    def subtitle(self, source):
        return _("The yearly meetups of museum digital practitioners: dates, places, programmes.")

    def link(self, source):
        return source.index.get_url(source.request)

    def items(self, source):
        events = published_events(source.index).order_by("-starts_on", "-pk")[:FEED_LENGTH]
        return [FeedEntry(event, event.get_url(source.request)) for event in events]

    def item_title(self, item):
        return with_status(item.event, item.event.title)

    def item_description(self, item):
        event = item.event
        lines = [f"{dates_text(event)} · {place_text(event)}", event.tagline]
        if event.status != event.Status.SCHEDULED:
            lines.append(event.status_note)
        # Atom summaries are HTML: escape what editors typed, keep their paragraphs.
        return linebreaks("\n\n".join(line for line in lines if line), autoescape=True)

    def item_link(self, item):
        return item.link

    def item_pubdate(self, item):
        return item.event.first_published_at

    def item_updateddate(self, item):
        return item.event.last_published_at
