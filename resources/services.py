import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.files import File
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django_countries.fields import Country
from taggit.models import Tag
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Site

from community.models import EventPage, Profile, Session
from community.models.pages import pages as all_pages
from community.services import visible_profile_ids, visible_to

from . import processing
from .models import (
    CaseStudyAuthor,
    CaseStudyPage,
    CaseStudyTag,
    Institution,
    LibraryIndexPage,
    Slide,
    SlideDeckPage,
    SlideDeckTag,
)
from .models.choices import ProcessingState
from .signals import deck_processed


@dataclass(frozen=True)
class DeckStatus:
    code: str
    label: str
    explanation: str = ""
    can_retry: bool = False

    @property
    def is_processing(self):
        return self.code in {ProcessingState.QUEUED, ProcessingState.PROCESSING}


STALE_PROCESSING = timedelta(minutes=15)


def deck_status(deck):
    """Where a deck stands, in the uploader's words."""
    if deck.removed_at:
        return DeckStatus("removed", _("Deleted"))
    state = deck.processing_state
    if state == ProcessingState.FAILED:
        return DeckStatus(
            "failed", _("Could not be processed"), deck.processing_error, can_retry=True
        )
    if state in {ProcessingState.QUEUED, ProcessingState.PROCESSING}:
        updated = deck.processing_updated_at
        stale = updated is not None and timezone.now() - updated > STALE_PROCESSING
        label = (
            _("Processing") if state == ProcessingState.PROCESSING else _("Waiting to be processed")
        )
        return DeckStatus(
            state,
            label,
            _("Large presentations take a minute. This page updates by itself."),
            can_retry=bool(stale),
        )
    if deck.live:
        return DeckStatus("published", _("Published"), _("Everyone can see it in the library."))
    workflow_state = deck.current_workflow_state
    if workflow_state and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
        comment = workflow_state.current_task_state and workflow_state.current_task_state.comment
        return DeckStatus("changes_requested", _("Not published"), comment or "")
    return DeckStatus(
        "in_review",
        _("Awaiting review"),
        _("An editor checks every new deck before it is published. You will get an email."),
    )


def decks_owned_by(user):
    """A member's decks, newest first, whatever their state, each with its status."""
    decks = (
        SlideDeckPage.objects.filter(owner=user, removed_at__isnull=True)
        .order_by("-pk")
        .prefetch_workflow_states()
    )
    return [{"deck": deck, "status": deck_status(deck)} for deck in decks]


@dataclass(frozen=True)
class CardImage:
    url: str
    width: int
    height: int
    srcset: str = ""  # width descriptors, when there are several sizes


@dataclass(frozen=True)
class Card:
    title: str
    url: str
    summary: str
    image: CardImage | None
    tags: list
    kicker: str = ""


THUMBNAIL_WIDTH = 320


def published_decks():
    """Decks everyone may see, newest first, with what their cards show: the first slide's
    thumbnail and size read in the same query, the tags prefetched."""
    first_slide = Slide.objects.filter(deck=OuterRef("pk"), number=1)
    return (
        SlideDeckPage.objects.live()
        .public()
        .order_by("-first_published_at", "-pk")
        .annotate(
            cover=Subquery(first_slide.values("thumbnail")),
            cover_width=Subquery(first_slide.values("width")),
            cover_height=Subquery(first_slide.values("height")),
        )
        .prefetch_related(
            Prefetch("tagged_items", queryset=SlideDeckTag.objects.select_related("tag")),
        )
    )


def deck_card(deck, request):
    """A deck of published_decks() as a card."""
    image = (
        CardImage(
            Slide._meta.get_field("thumbnail").storage.url(deck.cover),
            THUMBNAIL_WIDTH,
            round(deck.cover_height * THUMBNAIL_WIDTH / deck.cover_width),
        )
        if deck.cover and deck.cover_width
        else None
    )
    return Card(
        title=deck.title,
        url=deck.get_url(request),
        summary=deck.description,
        image=image,
        tags=tag_links(item.tag for item in deck.tagged_items.all()),
        kicker=_("Slides"),
    )


def related_decks(deck, request, limit=4):
    """Published decks from the same meetup or sharing the most tags, as cards."""
    tag_ids = SlideDeckTag.objects.filter(content_object=deck).values("tag_id")
    related = Q(pk__in=SlideDeckTag.objects.filter(tag_id__in=tag_ids).values("content_object_id"))
    shared_tags = (
        SlideDeckTag.objects.filter(content_object=OuterRef("pk"), tag_id__in=tag_ids)
        .order_by()
        .values("content_object")
        .annotate(count=Count("pk"))
        .values("count")
    )
    if deck.event_id:
        related |= Q(event_id=deck.event_id)
    decks = (
        published_decks()
        .exclude(pk=deck.pk)
        .filter(related)
        # Counted per candidate from the tags' index: a Count over a join would group the
        # candidates by all their columns.
        .annotate(shared=Coalesce(Subquery(shared_tags, output_field=IntegerField()), 0))
        .order_by("-shared", "-pk")[:limit]
    )
    return [deck_card(item, request) for item in decks]


def deck_details(deck, request=None):
    """What a deck page shows besides the page itself: slides, speakers, tags, case studies."""
    # The owner and the speakers in one query, each knowing whether the viewer may open it.
    # A draft's preview holds its speakers in memory rather than in the database.
    named = deck.speakers.all()
    named = named.values("pk") if isinstance(named, QuerySet) else [item.pk for item in named]
    speakers = sorted(
        Profile.objects.filter(Q(user_id=deck.owner_id) | Q(pk__in=named)).annotate(
            linked=visible_to(request.user if request else None)
        ),
        key=lambda speaker: speaker.user_id != deck.owner_id,
    )
    event = deck.event if deck.event_id and deck.event.live else None
    return {
        "slides": list(deck.slides.all()),
        "speakers": speakers,
        "event": event,
        "session": deck.session if event and deck.session_id else None,
        "tags": tag_links(deck.tags.all()),
        "case_studies": list(
            deck.case_studies.live().public().select_related("institution").order_by("title")
        ),
        "related_deck_cards": related_decks(deck, request) if request else [],
        "linked_profiles": {speaker.pk for speaker in speakers if speaker.linked},
    }


RECENT_EVENTS = timedelta(days=400)


def session_choices(event_id=None):
    """Sessions to choose from, grouped by event: the chosen event's, else recent and coming."""
    events = EventPage.objects.live().public()
    try:
        events = events.filter(pk=int(event_id)) if event_id else None
    except (TypeError, ValueError):
        events = None
    if events is None:
        since = timezone.localdate() - RECENT_EVENTS
        events = EventPage.objects.live().public().filter(ends_on__gte=since)
    sessions = (
        Session.objects.filter(event__in=events)
        .exclude(format=Session.Format.BREAK)
        .select_related("event")
        .order_by("-event__starts_on", "day", "starts_at", "pk")
    )
    groups = {}
    for session in sessions:
        label = f"{session.day:%d %b}, {session.starts_at:%H:%M} · {session.title}"
        groups.setdefault(session.event.title, []).append((session.pk, label))
    return list(groups.items())


def event_of_session(session_id):
    return Session.objects.filter(pk=session_id).values_list("event_id", flat=True).first()


def case_study_details(case_study, request):
    """What a case study page shows besides the page: authors, tags and related slides."""
    decks = published_decks().filter(pk__in=case_study.related_decks.values("pk"))
    event = case_study.related_event
    authors = case_study.authors.select_related("profile")
    if isinstance(authors, QuerySet):
        authors = list(authors.annotate(linked=visible_to(request.user, "profile_id")))
        linked = {author.profile_id for author in authors if author.profile_id and author.linked}
    else:  # a draft's preview: its authors are in memory
        authors = list(authors)
        linked = visible_profile_ids(request.user, [author.profile_id for author in authors])
    return {
        "related_event": event if event and event.live else None,
        "authors": authors,
        "linked_profiles": linked,
        "tags": tag_links(case_study.tags.all()),
        "related_deck_cards": [deck_card(deck, request) for deck in decks],
    }


def tagged_with(tag):
    return Q(pk__in=CaseStudyTag.objects.filter(tag=tag).values("content_object_id")) | Q(
        pk__in=SlideDeckTag.objects.filter(tag=tag).values("content_object_id")
    )


def library_filter(kind=None, tags=(), year=None, language=None, country=None, event=None):
    """The pages of the library that match every filter given."""
    pages = all_pages().live().public()
    kinds = {"case-study": [CaseStudyPage], "slides": [SlideDeckPage]}.get(
        kind, [CaseStudyPage, SlideDeckPage]
    )
    pages = pages.type(*kinds)
    for tag in tags:
        pages = pages.filter(tagged_with(tag))
    if year:
        case_studies = CaseStudyPage.objects.filter(year_start__lte=year).filter(
            Q(year_end__gte=year) | Q(year_end__isnull=True)
        )
        decks = SlideDeckPage.objects.filter(first_published_at__year=year)
        pages = pages.filter(Q(pk__in=case_studies.values("pk")) | Q(pk__in=decks.values("pk")))
    if language:
        pages = pages.filter(
            Q(pk__in=CaseStudyPage.objects.filter(language=language).values("pk"))
            | Q(pk__in=SlideDeckPage.objects.filter(language=language).values("pk"))
        )
    if country:
        pages = pages.filter(
            pk__in=CaseStudyPage.objects.filter(institution__country=country).values("pk")
        )
    if event:
        pages = pages.filter(
            Q(pk__in=CaseStudyPage.objects.filter(related_event__slug=event).values("pk"))
            | Q(pk__in=SlideDeckPage.objects.filter(event__slug=event).values("pk"))
        )
    return pages


def library_filter_options():
    """The library's most used tags and what its filter form offers."""
    tags = popular_tags(limit=40)
    return tags, library_filter_choices(tags)


def library_filter_choices(tags):
    """What the filters offer: the given tags and the countries that published items use."""
    tags = [(tag.slug, tag.name) for tag in tags]
    # Subqueries on the narrow columns: joins would read each page's row, story included.
    live_case_studies = CaseStudyPage.objects.filter(
        page_ptr_id__in=all_pages().live().values("pk")
    )
    codes = (
        Institution.objects.filter(pk__in=live_case_studies.values("institution_id"))
        .values_list("country", flat=True)
        .distinct()
        .order_by("country")
    )
    countries = sorted(
        ((code, Country(code).name) for code in codes if code), key=lambda item: item[1]
    )
    events = (
        EventPage.objects.live()
        .filter(
            Q(pk__in=SlideDeckPage.objects.live().values("event_id"))
            | Q(pk__in=live_case_studies.values("related_event_id"))
        )
        .order_by("-starts_on")
        .values_list("slug", "title")
    )
    return {"tag_choices": tags, "country_choices": countries, "event_choices": list(events)}


def library_cards(library_page, request, page_number, per_page, tag=None, filters=None):
    """One page of the library's cards, case studies and decks together, newest first.

    A fixed number of queries whatever the page holds: one for the page of ids, then one
    per kind with what its cards need.
    """
    filters = dict(filters or {})
    tags = list(Tag.objects.filter(slug__in=filters.pop("tag", [])))
    if tag is not None:
        tags.append(tag)
    pages = library_filter(tags=tags, **filters).child_of(library_page)
    pages = pages.order_by("-first_published_at", "-pk").values_list("pk", flat=True)
    page_obj = Paginator(pages, per_page).get_page(page_number)
    ids = list(page_obj.object_list)
    items = {deck.pk: deck_card(deck, request) for deck in published_decks().filter(pk__in=ids)}
    items.update(
        (case_study.pk, case_study_card(case_study, request))
        for case_study in published_case_studies().filter(pk__in=ids)
    )
    page_obj.object_list = [items[pk] for pk in ids if pk in items]
    return page_obj


def tag_links(tags):
    """Tags as the tag chips show them: a name and the address of the tag's page."""
    return [{"name": tag.name, "url": reverse("tags:tag", args=[tag.slug])} for tag in tags]


def popular_tags(limit=20):
    """The tags most used by published case studies and decks, most used first."""
    counts = Counter()
    # Live pages as a subquery on the page table alone: a join through the case studies'
    # table would read each case study's row, story included, to count its tags.
    live = all_pages().filter(live=True).values("pk")
    for through in (CaseStudyTag, SlideDeckTag):
        rows = (
            through.objects.filter(content_object_id__in=live)
            .values("tag_id")
            .annotate(uses=Count("pk"))
            .values_list("tag_id", "uses")
        )
        counts.update(dict(rows))
    ranked = [tag_id for tag_id, _uses in counts.most_common(limit)]
    tags = Tag.objects.in_bulk(ranked)
    return [tags[tag_id] for tag_id in ranked if tag_id in tags]


@transaction.atomic
def merge_tags(sources, target):
    """Move every use of the source tags to the target tag, then delete the sources."""
    sources = [tag for tag in sources if tag.pk != target.pk]
    for through in (CaseStudyTag, SlideDeckTag):
        tagged = set(through.objects.filter(tag=target).values_list("content_object_id", flat=True))
        for item in through.objects.filter(tag__in=sources).order_by("pk"):
            if item.content_object_id in tagged:
                item.delete()
            else:
                tagged.add(item.content_object_id)
                through.objects.filter(pk=item.pk).update(tag=target)
    Tag.objects.filter(pk__in=[tag.pk for tag in sources]).delete()
    return target


def suggest_tag_names(typed, limit=10):
    """Tag names for a tag field: those starting with the typed text first, then containing it."""
    if not typed:
        return [tag.name for tag in popular_tags(limit)]
    starting = list(Tag.objects.filter(name__istartswith=typed).order_by("name")[:limit])
    containing = Tag.objects.filter(name__icontains=typed).exclude(pk__in=[t.pk for t in starting])
    return [tag.name for tag in [*starting, *containing.order_by("name")[: limit - len(starting)]]]


# A card's picture at three widths, in WebP: the browser picks one for the card's size.
CARD_RENDITIONS = (
    "fill-320x180|format-webp",
    "fill-640x360|format-webp",
    "fill-960x540|format-webp",
)


def published_case_studies():
    return (
        CaseStudyPage.objects.live()
        .public()
        .order_by("-first_published_at", "-pk")
        .select_related("institution", "hero_image")
        .prefetch_related(
            Prefetch("tagged_items", queryset=CaseStudyTag.objects.select_related("tag"))
        )
    )


def case_study_card(case_study, request):
    image = None
    if case_study.hero_image:
        # Keyed by width: a small original is not enlarged, so two specs may give one size.
        renditions = {
            rendition.width: rendition
            for rendition in case_study.hero_image.get_renditions(*CARD_RENDITIONS).values()
        }
        fallback = renditions.get(640) or max(renditions.values(), key=lambda r: r.width)
        image = CardImage(
            fallback.url,
            fallback.width,
            fallback.height,
            srcset=", ".join(f"{r.url} {width}w" for width, r in renditions.items()),
        )
    institution = case_study.institution
    return Card(
        title=case_study.title,
        url=case_study.get_url(request),
        summary=case_study.summary,
        image=image,
        tags=tag_links(item.tag for item in case_study.tagged_items.all()),
        kicker=_("Case study · %(institution)s, %(years)s")
        % {"institution": institution.name, "years": case_study.years},
    )


def count(deck, counter):
    """Add one to a deck's view, download or embed counter, without a race."""
    SlideDeckPage.objects.filter(pk=deck.pk).update(**{counter: F(counter) + 1})


def deck_for_url(request, url):
    """The published, public deck at an address of this site, or None."""
    parts = urlsplit(url)
    site = Site.find_for_request(request)
    if (
        site is None
        or not parts.path.startswith("/")
        or (parts.netloc and parts.netloc != request.get_host())
    ):
        return None
    url_path = site.root_page.url_path + parts.path.lstrip("/")
    if not url_path.endswith("/"):
        url_path += "/"
    return SlideDeckPage.objects.live().public().filter(url_path=url_path).first()


EMBED_WIDTH, EMBED_MAX_WIDTH, EMBED_MIN_WIDTH = 640, 1280, 240


def oembed(request, deck, max_width=None):
    """The oEmbed answer (a rich iframe) for a published deck."""
    try:
        width = (
            max(EMBED_MIN_WIDTH, min(int(max_width), EMBED_MAX_WIDTH)) if max_width else EMBED_WIDTH
        )
    except ValueError:
        width = EMBED_WIDTH
    first = deck.slides.first()
    ratio = (first.height / first.width) if first and first.width else 9 / 16
    # Room for the controls and the thumbnail strip under the slide.
    height = round(width * ratio) + 150
    src = request.build_absolute_uri(reverse("resources:embed", args=[deck.pk]))
    answer = {
        "version": "1.0",
        "type": "rich",
        "title": deck.title,
        "provider_name": settings.WAGTAIL_SITE_NAME,
        "provider_url": request.build_absolute_uri("/"),
        "width": width,
        "height": height,
        "html": format_html(
            '<iframe src="{}" width="{}" height="{}" title="{}" style="border:0" allowfullscreen '
            'loading="lazy"></iframe>',
            src,
            width,
            height,
            deck.title,
        ),
    }
    if deck.owner_id:
        answer["author_name"] = Profile.objects.get(user_id=deck.owner_id).name
    if first:
        answer.update(
            thumbnail_url=request.build_absolute_uri(first.thumbnail.url),
            thumbnail_width=THUMBNAIL_WIDTH,
            thumbnail_height=round(first.height * THUMBNAIL_WIDTH / first.width),
        )
    return answer


def create_case_study(
    *,
    title,
    summary,
    institution,
    year_start,
    body,
    authors=(),
    tags=(),
    decks=(),
    user=None,
    publish=False,
    **fields,
):
    """Add a case study to the library as a draft (or published), with its authors and tags."""
    page = CaseStudyPage(
        title=title,
        summary=summary,
        institution=institution,
        year_start=year_start,
        body=body,
        owner=user,
        live=False,
        **fields,
    )
    page.authors = [CaseStudyAuthor(**author) for author in authors]
    library().add_child(instance=page)
    page.tags.set(list(tags))
    page.related_decks.set(decks)
    revision = page.save_revision(user=user)
    if publish:
        revision.publish(user=user, skip_permission_checks=True)
    return page


def propose_case_study(*, member, data, sections):
    """Turn a member's proposal into a draft case study in review; it is never published here."""
    institution = Institution.objects.filter(name__iexact=data["institution_name"]).first()
    if institution is None:
        institution = Institution.objects.create(
            name=data["institution_name"],
            city=data["institution_city"],
            country=data["institution_country"],
        )
    body = [
        ("section", {"kind": kind, "heading": "", "text": plain_text_to_html(data[kind])})
        for kind in sections
        if data.get(kind)
    ]
    page = create_case_study(
        title=data["title"],
        summary=data["summary"],
        institution=institution,
        year_start=data["year_start"],
        year_end=data["year_end"],
        project_status=data["project_status"],
        audience=data["audience"],
        budget=data["budget"],
        project_url=data["project_url"],
        language=data["language"],
        licence=data["licence"],
        body=body,
        authors=[{"profile": member.profile}],
        tags=data["tags"],
        user=member,
    )
    if workflow := page.get_workflow():
        workflow.start(page, member)
    return page


def plain_text_to_html(text):
    """Paragraphs of escaped text, for rich text built from a plain textarea."""
    paragraphs = [" ".join(part.split()) for part in text.replace("\r", "").split("\n\n")]
    return "".join(format_html("<p>{}</p>", paragraph) for paragraph in paragraphs if paragraph)


def processing_limits():
    return processing.Limits(
        max_bytes=settings.LIBRARY_UPLOAD_MAX_BYTES,
        max_slides=settings.LIBRARY_MAX_SLIDES,
        conversion_timeout=settings.LIBRARY_CONVERSION_TIMEOUT,
    )


def library():
    return LibraryIndexPage.objects.get()


def upload_deck(*, owner, upload, title, description="", tags=(), speakers=(), **fields):
    """Save an upload as a draft deck and queue its processing; the original is always kept."""
    deck = SlideDeckPage(title=title, description=description, owner=owner, live=False, **fields)
    deck.original.save(Path(upload.name).name, upload, save=False)
    if kept_path := getattr(upload, "kept_path", None):
        upload.close()
        private_storage().delete(kept_path)
    library().add_child(instance=deck)
    deck.tags.set(list(tags))
    deck.speakers.set(speakers)
    deck.save_revision(user=owner)
    queue_processing(deck)
    return deck


KEPT_UPLOAD_SALT = "resources.kept-upload"
KEPT_UPLOAD_MAX_AGE = 24 * 60 * 60


def private_storage():
    """Where originals live: the storage of the deck's file field, so that both always agree."""
    return SlideDeckPage._meta.get_field("original").storage


def keep_upload(upload, owner):
    """Store a valid upload while its form is corrected; returns a signed token for the form."""
    name = Path(upload.name).name[-120:]
    path = private_storage().save(f"kept/{get_random_string(24)}/{name}", upload)
    return signing.dumps({"path": path, "owner": owner.pk}, salt=KEPT_UPLOAD_SALT)


def kept_upload(token, owner):
    """The upload a token names, if it is this member's and recent; otherwise None."""
    try:
        data = signing.loads(token, salt=KEPT_UPLOAD_SALT, max_age=KEPT_UPLOAD_MAX_AGE)
    except signing.BadSignature:
        return None
    storage = private_storage()
    if data.get("owner") != owner.pk or not storage.exists(data["path"]):
        return None
    kept = File(storage.open(data["path"], "rb"), name=Path(data["path"]).name)
    kept.kept_path = data["path"]
    return kept


def edit_deck(deck, user, *, tags, speakers, **details):
    """Save a speaker's new details; on a published deck they show at once only if trusted."""
    draft = deck.get_latest_revision_as_object()
    for name, value in details.items():
        setattr(draft, name, value)
    draft.tags.set(list(tags))
    draft.speakers.set(speakers)
    revision = draft.save_revision(user=user)
    workflow_state = deck.current_workflow_state
    if workflow_state and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
        workflow_state.resume(user)
    elif deck.live and workflow_state is None:
        if is_trusted(user):
            revision.publish(user=user, skip_permission_checks=True)
        elif workflow := deck.get_workflow():
            workflow.start(deck, user)
    return draft


def is_trusted(user):
    profile = getattr(user, "profile", None)
    return bool(profile and profile.is_trusted)


def replace_file(deck, upload):
    """Swap a deck's original for a new file and process it again; the old file goes."""
    old = deck.original.name
    deck.original.save(Path(upload.name).name, upload, save=False)
    SlideDeckPage.objects.filter(pk=deck.pk).update(original=deck.original.name)
    if old and old != deck.original.name:
        private_storage().delete(old)
    queue_processing(deck)


def remove_deck(deck, user):
    """Delete a deck for its author. A deck that was ever published leaves a 410 page behind."""
    if workflow_state := deck.current_workflow_state:
        workflow_state.cancel(user=user)
    if deck.first_published_at is None:
        deck.delete()
        return None
    if deck.live:
        # The author may not unpublish pages in the admin; removing their own deck is their right.
        UnpublishPageAction(deck, user=user).execute(skip_permission_checks=True)
    for slide in deck.slides.all():
        slide.image.delete(save=False)
        slide.thumbnail.delete(save=False)
    deck.slides.all().delete()
    for field in (deck.original, deck.pdf):
        if field:
            field.delete(save=False)
    SlideDeckPage.objects.filter(pk=deck.pk).update(
        removed_at=timezone.now(), original="", pdf="", slide_count=0, description=""
    )
    return deck


def queue_processing(deck):
    """(Re)start processing after the current transaction commits."""
    from .tasks import process_deck

    SlideDeckPage.objects.filter(pk=deck.pk).update(
        processing_state=ProcessingState.QUEUED,
        processing_error="",
        processing_updated_at=timezone.now(),
    )
    transaction.on_commit(lambda: process_deck.enqueue(deck.pk))


def process_deck(deck_id):
    """Run the pipeline on a deck's original, replace its slides, then send it to review."""
    deck = SlideDeckPage.objects.get(pk=deck_id)
    SlideDeckPage.objects.filter(pk=deck.pk).update(
        processing_state=ProcessingState.PROCESSING, processing_updated_at=timezone.now()
    )
    extension = Path(deck.original.name).suffix
    with tempfile.TemporaryDirectory(prefix="vitrine-deck-") as workdir:
        source = Path(workdir) / f"original{extension}"
        with deck.original.open("rb") as original, open(source, "wb") as copy:
            for chunk in original.chunks():
                copy.write(chunk)
        try:
            kind, pdf, rendered = processing.process_file(
                source, extension, Path(workdir) / "work", processing_limits()
            )
        except processing.DeckRejected as refusal:
            record_failure(deck, str(refusal))
            return deck
        except Exception:
            record_failure(
                deck, _("Something went wrong while processing the file. Try again later.")
            )
            raise
        store_slides(deck, kind, pdf, rendered)
    deck.refresh_from_db()
    if not deck.live and not deck.workflow_in_progress:
        send_to_review(deck)
    return deck


def send_to_review(deck):
    """Publish a trusted member's deck at once; put anyone else's in the editors' review."""
    owner = deck.owner
    revision = deck.latest_revision or deck.save_revision(user=owner)
    workflow = deck.get_workflow()
    if is_trusted(owner) or workflow is None:
        # The member may not publish pages; this rule, not their permissions, decides.
        revision.publish(user=owner, skip_permission_checks=True)
        return "published"
    workflow.start(deck, owner)
    return "in review"


def record_failure(deck, reason):
    SlideDeckPage.objects.filter(pk=deck.pk).update(
        processing_state=ProcessingState.FAILED,
        processing_error=reason,
        processing_updated_at=timezone.now(),
    )


def store_slides(deck, kind, pdf, rendered):
    with transaction.atomic():
        deck.slides.all().delete()
        with open(pdf, "rb") as pdf_file:
            deck.pdf.save("slides.pdf", File(pdf_file), save=False)
        for item in rendered:
            slide = Slide(deck=deck, number=item.number, text=item.text, notes=item.notes)
            with open(item.large, "rb") as large, open(item.thumbnail, "rb") as thumbnail:
                slide.image.save(item.large.name, File(large), save=False)
                slide.thumbnail.save(item.thumbnail.name, File(thumbnail), save=False)
            slide.save()
        SlideDeckPage.objects.filter(pk=deck.pk).update(
            pdf=deck.pdf.name,
            source_kind=kind,
            slide_count=len(rendered),
            processing_state=ProcessingState.READY,
            processing_error="",
            processing_updated_at=timezone.now(),
        )
        transaction.on_commit(lambda: deck_processed.send(sender=SlideDeckPage, deck_id=deck.pk))


def forget_member(sender, user, keep_uploads, **kwargs):
    """Before an account goes: delete its uploads, or keep the published ones anonymised.

    Decks and proposals that never reached the library go either way: nobody would be
    left to hear about their review.
    """
    profile = user.profile
    for deck in SlideDeckPage.objects.filter(owner=user).order_by("pk"):
        if keep_uploads and deck.live:
            SlideDeckPage.objects.filter(pk=deck.pk).update(owner=None)
        else:
            remove_deck(deck, user)
    for case_study in CaseStudyPage.objects.filter(owner=user, live=False):
        if workflow_state := case_study.current_workflow_state:
            workflow_state.cancel(user=user)
        case_study.delete()
    CaseStudyPage.objects.filter(owner=user).update(owner=None)
    CaseStudyAuthor.objects.filter(profile=profile).update(
        profile=None, name=profile.name if keep_uploads else _("A former member")
    )
