"""The test suite: fast hashing, mail in memory, tasks run at once."""

from .base import *  # noqa: F403 -- settings modules extend the base namespace
from .base import VAR_DIR, env_list

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105 -- a fake key, only for tests
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["testserver", "localhost", "127.0.0.1"])

# With ELASTICSEARCH_URL set, tests never touch a deployment's indices.
ELASTICSEARCH_INDEX = "vitrine-test"
# The page cache's own tests turn it on (tests/home/test_page_cache.py).
PAGE_CACHE_SECONDS = 0
CONTENT_CACHE_SECONDS = 0
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Run tasks inside the test, so that assertions see their effects (Wagtail's
# search index updates included).
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["default", "slides"],
    }
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file rather than memory: the live server's request threads then use connections
    # of their own instead of sharing the test's, as in production.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test.sqlite3")}  # noqa: F405
