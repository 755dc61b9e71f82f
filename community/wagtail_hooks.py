from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Profile


class ProfileViewSet(SnippetViewSet):
    """Editors find members and mark the ones they trust (published without review).

    Editors may change profiles, not add them: profiles come with accounts.
    """

    model = Profile
    icon = "user"
    menu_label = "Members"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["display_name", "handle", "is_trusted", "created_at"]
    list_filter = ["is_trusted"]
    search_fields = ["display_name", "handle"]
    panels = [FieldPanel("display_name"), FieldPanel("handle"), FieldPanel("is_trusted")]


register_snippet(ProfileViewSet)
