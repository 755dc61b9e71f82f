"""Who may open each members' page: anonymous, unverified, member, suspended, editor."""

import pytest

from community.models import Profile
from tests.factories.community import MemberFactory

pytestmark = pytest.mark.django_db

SIGN_IN = "sign in"

PAGES = {
    # path: status for (anonymous, unverified, member, suspended, editor)
    "/members/": (200, 200, 200, 200, 200),
    "/members/me/": (SIGN_IN, 302, 302, 302, 302),
    "/members/me/edit/": (SIGN_IN, 200, 200, 403, 200),
    "/members/me/settings/": (SIGN_IN, 200, 200, 200, 200),
    "/members/me/notifications/": (SIGN_IN, 200, 200, 200, 200),
    "/members/me/export/": (SIGN_IN, 200, 200, 200, 200),
    "/members/me/delete/": (SIGN_IN, 200, 200, 200, 200),
    "/privacy/": (200, 200, 200, 200, 200),
}
VIEWERS = ["anonymous", "unverified", "member", "suspended", "editor"]


@pytest.fixture
def viewers(unverified_member, member, editor):
    suspended = MemberFactory(display_name="Sam Suspended")
    Profile.objects.filter(user=suspended).update(is_suspended=True)
    return {
        "anonymous": None,
        "unverified": unverified_member,
        "member": member,
        "suspended": suspended,
        "editor": editor,
    }


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("viewer", VIEWERS)
def test_members_pages_answer_each_kind_of_visitor(client, viewers, path, viewer):
    if viewers[viewer]:
        client.force_login(viewers[viewer])

    response = client.get(path)

    expected = PAGES[path][VIEWERS.index(viewer)]
    if expected == SIGN_IN:
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")
    else:
        assert response.status_code == expected


@pytest.mark.parametrize("path", ["/members/me/settings/", "/members/me/delete/"])
def test_forms_change_only_the_signed_in_members_own_account(client, member, path):
    other = MemberFactory(display_name="Jonas Lindqvist")
    client.force_login(member)

    client.post(path, {"reply_emails": "none", "password": "wrong", "uploads": "delete"})

    assert Profile.objects.get(user=other).reply_emails == "all"
    assert other.__class__.objects.filter(pk=other.pk).exists()
