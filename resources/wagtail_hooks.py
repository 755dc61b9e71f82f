from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from community.models import EventIndexPage, EventPage

from . import admin_views, review
from .models import Institution


class InstitutionViewSet(SnippetViewSet):
    model = Institution
    icon = "site"
    menu_label = "Institutions"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "city", "country", "kind"]
    list_filter = ["kind", "size"]
    search_fields = ["name", "city"]


class TagViewSet(SnippetViewSet):
    """Editors rename tags here; merging is its own view (see the Merge tags menu item)."""

    model = Tag
    icon = "tag"
    menu_label = "Tags"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = ["name"]


register_snippet(InstitutionViewSet)
register_snippet(TagViewSet)


@hooks.register("register_admin_urls")
def register_merge_tags_url():
    return [path("tags/merge/", admin_views.merge_tags, name="merge_tags")]


class MergeTagsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("taggit.delete_tag")


@hooks.register("register_admin_menu_item")
def register_merge_tags_menu_item():
    return MergeTagsMenuItem("Merge tags", reverse("merge_tags"), icon_name="tag", order=321)


@hooks.register("register_admin_urls")
def register_review_queue_urls():
    return [
        path("library/review/", admin_views.review_queue, name="review_queue"),
        path("library/review/<int:pk>/approve/", admin_views.approve, name="review_approve"),
        path(
            "library/review/<int:pk>/request-changes/",
            admin_views.request_changes,
            name="review_request_changes",
        ),
        path("library/review/members/<int:pk>/trust/", admin_views.trust, name="review_trust"),
    ]


class ReviewQueueMenuItem(MenuItem):
    """The editors' queue; its label counts what waits for them."""

    def is_shown(self, request):
        return review.can_review(request.user)

    def render_component(self, request):
        component = super().render_component(request)
        if waiting := review.count_awaiting_review(request.user):
            component.label = f"{self.label} ({waiting})"
        return component


@hooks.register("register_admin_menu_item")
def register_review_queue_menu_item():
    return ReviewQueueMenuItem(
        _("Review queue"),
        reverse("review_queue"),
        name="review-queue",
        icon_name="tasks",
        order=150,
    )


# Slides collection: for whoever may edit an event page (organizers and editors).


@hooks.register("register_admin_urls")
def register_slide_collection_urls():
    return [
        path("slides-collection/", admin_views.slide_collections, name="slide_collections"),
        path(
            "slides-collection/<int:event_id>/",
            admin_views.slide_collection,
            name="slide_collection",
        ),
        path(
            "slides-collection/<int:event_id>/sessions/<int:session_id>/upload/",
            admin_views.collection_upload,
            name="slide_collection_upload",
        ),
        path(
            "slides-collection/<int:event_id>/remind/",
            admin_views.collection_remind,
            name="slide_collection_remind",
        ),
    ]


class SlideCollectionMenuItem(MenuItem):
    def is_shown(self, request):
        events = EventIndexPage.objects.first()
        return events is not None and events.permissions_for_user(request.user).can_edit()


@hooks.register("register_admin_menu_item")
def register_slide_collection_menu_item():
    return SlideCollectionMenuItem(
        _("Slides collection"),
        reverse("slide_collections"),
        name="slides-collection",
        icon_name="doc-full",
        order=170,
    )


def slide_collection_button(page, user, priority):
    if not issubclass(page.specific_class or Page, EventPage):
        return None
    if not page.permissions_for_user(user).can_edit():
        return None
    return Button(
        _("Slides collection"),
        reverse("slide_collection", args=[page.pk]),
        icon_name="doc-full",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def event_header_slide_collection_button(page, user, view_name, next_url=None):
    if button := slide_collection_button(page, user, priority=66):
        yield button


@hooks.register("register_page_listing_more_buttons")
def event_listing_slide_collection_button(page, user, next_url=None):
    if button := slide_collection_button(page, user, priority=55):
        yield button
