"""What the index holds for each kind of thing, and which things it may hold at all.

Only what anybody may see becomes an entry: published public pages, decks that finished
processing, sessions of published events, profiles visible to the public or to members.
"""

from allauth.account.models import EmailAddress
from django.db.models import Exists, OuterRef, Prefetch
from django.urls import reverse

from community.models import EventPage, Profile, Session, SessionSpeaker
from resources.models import CaseStudyPage, SlideDeckPage
from resources.models.choices import ProcessingState

from .query import Entry, SlideText

BATCH = 200


def key(kind, pk):
    return f"{kind}:{pk}"


def split_key(entry_key):
    kind, _, pk = entry_key.partition(":")
    return kind, int(pk) if pk.isdigit() else None


def stream_text(stream):
    return " ".join(str(text) for text in stream.stream_block.get_searchable_content(stream))


def public_pages(model):
    return model.objects.live().public()


# Querysets of everything that may be in the index, fetched in few queries.


def case_studies():
    return (
        public_pages(CaseStudyPage)
        .select_related("institution", "related_event")
        .prefetch_related("tags", "authors__profile")
    )


def decks():
    return (
        public_pages(SlideDeckPage)
        .filter(processing_state=ProcessingState.READY, removed_at__isnull=True)
        .select_related("event", "session")
        .prefetch_related("tags", "speakers", "slides")
    )


def events():
    return public_pages(EventPage).prefetch_related("tags", "partners")


def sessions():
    return (
        Session.objects.filter(event__in=public_pages(EventPage))
        .select_related("event")
        .prefetch_related(
            Prefetch("speakers", queryset=SessionSpeaker.objects.select_related("profile"))
        )
    )


def members():
    verified = EmailAddress.objects.filter(user=OuterRef("user"), verified=True)
    return (
        Profile.objects.filter(
            Exists(verified),
            user__is_active=True,
            visibility__in=[Profile.Visibility.PUBLIC, Profile.Visibility.MEMBERS],
        )
        .select_related("user")
        .prefetch_related("expertise")
    )


# One entry for each thing.


def case_study_entry(page):
    institution = page.institution
    authors = [
        author.profile.name if author.profile_id else author.name for author in page.authors.all()
    ]
    body = " ".join(
        [
            page.summary,
            stream_text(page.body),
            institution.name,
            institution.city,
            page.audience,
            *authors,
        ]
    )
    date = page.first_published_at.date() if page.first_published_at else None
    return Entry(
        key=key("casestudy", page.pk),
        kind="casestudy",
        title=page.title,
        url=page.url,
        body=body,
        language=page.language,
        date=date,
        tags=[tag.name for tag in page.tags.all()],
        event_id=page.related_event_id,
        event_title=page.related_event.title if page.related_event_id else "",
        country=str(institution.country),
        suggestions=[institution.name],
    )


def deck_entry(page):
    slides = list(page.slides.all())
    speakers = [profile.name for profile in page.speakers.all()]
    session = page.session.title if page.session_id else ""
    event = page.event
    date = event.starts_on if event else None
    if date is None and page.first_published_at:
        date = page.first_published_at.date()
    return Entry(
        key=key("deck", page.pk),
        kind="deck",
        title=page.title,
        url=page.url,
        body=" ".join([page.description, *speakers, session]),
        language=page.language,
        date=date,
        tags=[tag.name for tag in page.tags.all()],
        event_id=page.event_id,
        event_title=event.title if event else "",
        country=str(event.country) if event else "",
        image_url=slides[0].thumbnail.url if slides else "",
        slides=[
            SlideText(
                number=slide.number,
                text=" ".join(part for part in [slide.text, slide.notes] if part),
                thumbnail_url=slide.thumbnail.url,
            )
            for slide in slides
        ],
    )


def event_entry(page):
    body = " ".join(
        [
            page.theme,
            page.tagline,
            stream_text(page.description),
            page.city,
            page.venue_name,
            page.venue_address,
            *(partner.name for partner in page.partners.all()),
        ]
    )
    return Entry(
        key=key("event", page.pk),
        kind="event",
        title=page.title,
        url=page.url,
        body=body,
        date=page.starts_on,
        tags=[tag.name for tag in page.tags.all()],
        event_id=page.pk,
        event_title=page.title,
        country=str(page.country),
        suggestions=[page.city],
    )


def session_entry(session):
    event = session.event
    speakers = [
        " ".join(part for part in [speaker.display_name, speaker.organisation] if part)
        for speaker in session.speakers.all()
    ]
    return Entry(
        key=key("session", session.pk),
        kind="session",
        title=session.title,
        url=f"{event.url}#{session.anchor}",
        body=" ".join([session.abstract, *speakers, session.room, session.get_format_display()]),
        date=session.day,
        event_id=event.pk,
        event_title=event.title,
        country=str(event.country),
    )


def member_entry(profile):
    audience = "public" if profile.visibility == Profile.Visibility.PUBLIC else "members"
    expertise = [tag.name for tag in profile.expertise.all()]
    return Entry(
        key=key("member", profile.pk),
        kind="member",
        title=profile.name,
        url=reverse("community:profile", args=[profile.handle]),
        body=" ".join([profile.headline, profile.organisation, profile.city, profile.bio]),
        audience=audience,
        tags=expertise,
        country=str(profile.country),
        image_url=profile.avatar.url if profile.avatar else "",
        suggestions=[profile.organisation] if profile.organisation else [],
    )


KINDS = {
    "casestudy": (case_studies, case_study_entry),
    "deck": (decks, deck_entry),
    "event": (events, event_entry),
    "session": (sessions, session_entry),
    "member": (members, member_entry),
}


def entries_for(keys):
    """(entries to index, keys to remove): what each key should be in the index now."""
    wanted = {}
    for entry_key in keys:
        kind, pk = split_key(entry_key)
        if kind in KINDS and pk is not None:
            wanted.setdefault(kind, set()).add(pk)
    entries, gone = [], []
    for kind, pks in wanted.items():
        queryset, build = KINDS[kind]
        found = {item.pk: item for item in queryset().filter(pk__in=pks)}
        entries += [build(found[pk]) for pk in sorted(found)]
        gone += [key(kind, pk) for pk in sorted(pks - set(found))]
    return entries, gone


def all_entries():
    """Every entry, built in batches so that memory stays flat."""
    for queryset, build in KINDS.values():
        items = queryset().order_by("pk")
        last = 0
        while batch := list(items.filter(pk__gt=last)[:BATCH]):
            yield from (build(item) for item in batch)
            last = batch[-1].pk


def count_all():
    return sum(queryset().count() for queryset, _ in KINDS.values())


def keys_of_page(page):
    """The keys a (specific) page stands for: itself, and for an event, its sessions."""
    if isinstance(page, CaseStudyPage):
        return [key("casestudy", page.pk)]
    if isinstance(page, SlideDeckPage):
        return [key("deck", page.pk)]
    if isinstance(page, EventPage):
        return [
            key("event", page.pk),
            *(key("session", pk) for pk in page.sessions.values_list("pk", flat=True)),
        ]
    return []
