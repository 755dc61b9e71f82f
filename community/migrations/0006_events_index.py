"""Create the events section at /events/ and let event organizers edit events there.

Organizers may add and change event pages, not publish them: their changes go to the
editors' approval workflow, which the events inherit from the root page.
"""

from django.db import migrations

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4


def child_path(parent, position):
    digits = ""
    while position:
        position, remainder = divmod(position, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return parent.path + digits.rjust(STEPLEN, "0")


def create_events_index(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    Permission = apps.get_model("auth", "Permission")
    EventIndexPage = apps.get_model("community", "EventIndexPage")

    home = Page.objects.filter(depth=2, content_type__app_label="home").first()
    if home is None or EventIndexPage.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="community", model="eventindexpage")
    last_child = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).order_by("-path").first()
    position = int(last_child.path[-STEPLEN:], 36) + 1 if last_child else 1
    events = EventIndexPage.objects.create(
        title="Events",
        draft_title="Events",
        slug="events",
        content_type=content_type,
        path=child_path(home, position),
        depth=home.depth + 1,
        numchild=0,
        url_path=f"{home.url_path}events/",
        locale_id=home.locale_id,
        show_in_menus=True,
        seo_title="Events: our yearly meetups",
        search_description="The yearly meetups of museum digital practitioners: programmes, speakers and slides, since 2013.",
        intro="Once a year, museum digital practitioners meet in a European city for two days of talks, workshops and long conversations. Every session's slides stay in the library.",
    )
    Page.objects.filter(pk=home.pk).update(numchild=home.numchild + 1)

    page_content_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    organizers, _ = Group.objects.get_or_create(name="Event organizers")
    for action in ("add", "change"):
        permission, _ = Permission.objects.get_or_create(
            content_type=page_content_type, codename=f"{action}_page", defaults={"name": f"Can {action} page"}
        )
        GroupPagePermission.objects.get_or_create(group=organizers, page_id=events.pk, permission=permission)


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0005_events"),
        ("community", "0002_roles"),
        ("home", "0002_home_page"),
        # After the library, so that the navigation reads Library, Events.
        ("resources", "0002_library_index_page"),
    ]

    operations = [migrations.RunPython(create_events_index, migrations.RunPython.noop)]
