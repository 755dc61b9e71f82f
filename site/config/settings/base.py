"""Settings shared by every environment; the environment is read here, through typed helpers."""

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parents[3]
VAR_DIR = BASE_DIR / "var"


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_secret_key(debug):
    """The secret key; a development default only while DEBUG is on."""
    key = os.environ.get("DJANGO_SECRET_KEY", "")
    if key:
        return key
    if debug:
        return "dev-only-not-secret-vitrine"
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set. With DEBUG off Vitrine needs a long random secret key: "
        "generate one with `python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
    )


def email_settings(url):
    """Django email settings from an EMAIL_URL such as smtp://user:pass@host:587?tls=true."""
    parts = urlsplit(url)
    backends = {
        "console": "django.core.mail.backends.console.EmailBackend",
        "file": "django.core.mail.backends.filebased.EmailBackend",
        "locmem": "django.core.mail.backends.locmem.EmailBackend",
        "dummy": "django.core.mail.backends.dummy.EmailBackend",
        "smtp": "django.core.mail.backends.smtp.EmailBackend",
        "smtps": "django.core.mail.backends.smtp.EmailBackend",
    }
    if parts.scheme not in backends:
        raise ImproperlyConfigured(
            f"EMAIL_URL scheme {parts.scheme!r} is not one of {', '.join(sorted(backends))}."
        )
    result = {"EMAIL_BACKEND": backends[parts.scheme]}
    if parts.scheme == "file":
        path = Path(unquote(parts.netloc + parts.path))
        result["EMAIL_FILE_PATH"] = path if path.is_absolute() else BASE_DIR / path
    elif parts.scheme.startswith("smtp"):
        query = {key: values[-1].lower() for key, values in parse_qs(parts.query).items()}
        result.update(
            EMAIL_HOST=parts.hostname or "localhost",
            EMAIL_PORT=parts.port or (465 if parts.scheme == "smtps" else 25),
            EMAIL_HOST_USER=unquote(parts.username or ""),
            EMAIL_HOST_PASSWORD=unquote(parts.password or ""),
            EMAIL_USE_SSL=parts.scheme == "smtps",
            EMAIL_USE_TLS=query.get("tls") in {"1", "true", "yes"},
        )
    return result


# Applications

INSTALLED_APPS = [
    "home",
    "community",
    "resources",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "community.context_processors.account_status",
            ],
        },
    },
]


FORM_RENDERER = "home.forms.SiteFormRenderer"

# Data

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'vitrine.sqlite3'}"),
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the task worker writes; IMMEDIATE avoids
    # "database is locked" when both start a write transaction.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "config.redis_cache.SharedClientsRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "vitrine",
        }
    }
else:
    # A cache that every process shares (allauth keeps its rate limits here);
    # `make run` and deployments create the table with `createcachetable`.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "vitrine_cache",
        }
    }

# Background work: Wagtail queues its search and reference index updates here too.
# Slide conversion has a queue of its own, so that it never holds up indexing and email.
TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "slides"]},
}

# The library
LIBRARY_UPLOAD_MAX_BYTES = env_int("LIBRARY_UPLOAD_MAX_BYTES", 50 * 1024 * 1024)
LIBRARY_MAX_SLIDES = env_int("LIBRARY_MAX_SLIDES", 300)
LIBRARY_CONVERSION_TIMEOUT = env_int("LIBRARY_CONVERSION_TIMEOUT", 120)

# Discussions: how many comments a member may post in a window of time (counted in the
# database, so the limit holds across app servers), how long a comment stays editable,
# how many first comments of a member wait for review, and how many members' reports hide one.
DISCUSSION_COMMENTS_PER_WINDOW = env_int("DISCUSSION_COMMENTS_PER_WINDOW", 10)
DISCUSSION_WINDOW_SECONDS = env_int("DISCUSSION_WINDOW_SECONDS", 5 * 60)
DISCUSSION_EDIT_WINDOW_SECONDS = env_int("DISCUSSION_EDIT_WINDOW_SECONDS", 15 * 60)
DISCUSSION_COMMENTS_BEFORE_TRUST = env_int("DISCUSSION_COMMENTS_BEFORE_TRUST", 2)
DISCUSSION_REPORTS_TO_HIDE = env_int("DISCUSSION_REPORTS_TO_HIDE", 3)
DISCUSSION_COMMENT_MAX_LENGTH = env_int("DISCUSSION_COMMENT_MAX_LENGTH", 5000)

# Accounts

AUTH_USER_MODEL = "community.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "community.adapters.AccountAdapter"
ACCOUNT_USER_DISPLAY = "community.adapters.user_display"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "community.forms.SignupForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
# Members can sign in before verifying; posting and uploading require a verified email.
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Vitrine] "
MFA_TOTP_ISSUER = "Vitrine"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# Accept the codes of the neighbouring 30-second windows: phone clocks drift.
MFA_TOTP_TOLERANCE = 1

# Email

globals().update(email_settings(env_str("EMAIL_URL", "console://")))
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "Vitrine <noreply@vitrine.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Internationalisation: the community is European, content is mostly English with some French.

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

# Static and media files

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT", str(VAR_DIR / "static")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# Uploaded originals and PDFs: never under MEDIA_URL, served by views that check permissions.
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Pages for anonymous visitors come from the shared cache for at most this long (0: never);
# every change empties it sooner (home/page_cache.py). Development and tests turn it off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# Values computed from the whole content (the library's filter choices) are kept as long, and
# emptied at the same moments (community/content_version.py). Tests turn it off.
CONTENT_CACHE_SECONDS = env_int("CONTENT_CACHE_SECONDS", 300)
# An event's edit form posts about 26 fields per session: a 60-session programme is ~1,600,
# over Django's default of 1,000.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail

WAGTAIL_SITE_NAME = "Vitrine"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search: the database by default; Elasticsearch (9.x) when ELASTICSEARCH_URL names a server,
# for the site's search (search/) and for Wagtail's admin search alike.
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
ELASTICSEARCH_INDEX = env_str("ELASTICSEARCH_INDEX", "vitrine")
WAGTAILSEARCH_BACKENDS = {
    "default": (
        {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX": f"{ELASTICSEARCH_INDEX}-wagtail",
        }
        if ELASTICSEARCH_URL
        else {"BACKEND": "wagtail.search.backends.database"}
    )
}
WAGTAIL_I18N_ENABLED = False
# One sign-in for everybody, with allauth's rate limits and two-factor authentication.
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "pptx", "odp", "docx", "odt", "xlsx", "ods", "csv", "txt"]
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea"},
}

TAGGIT_CASE_INSENSITIVE = True

# Security defaults that hold everywhere; production.py adds HTTPS.

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django_tasks": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
