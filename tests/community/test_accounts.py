import base64
import hashlib
import hmac
import re
import struct
import time

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import override_settings
from django_tasks import default_task_backend

from community.models import User
from tests.factories.community import PASSWORD, MemberFactory

SIGNUP = {
    "display_name": "Camille Moreau",
    "email": "camille@mba-lyon.fr",
    "password1": "un mot de passe solide",
    "password2": "un mot de passe solide",
}


def sign_in(client, user):
    """Sign in through the form, as allauth's recent-authentication checks expect."""
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302


def field_error(html, field):
    """The error text shown next to a field, tied to its input by aria-describedby."""
    match = re.search(rf'<div class="field__errors" id="id_{field}_error">(.*?)</div>', html, re.S)
    return re.sub(r"<[^>]+>", " ", match.group(1)).split() if match else None


def test_signup_creates_a_named_member_and_sends_a_verification_link(client, db):
    response = client.post("/accounts/signup/", SIGNUP, follow=True)

    html = response.content.decode()
    user = User.objects.get(email="camille@mba-lyon.fr")
    assert (user.profile.display_name, user.profile.handle) == ("Camille Moreau", "camille-moreau")
    assert EmailAddress.objects.get(user=user).verified is False
    assert [m.to for m in mail.outbox] == [["camille@mba-lyon.fr"]]
    assert mail.outbox[0].subject == "[Vitrine] Please Confirm Your Email Address"
    assert mail.outbox[0].body.startswith(
        "Hello from Vitrine,\n\nSomeone, most likely you, gave this"
    )
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    assert "Successfully signed in as Camille Moreau." in html
    assert "Please confirm your email address" in html


def test_following_the_verification_link_verifies_the_email(client, db):
    client.post("/accounts/signup/", SIGNUP)
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]

    page = client.get(f"/{path}")
    response = client.post(f"/{path}", follow=True)

    assert "Confirm Email Address" in page.content.decode()
    assert EmailAddress.objects.get(email="camille@mba-lyon.fr").verified is True
    assert "Please confirm your email address" not in response.content.decode()


@pytest.mark.parametrize(
    ("changes", "field", "expected"),
    [
        ({"display_name": "   "}, "display_name", "This field is required."),
        ({"email": "camille@"}, "email", "Enter a valid email address."),
        (
            {"email": "a" * 250 + "@example.org"},
            "email",
            "Email addresses have at most 254 characters.",
        ),
        (
            {"password2": "something else"},
            "password2",
            "You must type the same password each time.",
        ),
        (
            {"password1": "12345678", "password2": "12345678"},
            "password1",
            "This password is too common.",
        ),
        ({"display_name": "x" * 81}, "display_name", "Ensure this value has at most 80 characters"),
    ],
)
def test_signup_errors_stand_next_to_the_field_and_keep_what_was_typed(
    client, db, changes, field, expected
):
    data = {**SIGNUP, **changes}

    response = client.post("/accounts/signup/", data)

    html = response.content.decode()
    assert response.status_code == 200
    assert " ".join(field_error(html, field)).startswith(expected.split(" (")[0])
    assert f'aria-describedby="id_{field}_helptext id_{field}_error"' in html or (
        f'aria-describedby="id_{field}_error"' in html
    )
    assert 'aria-invalid="true"' in html
    kept = {name: value for name, value in data.items() if "password" not in name and name != field}
    for value in kept.values():
        assert f'value="{value}"' in html
    assert not User.objects.exists()


def test_signup_with_a_taken_email_in_other_case_is_refused(client, db):
    MemberFactory(email="camille@mba-lyon.fr")

    response = client.post("/accounts/signup/", {**SIGNUP, "email": "Camille@MBA-Lyon.fr"})

    assert field_error(response.content.decode(), "email") is not None
    assert User.objects.count() == 1


def test_signup_escapes_markup_in_the_name(client, db):
    client.post("/accounts/signup/", {**SIGNUP, "display_name": "<script>alert(1)</script>"})

    html = client.get("/").content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_login_with_a_wrong_password_says_so_and_keeps_the_email(client, member):
    response = client.post("/accounts/login/", {"login": member.email, "password": "wrong"})

    html = response.content.decode()
    assert "The email address and/or password you specified are not correct." in html
    assert f'value="{member.email}"' in html


def test_login_and_logout(client, member):
    client.post("/accounts/login/", {"login": member.email, "password": PASSWORD})
    signed_in = client.get("/").content.decode()
    client.post("/accounts/logout/")
    signed_out = client.get("/").content.decode()

    assert "Ana García" in signed_in
    assert "Sign out" in signed_in
    assert "Ana García" not in signed_out
    assert "Sign in" in signed_out


def test_failed_logins_on_one_account_are_rate_limited(client, member):
    responses = [
        client.post("/accounts/login/", {"login": member.email, "password": f"wrong-{n}"})
        for n in range(6)
    ]
    correct = client.post("/accounts/login/", {"login": member.email, "password": PASSWORD})

    assert "Too many failed login attempts" not in responses[4].content.decode()
    assert "Too many failed login attempts. Try again later." in responses[5].content.decode()
    assert "Too many failed login attempts" in correct.content.decode()


def test_too_many_sign_ups_from_one_address_get_a_page_in_the_site_design(client, db):
    responses = [
        client.post("/accounts/signup/", {**SIGNUP, "email": f"visitor{n}@example.org"})
        for n in range(21)
    ]

    assert [r.status_code for r in responses[-2:]] == [302, 429]
    html = responses[-1].content.decode()
    assert "Too many attempts" in html
    assert 'class="site-header"' in html


def test_unverified_members_are_asked_to_verify(client, unverified_member, member):
    client.force_login(unverified_member)
    unverified_html = client.get("/").content.decode()
    client.force_login(member)
    verified_html = client.get("/").content.decode()

    assert "Please confirm your email address" in unverified_html
    assert "Please confirm your email address" not in verified_html


@pytest.mark.parametrize(
    "path",
    [
        "/accounts/email/",
        "/accounts/password/change/",
        "/accounts/2fa/",
        "/accounts/2fa/totp/activate/",
    ],
)
def test_account_pages_need_a_signed_in_member(client, db, path):
    response = client.get(path)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize(
    "path", ["/accounts/email/", "/accounts/password/change/", "/accounts/2fa/"]
)
def test_account_pages_use_the_site_design(client, member, path):
    sign_in(client, member)

    html = client.get(path).content.decode()

    assert 'class="skip-link"' in html
    assert 'aria-label="Account settings"' in html
    assert '<link rel="stylesheet" href="/static/home/css/vitrine.css">' in html


def test_two_factor_activation_shows_a_secret_and_rejects_a_wrong_code(client, member):
    sign_in(client, member)

    asked = client.get("/accounts/2fa/totp/activate/")
    reauthenticated = client.post(asked["Location"], {"password": PASSWORD}, follow=True)
    response = client.post("/accounts/2fa/totp/activate/", {"code": "000000"})

    assert asked["Location"].startswith("/accounts/reauthenticate/")
    assert "Authenticator secret" in reauthenticated.content.decode()
    assert field_error(response.content.decode(), "code") == ["Incorrect", "code."]


def test_logout_needs_a_post(client, member):
    client.force_login(member)

    client.get("/accounts/logout/")

    assert client.get("/").context["user"].is_authenticated


def test_password_reset_mail_goes_out_only_for_known_addresses(client, member):
    client.post("/accounts/password/reset/", {"email": member.email})
    client.post("/accounts/password/reset/", {"email": "nobody@example.org"})

    assert [m.to for m in mail.outbox] == [[member.email], ["nobody@example.org"]]
    assert "/accounts/password/reset/key/" in mail.outbox[0].body
    assert "/accounts/password/reset/key/" not in mail.outbox[1].body


@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
def test_account_mail_is_sent_by_the_task_worker_not_the_request(client, db):
    default_task_backend.clear()

    client.post("/accounts/signup/", SIGNUP)

    assert mail.outbox == []
    assert [result.task.name for result in default_task_backend.results] == ["send_email"]
    assert default_task_backend.results[0].args == []
    assert default_task_backend.results[0].kwargs["to"] == ["camille@mba-lyon.fr"]


def test_password_reset_with_a_malformed_address_says_so(client, db):
    response = client.post("/accounts/password/reset/", {"email": "not an address"})

    assert field_error(response.content.decode(), "email") == [
        "Enter",
        "a",
        "valid",
        "email",
        "address.",
    ]
    assert 'value="not an address"' in response.content.decode()
    assert mail.outbox == []


def test_change_password_with_a_wrong_current_password_says_so(client, member):
    sign_in(client, member)

    response = client.post(
        "/accounts/password/change/",
        {
            "oldpassword": "not my password",
            "password1": "a new long password",
            "password2": "a new long password",
        },
    )

    assert field_error(response.content.decode(), "oldpassword") == [
        "Please",
        "type",
        "your",
        "current",
        "password.",
    ]
    assert client.login(email=member.email, password=PASSWORD)


def test_adding_a_malformed_email_address_says_so(client, member):
    sign_in(client, member)

    response = client.post("/accounts/email/", {"action_add": "", "email": "two@@example.org"})

    html = response.content.decode()
    assert field_error(html, "email") == ["Enter", "a", "valid", "email", "address."]
    assert 'value="two@@example.org"' in html


def test_adding_a_second_address_sends_it_a_verification_link(client, member):
    sign_in(client, member)

    client.post("/accounts/email/", {"action_add": "", "email": "ana.garcia@museo.es"})

    assert [m.to for m in mail.outbox] == [["ana.garcia@museo.es"]]
    assert "/accounts/confirm-email/" in mail.outbox[0].body


def totp(secret, offset=0):
    """The RFC 6238 code an authenticator app shows for this secret, offset by whole 30-second steps."""
    counter = int(time.time()) // 30 + offset
    digest = hmac.new(base64.b32decode(secret), struct.pack(">Q", counter), hashlib.sha1).digest()
    start = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[start : start + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def test_two_factor_authentication_protects_the_next_sign_in(client, member):
    sign_in(client, member)
    asked = client.get("/accounts/2fa/totp/activate/")
    page = client.post(asked["Location"], {"password": PASSWORD}, follow=True).content.decode()
    secret = re.search(r'value="([A-Z2-7]{16,})"', page).group(1)

    if int(time.time()) % 30 > 25:  # keep the whole test inside one 30-second window
        time.sleep(5)
    activated = client.post("/accounts/2fa/totp/activate/", {"code": totp(secret, -1)}, follow=True)
    client.post("/accounts/logout/")
    password_step = client.post("/accounts/login/", {"login": member.email, "password": PASSWORD})
    wrong_code = client.post(password_step["Location"], {"code": "123456"})
    # A different code from the one used to activate: each code is accepted once.
    right_code = client.post(password_step["Location"], {"code": totp(secret, 1)})

    assert "Recovery Codes" in activated.content.decode()
    assert password_step["Location"] == "/accounts/2fa/authenticate/"
    assert field_error(wrong_code.content.decode(), "code") == ["Incorrect", "code."]
    assert right_code.status_code == 302
    assert client.get("/").context["user"] == member
