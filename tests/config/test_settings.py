import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.settings.base import email_settings, env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k7Jx2Qp9vL4mN8rT1wY6zB3cF5hD0gS2aE9uI7oP4lK1jH6-strong-key"


def manage(*args, settings="config.settings.production", **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "EMAIL_URL", "REDIS_URL"))
    }
    environment.update(DJANGO_SETTINGS_MODULE=settings, **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_without_a_secret_key_stops_with_a_clear_message():
    result = manage("check", DJANGO_ALLOWED_HOSTS="vitrine.example.org")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_dev_settings_with_debug_off_need_a_secret_key_too():
    result = manage("check", settings="config.settings.dev", DJANGO_DEBUG="false")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_production_without_allowed_hosts_stops_with_a_clear_message():
    result = manage("check", DJANGO_SECRET_KEY=STRONG_KEY)

    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS is not set" in result.stderr


def test_production_settings_pass_the_deployment_checks():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SECRET_KEY=STRONG_KEY,
        DJANGO_ALLOWED_HOSTS="vitrine.example.org",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("console://", {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}),
        (
            "smtp://mailer:p%40ss@mail.example.org:587?tls=true",
            {
                "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "EMAIL_HOST": "mail.example.org",
                "EMAIL_PORT": 587,
                "EMAIL_HOST_USER": "mailer",
                "EMAIL_HOST_PASSWORD": "p@ss",
                "EMAIL_USE_SSL": False,
                "EMAIL_USE_TLS": True,
            },
        ),
        (
            "smtps://mail.example.org",
            {
                "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "EMAIL_HOST": "mail.example.org",
                "EMAIL_PORT": 465,
                "EMAIL_HOST_USER": "",
                "EMAIL_HOST_PASSWORD": "",
                "EMAIL_USE_SSL": True,
                "EMAIL_USE_TLS": False,
            },
        ),
        (
            "file:///tmp/vitrine-mail",
            {
                "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
                "EMAIL_FILE_PATH": Path("/tmp/vitrine-mail"),
            },
        ),
    ],
)
def test_email_url_gives_django_email_settings(url, expected):
    assert email_settings(url) == expected


def test_email_url_with_an_unknown_scheme_is_refused():
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL scheme 'pigeon'"):
        email_settings("pigeon://loft")


def test_environment_helpers_read_typed_values(monkeypatch):
    monkeypatch.setenv("VITRINE_TEST_FLAG", "Yes")
    monkeypatch.setenv("VITRINE_TEST_NUMBER", "42")
    monkeypatch.setenv("VITRINE_TEST_LIST", " a.example, b.example ,,")

    values = (
        env_bool("VITRINE_TEST_FLAG"),
        env_int("VITRINE_TEST_NUMBER", 0),
        env_list("VITRINE_TEST_LIST"),
    )

    assert values == (True, 42, ["a.example", "b.example"])


def test_environment_helpers_refuse_malformed_values(monkeypatch):
    monkeypatch.setenv("VITRINE_TEST_FLAG", "maybe")
    monkeypatch.setenv("VITRINE_TEST_NUMBER", "forty")

    with pytest.raises(ImproperlyConfigured, match="VITRINE_TEST_FLAG must be true or false"):
        env_bool("VITRINE_TEST_FLAG")
    with pytest.raises(ImproperlyConfigured, match="VITRINE_TEST_NUMBER must be a whole number"):
        env_int("VITRINE_TEST_NUMBER", 0)


def test_migrate_prepares_a_new_database_with_the_database_cache(tmp_path):
    # `make run` on a fresh clone: the first migrations save the default site and pages,
    # which empties the page cache, so the cache's table must exist before them.
    database = tmp_path / "new.sqlite3"

    result = manage(
        "migrate",
        "--noinput",
        settings="config.settings.dev",
        DATABASE_URL=f"sqlite:///{database}",
    )

    assert result.returncode == 0, result.stderr
    cached = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.core.cache import cache; cache.set('k', 'v'); print(cache.get('k'))",
        settings="config.settings.dev",
        DATABASE_URL=f"sqlite:///{database}",
    )
    assert cached.stdout.strip() == "v", cached.stderr
