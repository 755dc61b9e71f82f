from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from community import views as community_views
from home import views as home_views
from resources import views as resources_views

urlpatterns = [
    # The admin signs in through allauth too, so two-factor authentication always applies.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("search/", include("search.urls")),
    path("library/", include("resources.urls")),
    path("members/", include("community.urls")),
    path("discussions/", include("community.discussion_urls")),
    path("oembed/", resources_views.oembed, name="oembed"),
    path("privacy/", community_views.privacy_page, name="privacy"),
    path("tags/", include("resources.tag_urls")),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves every other address from the page tree; it comes last. Its pattern refuses
# dots, so calendar files (/events/calendar.ics) go to the same view first: the page's own
# route answers them (RoutablePageMixin), with Wagtail's live and privacy checks.
urlpatterns += [
    re_path(r"^((?:[\w\-]+/)*calendar\.ics)$", wagtail_views.serve, name="page_calendar"),
    path("", include(wagtail_urls)),
]
