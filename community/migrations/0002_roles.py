"""The two staff roles, with exactly the permissions they need.

Editors publish and moderate everything. Event organizers reach the admin and may add
images and documents; their page permissions are granted on the events section by the
migration that creates it, so that they can edit event pages and nothing else.
Wagtail's own "Moderators" group is folded into "Editors": one group approves.
"""

from django.db import migrations

PAGE_PERMISSIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
MEDIA_PERMISSIONS = ["add", "change", "choose", "delete"]


def permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return perm


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    editors, _ = Group.objects.get_or_create(name="Editors")
    organizers, _ = Group.objects.get_or_create(name="Event organizers")
    access_admin = permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")

    root_page = Page.objects.get(depth=1)
    editors.page_permissions.all().delete()
    for action in PAGE_PERMISSIONS:
        GroupPagePermission.objects.create(
            group=editors,
            page=root_page,
            permission=permission(apps, "wagtailcore", "page", f"{action}_page", f"Can {action} page"),
        )

    root_collection = Collection.objects.get(depth=1)
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for group, actions in ((editors, MEDIA_PERMISSIONS), (organizers, ["add", "choose"])):
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=permission(apps, app_label, model, f"{action}_{model}", f"Can {action} {model}"),
                )

    editor_permissions = [access_admin]
    for action in ("add", "change", "delete"):
        editor_permissions.append(permission(apps, "wagtailredirects", "redirect", f"{action}_redirect", f"Can {action} redirect"))
        editor_permissions.append(permission(apps, "taggit", "tag", f"{action}_tag", f"Can {action} tag"))
    editors.permissions.set(editor_permissions)
    organizers.permissions.set([access_admin])

    # One approval step, by the editors, for every page in a workflow.
    moderators = Group.objects.filter(name="Moderators").first()
    for task in GroupApprovalTask.objects.all():
        if moderators and task.groups.filter(pk=moderators.pk).exists():
            task.groups.remove(moderators)
            task.groups.add(editors)
            task.name = "Editors approval"
            task.save()
    Workflow.objects.filter(name="Moderators approval").update(name="Editors approval")
    if moderators:
        moderators.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
