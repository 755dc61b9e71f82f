from django.urls import path

from . import views

app_name = "community"
urlpatterns = [
    path("", views.directory, name="directory"),
    path("me/", views.own_profile, name="own_profile"),
    path("me/edit/", views.edit_profile, name="edit_profile"),
    path("<slug:handle>/", views.profile, name="profile"),
]
