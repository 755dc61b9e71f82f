"""Editors moderate discussions: the permission behind the admin's "Comments" queue."""

from django.db import migrations


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    content_type, _ = ContentType.objects.get_or_create(app_label="community", model="comment")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="moderate_comment",
        defaults={"name": "Can moderate comments"},
    )
    Group.objects.get(name="Editors").permissions.add(permission)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(
        content_type__app_label="community", codename="moderate_comment"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("community", "0008_discussions")]

    operations = [migrations.RunPython(grant, revoke)]
