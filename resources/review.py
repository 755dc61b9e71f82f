"""The editors' review queue: slide decks and case study proposals that wait for a decision.

Decisions go through Wagtail's workflow API, as the page editor's own buttons do, so that the
page history, the audit log and our emails (see `notifications`) follow.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Prefetch
from taggit.models import Tag
from wagtail.models import Page, TaskState, WorkflowState

from community import discussions
from community.models import Profile

from .models import CaseStudyPage, Institution, LibraryIndexPage, Slide, SlideDeckPage
from .services import DeckStatus, deck_status

PER_PAGE = 20


class NotInReview(Exception):
    """The item no longer waits for review: another editor decided, or its author withdrew it."""


class ChangedSinceSeen(NotInReview):
    """The item was edited after the editor loaded the queue: what they saw is not what's there."""


class NotReady(Exception):
    """A deck whose slides are not processed cannot be published."""


@dataclass(frozen=True)
class DeckInReview:
    deck: SlideDeckPage
    task_state: TaskState
    title: str
    description: str
    tags: list
    uploader: Profile | None
    first_slide: Slide | None
    status: DeckStatus | None

    @property
    def page(self):
        return self.deck

    @property
    def can_approve(self):
        return self.deck.is_ready


@dataclass(frozen=True)
class ProposalInReview:
    case_study: CaseStudyPage
    task_state: TaskState
    title: str
    summary: str
    proposer: Profile | None
    institution: Institution | None

    @property
    def page(self):
        return self.case_study


def can_review(user):
    """Whether a user decides what the library publishes: publish rights on the library page."""
    library = LibraryIndexPage.objects.first()
    return library is not None and library.permissions_for_user(user).can_publish()


def awaiting_review(user, *models):
    """Open review tasks this user may decide on, for pages of the given models, oldest first."""
    content_types = ContentType.objects.get_for_models(*models).values()
    return (
        TaskState.objects.reviewable_by(user)
        .filter(
            workflow_state__status=WorkflowState.STATUS_IN_PROGRESS,
            workflow_state__content_type__in=content_types,
        )
        .select_related("workflow_state")
        .order_by("started_at", "pk")
    )


def count_awaiting_review(user):
    """How many decks and proposals wait for this user's decision."""
    return awaiting_review(user, SlideDeckPage, CaseStudyPage).count()


def decks_awaiting_review(user, page_number=1, per_page=PER_PAGE):
    """One page of the decks waiting for this user's review, oldest first, with their details.

    A fixed number of queries whatever the page holds.
    """
    page_obj = Paginator(awaiting_review(user, SlideDeckPage), per_page).get_page(page_number)
    states = list(page_obj.object_list)
    decks = (
        SlideDeckPage.objects.select_related("owner__profile", "latest_revision")
        .prefetch_related(
            Prefetch("slides", queryset=Slide.objects.filter(number=1), to_attr="first_slides")
        )
        .in_bulk([page_id(state) for state in states])
    )
    drafts = {pk: draft_fields(deck) for pk, deck in decks.items()}
    tags = Tag.objects.in_bulk(
        {item["tag"] for draft in drafts.values() for item in draft.get("tagged_items", [])}
    )
    items = []
    for state in states:
        deck = decks.get(page_id(state))
        if deck is None:
            continue
        draft = drafts[deck.pk]
        items.append(
            DeckInReview(
                deck=deck,
                task_state=state,
                title=deck.draft_title or deck.title,
                description=draft.get("description", deck.description),
                tags=[
                    tags[item["tag"]].name
                    for item in draft.get("tagged_items", [])
                    if item["tag"] in tags
                ],
                uploader=getattr(deck.owner, "profile", None),
                first_slide=deck.first_slides[0] if deck.first_slides else None,
                status=None if deck.is_ready else deck_status(deck),
            )
        )
    page_obj.object_list = items
    return page_obj


def proposals_awaiting_review(user, page_number=1, per_page=PER_PAGE):
    """One page of the case study proposals waiting for this user's review, oldest first."""
    page_obj = Paginator(awaiting_review(user, CaseStudyPage), per_page).get_page(page_number)
    states = list(page_obj.object_list)
    case_studies = CaseStudyPage.objects.select_related(
        "owner__profile", "latest_revision"
    ).in_bulk([page_id(state) for state in states])
    drafts = {pk: draft_fields(case_study) for pk, case_study in case_studies.items()}
    institutions = Institution.objects.in_bulk(
        {draft.get("institution") for draft in drafts.values()} - {None}
    )
    items = []
    for state in states:
        case_study = case_studies.get(page_id(state))
        if case_study is None:
            continue
        draft = drafts[case_study.pk]
        items.append(
            ProposalInReview(
                case_study=case_study,
                task_state=state,
                title=case_study.draft_title or case_study.title,
                summary=draft.get("summary", case_study.summary),
                proposer=getattr(case_study.owner, "profile", None),
                institution=institutions.get(draft.get("institution", case_study.institution_id)),
            )
        )
    page_obj.object_list = items
    return page_obj


def page_id(task_state):
    return int(task_state.workflow_state.object_id)


def draft_fields(page):
    """The fields of the revision in review, as stored: what approving would publish.

    The page row still holds the first saved values, and turning every revision into a page
    object would cost several queries per item.
    """
    return page.latest_revision.content if page.latest_revision else {}


def open_task_state(page, user, action, seen_revision_id=None):
    """The task in progress on a page, locked until the end of the transaction.

    Raises NotInReview when there is none, ChangedSinceSeen when the page has a newer revision
    than the one the editor saw, and PermissionDenied when the task does not offer the user
    this action (the approval task's groups decide).
    """
    workflow_state = (
        WorkflowState.objects.for_instance(page)
        .filter(status=WorkflowState.STATUS_IN_PROGRESS)
        .select_for_update()
        .first()
    )
    task_state = workflow_state and workflow_state.current_task_state
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        raise NotInReview
    latest_revision_id = (
        Page.objects.filter(pk=page.pk).values_list("latest_revision_id", flat=True).first()
    )
    if seen_revision_id is not None and latest_revision_id != seen_revision_id:
        raise ChangedSinceSeen
    task = task_state.task.specific
    if action not in {name for name, _label, _needs_form in task.get_actions(page, user)}:
        raise PermissionDenied
    return task_state


@transaction.atomic
def approve(page, user, seen_revision_id=None):
    """Approve a deck or proposal in review, which publishes it (and tells a deck's owner)."""
    task_state = open_task_state(page, user, "approve", seen_revision_id)
    if isinstance(page, SlideDeckPage):
        page.refresh_from_db(fields=["processing_state"])
        if not page.is_ready:
            raise NotReady
    task_state.task.specific.on_action(task_state, user, "approve")
    return page


@transaction.atomic
def request_changes(page, user, reason, seen_revision_id=None):
    """Send an item back to its author with the reason they will read."""
    reason = reason.strip()
    if not reason:
        raise ValueError("A reason is required.")
    task_state = open_task_state(page, user, "reject", seen_revision_id)
    task_state.task.specific.on_action(task_state, user, "reject", comment=reason)
    return page


def trust(profile):
    """Mark a member as trusted: their next decks and comments are published without review,
    and their comments waiting for review are published now."""
    discussions.trust_member(profile)
    return profile
