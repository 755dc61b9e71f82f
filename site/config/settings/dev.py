"""Local development: `make run`. DEBUG is on unless DJANGO_DEBUG says otherwise."""

from .base import *  # noqa: F403 -- settings modules extend the base namespace
from .base import VAR_DIR, email_settings, env_bool, env_int, env_list, env_secret_key, env_str

DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = env_secret_key(DEBUG)
ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)

# Edits show at once while developing: no page cache unless asked for.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)

# Development mail goes to files that `make run` names, one file per message.
globals().update(email_settings(env_str("EMAIL_URL", f"file://{VAR_DIR / 'mail'}")))

if DEBUG:
    # Hashed names need collectstatic; while developing, serve the files as they are.
    STORAGES = {
        **STORAGES,  # noqa: F405
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
