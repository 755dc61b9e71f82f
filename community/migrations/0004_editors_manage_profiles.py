"""Editors may change member profiles: mark a member trusted, correct a display name."""

from django.db import migrations


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="community", model="profile")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename="change_profile", defaults={"name": "Can change member profile"}
    )
    Group.objects.get(name="Editors").permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("community", "0003_profile_is_trusted")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
