"""Create the library section at /library/, shown in the main navigation."""

from django.db import migrations

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4


def child_path(parent, position):
    digits = ""
    while position:
        position, remainder = divmod(position, len(ALPHABET))
        digits = ALPHABET[remainder] + digits
    return parent.path + digits.rjust(STEPLEN, "0")


def create_library(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    LibraryIndexPage = apps.get_model("resources", "LibraryIndexPage")

    home = Page.objects.filter(depth=2, content_type__app_label="home").first()
    if home is None or LibraryIndexPage.objects.exists():
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="resources", model="libraryindexpage")
    last_child = Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).order_by("-path").first()
    position = int(last_child.path[-STEPLEN:], 36) + 1 if last_child else 1
    LibraryIndexPage.objects.create(
        title="Library",
        draft_title="Library",
        slug="library",
        content_type=content_type,
        path=child_path(home, position),
        depth=home.depth + 1,
        numchild=0,
        url_path=f"{home.url_path}library/",
        locale_id=home.locale_id,
        show_in_menus=True,
        seo_title="The library: talks, slides and case studies",
        search_description="Slides of the talks given at our meetups and case studies written by museum teams.",
        intro="<p>Slides of the talks given at our meetups, and case studies written by the museum teams who ran the projects.</p>",
    )
    Page.objects.filter(pk=home.pk).update(numchild=home.numchild + 1)


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("home", "0002_home_page"),
    ]

    operations = [migrations.RunPython(create_library, migrations.RunPython.noop)]
