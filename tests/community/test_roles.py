from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Workflow


def codenames(group):
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def test_only_the_two_roles_exist(db):
    assert set(Group.objects.values_list("name", flat=True)) == {"Editors", "Event organizers"}


def test_editors_publish_and_moderate_everything(db):
    editors = Group.objects.get(name="Editors")

    page_permissions = {
        (p.page.depth, p.permission.codename) for p in editors.page_permissions.all()
    }
    media_permissions = {p.permission.codename for p in editors.collection_permissions.all()}

    assert page_permissions == {
        (1, "add_page"),
        (1, "change_page"),
        (1, "publish_page"),
        (1, "bulk_delete_page"),
        (1, "lock_page"),
        (1, "unlock_page"),
    }
    assert media_permissions == {
        f"{action}_{model}"
        for action in ("add", "change", "choose", "delete")
        for model in ("image", "document")
    }
    assert codenames(editors) == {
        "wagtailadmin.access_admin",
        "home.change_sitesettings",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        "taggit.add_tag",
        "taggit.change_tag",
        "taggit.delete_tag",
        "resources.add_institution",
        "resources.change_institution",
        "resources.delete_institution",
        "community.change_profile",
        "community.moderate_comment",
    }


def test_event_organizers_reach_the_admin_and_edit_events_only(db):
    organizers = Group.objects.get(name="Event organizers")

    media_permissions = {p.permission.codename for p in organizers.collection_permissions.all()}
    page_permissions = {
        (p.page.url_path, p.permission.codename) for p in organizers.page_permissions.all()
    }

    assert codenames(organizers) == {"wagtailadmin.access_admin"}
    assert page_permissions == {("/home/events/", "add_page"), ("/home/events/", "change_page")}
    assert media_permissions == {"add_image", "choose_image", "add_document", "choose_document"}


def test_editors_approve_in_the_default_workflow(db):
    task = GroupApprovalTask.objects.get()

    assert [g.name for g in task.groups.all()] == ["Editors"]
    assert list(Workflow.objects.values_list("name", flat=True)) == ["Editors approval"]


def test_admin_access_by_role(client, member, editor, organizer, home_page):
    results = {}
    for name, user in (("member", member), ("editor", editor), ("organizer", organizer)):
        client.force_login(user)
        results[name] = (
            client.get("/admin/").status_code,
            client.get(f"/admin/pages/{home_page.pk}/edit/").status_code,
        )
        client.logout()

    assert results["editor"] == (200, 200)
    assert results["organizer"][0] == 200
    assert results["organizer"][1] in {302, 403}
    assert results["member"][0] == 302


def test_anonymous_visitors_sign_in_to_the_admin_through_the_site(client, db):
    first = client.get("/admin/")
    second = client.get(first["Location"])

    assert first.status_code == 302
    assert first["Location"].startswith("/accounts/login/?next=/admin/")
    assert second.status_code == 200
    assert 'name="password"' in second.content.decode()


def test_staff_can_add_users_in_the_admin_and_they_get_a_profile(client, db):
    from community.models import User
    from tests.factories.community import MemberFactory

    admin = MemberFactory(display_name="Clara Admin", is_superuser=True)
    client.force_login(admin)

    form = client.get("/admin/users/new/")
    response = client.post(
        "/admin/users/new/",
        {
            "email": "new.curator@example.org",
            "first_name": "Nora",
            "last_name": "Curator",
            "password1": "a long admin-set password",
            "password2": "a long admin-set password",
            "is_active": "on",
        },
    )

    assert form.status_code == 200
    assert response.status_code == 302
    user = User.objects.get(email="new.curator@example.org")
    assert (user.profile.display_name, user.profile.handle) == ("Nora Curator", "nora-curator")


def test_editors_mark_a_member_trusted_in_the_admin(client, editor, member):
    client.force_login(editor)
    url = f"/admin/snippets/community/profile/edit/{member.profile.pk}/"

    listing = client.get("/admin/snippets/community/profile/?is_trusted=false")
    form = client.get(url)
    client.post(url, {"display_name": "Ana García", "handle": "ana-garcia", "is_trusted": "on"})

    member.profile.refresh_from_db()
    assert listing.status_code == 200
    assert "Ana García" in listing.content.decode()
    assert form.status_code == 200
    assert member.profile.is_trusted


def test_members_and_organizers_cannot_mark_anyone_trusted(client, member, organizer):
    url = f"/admin/snippets/community/profile/edit/{member.profile.pk}/"
    statuses = []
    for user in (member, organizer):
        client.force_login(user)
        statuses.append(
            client.post(url, {"display_name": "X", "handle": "x", "is_trusted": "on"}).status_code
        )

    member.profile.refresh_from_db()
    assert not member.profile.is_trusted
    assert all(status in {302, 403} for status in statuses)
