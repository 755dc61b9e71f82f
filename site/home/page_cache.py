"""Pages for anonymous visitors, served from the shared cache (Redis or the database).

Only requests with no session and no pending message are served from it or stored in it,
and only responses that set no cookie and used no CSRF token are stored: a page for a
signed-in member, or with a form, is never given to someone else.

Every change empties it at once: each stored page carries the content's version token it was
made under (community.content_version), which any save or delete of content, any successful
POST, and the index and slide workers replace; a page of another version is never served.
The token and the page are read in one round trip to the cache. Entries also expire after
PAGE_CACHE_SECONDS, a bound on staleness for any change made another way.
"""

import gzip
import re

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.translation import get_language_from_request

from community import content_version

SKIPPED_PATHS = ("/admin/", "/accounts/", "/django-admin/", "/members/me/", "/members/programme/")
KEPT_HEADERS = ("Content-Type", "Content-Language", "Link", "X-Frame-Options")
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def invalidate(**kwargs):
    """Forget every cached page: the content's version changes."""
    content_version.replace()


def cacheable_request(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(SKIPPED_PATHS)
    )


def cacheable_response(request, response):
    cache_control = {
        part.strip().split("=")[0].lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return (
        response.status_code == 200
        and not response.streaming
        # A page that used a CSRF token sets the csrftoken cookie (and, before the CSRF
        # middleware has answered, carries this flag): either way it is not stored.
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not cache_control & {"private", "no-store", "no-cache"}
    )


def cache_key(request):
    language = get_language_from_request(request)
    # The number is that of the stored format: a new release does not read an older one.
    return f"page-cache:3:{language}:{request.get_host()}:{request.get_full_path()}"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            response = self.get_response(request)
            if request.method in UNSAFE_METHODS and response.status_code < 400:
                view = getattr(request.resolver_match, "func", None)
                if not getattr(view, "changes_no_page", False):
                    invalidate()
            return response
        key = cache_key(request)
        token, stored = content_version.read(key)
        if stored is not None:
            return cached_response(request, stored)
        response = self.get_response(request)
        if cacheable_response(request, response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            headers = {name: response[name] for name in KEPT_HEADERS if name in response}
            stored = {
                "gzipped": gzip.compress(response.content, compresslevel=6, mtime=0),
                "headers": headers,
            }
            content_version.keep(key, token, stored, settings.PAGE_CACHE_SECONDS)
            patch_vary_headers(response, ["Accept-Encoding"])
            response["X-Page-Cache"] = "miss"
        return response


def cached_response(request, stored):
    """A stored page, compressed for browsers that accept gzip (nearly all of them).

    Compressed once when stored: a fifth of the bytes to read from the cache and to send.
    Only these pages are compressed, as they hold no secret (no CSRF token, nothing
    personal) that a compression side channel such as BREACH could reveal.
    """
    if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
        response = HttpResponse(stored["gzipped"], headers=stored["headers"])
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(gzip.decompress(stored["gzipped"]), headers=stored["headers"])
    patch_vary_headers(response, ["Accept-Encoding"])
    response["X-Page-Cache"] = "hit"
    return response


# Rows no public page shows, or that rendering a page itself creates (image renditions,
# oEmbed answers): saving them must not empty the cache.
UNSEEN = {
    "wagtailimages.rendition",
    "wagtailembeds.embed",
    "wagtailsearch.sqliteftsindexentry",
    "wagtailadmin.formstate",
    "wagtailcore.uploadedfile",
    "admin.logentry",
    "sessions.session",
    "django_tasks_database.dbtaskresult",
    "wagtailadmin.editingsession",
    "community.notification",
    "community.sessionstar",
    "community.programmecalendar",
    "wagtailcore.revision",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.pagesubscription",
    "wagtailsearch.indexentry",
    "wagtailusers.userprofile",
    "account.emailconfirmation",
    "mfa.authenticator",
}


def content_changed(sender, update_fields=None, **kwargs):
    if sender._meta.label_lower in UNSEEN:
        return
    if update_fields and set(update_fields) <= {"last_login"}:  # signing in
        return
    invalidate()


def connect():
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from resources.signals import deck_processed
    from search.indexing import index_changed

    post_save.connect(content_changed, dispatch_uid="page_cache_save")
    post_delete.connect(content_changed, dispatch_uid="page_cache_delete")
    m2m_changed.connect(content_changed, dispatch_uid="page_cache_m2m")
    deck_processed.connect(invalidate, dispatch_uid="page_cache_deck")
    index_changed.connect(invalidate, dispatch_uid="page_cache_index")
