from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EventPage, Profile


class ProfileViewSet(SnippetViewSet):
    """Editors find members and mark the ones they trust (published without review).

    Editors may change profiles, not add them: profiles come with accounts.
    """

    model = Profile
    icon = "user"
    menu_label = "Members"
    menu_order = 310
    add_to_admin_menu = True
    list_display = [
        "display_name",
        "handle",
        "organisation",
        "is_trusted",
        "is_suspended",
        "created_at",
    ]
    list_filter = ["is_trusted", "is_suspended", "visibility"]
    search_fields = ["display_name", "handle", "organisation"]
    panels = [
        FieldPanel("display_name"),
        FieldPanel("handle"),
        FieldPanel("is_trusted"),
        FieldPanel("is_suspended"),
        FieldPanel("suspension_reason"),
    ]


register_snippet(ProfileViewSet)


def events_with_slides(pages):
    """The events among these pages (or under them) that slides in the library point to."""
    events = EventPage.objects.none()
    for page in pages:
        events |= EventPage.objects.descendant_of(page, inclusive=True)
    return events.filter(slide_decks__isnull=False).distinct()


def refuse_deleting_events_with_slides(request, pages):
    events = list(events_with_slides(pages).values_list("title", flat=True)[:5])
    if not events:
        return None
    messages.error(
        request,
        _(
            "Not deleted: slides in the library were given at %(events)s. Unpublish the event "
            "instead, or move those slides to another event first."
        )
        % {"events": ", ".join(events)},
    )
    return redirect(request.META.get("HTTP_REFERER") or reverse("wagtailadmin_explore_root"))


@hooks.register("before_delete_page")
def keep_events_with_slides(request, page):
    # The event archive is the community's memory: an event that slides point to stays.
    return refuse_deleting_events_with_slides(request, [page])


@hooks.register("before_bulk_action")
def keep_events_with_slides_in_bulk(request, action_type, objects, action_class_instance):
    if action_type == "page" and action_class_instance.action_type == "delete":
        return refuse_deleting_events_with_slides(request, objects)
    return None


# Discussions: the editors' moderation queue (imports stay local to this section).


@hooks.register("register_admin_urls")
def register_discussion_moderation_urls():
    from django.urls import include, path

    from .discussion_urls import admin_urlpatterns

    return [path("comments/", include(admin_urlpatterns))]


@hooks.register("register_admin_menu_item")
def register_comment_moderation_menu_item():
    from django.utils.translation import gettext_lazy

    from .discussion_views import CommentModerationMenuItem

    return CommentModerationMenuItem(
        gettext_lazy("Comments"),
        reverse("discussion_moderation"),
        name="comments",
        icon_name="comment",
        order=160,
    )


@hooks.register("register_permissions")
def register_comment_moderation_permission():
    # Listed in the admin's group editor, so other groups can be given it too.
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="community", codename="moderate_comment"
    )
