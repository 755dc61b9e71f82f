"""Replace Wagtail's placeholder root page with Vitrine's home page, and let editors change site settings."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import migrations

HERO_TITLE = "Learn from the museums that tried it first"
HERO_TEXT = (
    "Vitrine gathers the talks, slides and case studies of museum digital practitioners, "
    "and the people behind them."
)


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("home", "HomePage")

    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    home = HomePage.objects.create(
        title="Vitrine",
        draft_title="Vitrine",
        slug="home",
        content_type=content_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=Locale.objects.get(language_code="en"),
        hero_title=HERO_TITLE,
        hero_text=HERO_TEXT,
    )
    Page.objects.filter(depth=1).update(numchild=1)
    # The site's address, for absolute links in the sitemap and emails, follows the admin's base URL.
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": base_url.hostname or "localhost",
            "port": base_url.port or (443 if base_url.scheme == "https" else 80),
            "root_page_id": home.pk,
            "site_name": "Vitrine",
        },
    )

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    settings_type, _ = ContentType.objects.get_or_create(app_label="home", model="sitesettings")
    change_settings, _ = Permission.objects.get_or_create(
        content_type=settings_type, codename="change_sitesettings", defaults={"name": "Can change site settings"}
    )
    Group.objects.get(name="Editors").permissions.add(change_settings)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("community", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
