from allauth.account.models import EmailAddress

from community import services
from community.models import Profile, User
from tests.factories.community import MemberFactory


def test_create_user_gives_every_account_a_profile(db):
    user = User.objects.create_user(email="Curator@Example.org", password="x" * 12)

    assert user.email == "curator@example.org"
    assert Profile.objects.filter(user=user).count() == 1
    assert user.profile.handle.startswith("member-")


def test_create_superuser_gets_a_profile_too(db):
    user = User.objects.create_superuser(email="root@example.org", password="x" * 12)

    assert user.profile.display_name == ""
    assert user.get_short_name() == "Member"


def test_register_member_names_the_profile_and_records_the_email(db):
    user = services.register_member(
        email="ana@museo.es", password="x" * 12, display_name="  Ana   García ", verified=True
    )

    assert (user.profile.display_name, user.profile.handle) == ("Ana   García", "ana-garcia")
    assert list(
        EmailAddress.objects.filter(user=user).values_list("email", "verified", "primary")
    ) == [("ana@museo.es", True, True)]


def test_handles_stay_unique_for_the_same_name(db):
    first = MemberFactory(display_name="Sophie Martin")
    second = MemberFactory(display_name="Sophie Martin")
    third = MemberFactory(display_name="sophie  martin")

    assert [first.profile.handle, second.profile.handle, third.profile.handle] == [
        "sophie-martin",
        "sophie-martin-2",
        "sophie-martin-3",
    ]


def test_handle_is_never_built_from_the_email_address(db):
    user = MemberFactory(email="secret.person@example.org", display_name="★★★")

    assert "secret" not in user.profile.handle
    assert user.profile.handle == "member"


def test_name_member_keeps_a_chosen_handle(db):
    user = MemberFactory(display_name="Giulia Romano")

    services.name_member(user.profile, "Giulia Romano-Bianchi")

    assert (user.profile.display_name, user.profile.handle) == (
        "Giulia Romano-Bianchi",
        "giulia-romano",
    )


def test_very_long_names_give_handles_within_the_limit(db):
    name = "Maria " * 40

    handles = {MemberFactory(display_name=name[:80]).profile.handle for _ in range(3)}

    assert len(handles) == 3
    assert all(len(handle) <= 40 for handle in handles)


def test_handles_keep_letters_without_an_ascii_form(db):
    assert services.unique_handle("Michał Łukasz Sørensen") == "michal-lukasz-sorensen"
    assert services.unique_handle("Þóra Straße") == "thora-strasse"
