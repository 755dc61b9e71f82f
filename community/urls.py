from django.urls import path

from . import views

app_name = "community"
urlpatterns = [
    path("", views.directory, name="directory"),
    path("me/", views.own_profile, name="own_profile"),
    path("me/edit/", views.edit_profile, name="edit_profile"),
    path("me/settings/", views.account_settings, name="settings"),
    path("me/notifications/", views.notification_list, name="notifications"),
    path("me/programme/", views.my_programme, name="my_programme"),
    path("me/programme/reset-link/", views.reset_programme_link, name="reset_programme_link"),
    path(
        "me/programme/sessions/<int:session_id>/star/",
        views.star_session,
        name="star_session",
    ),
    path("programme/<slug:token>.ics", views.programme_feed, name="programme_feed"),
    path("me/export/", views.export_data, name="export_data"),
    path("me/delete/", views.delete_account, name="delete_account"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("<slug:handle>/", views.profile, name="profile"),
]
