from django.urls import path

from . import feeds, views

app_name = "tags"
urlpatterns = [
    path("suggest/", views.suggest_tags, name="suggest"),
    path("<slug:slug>/", views.tag, name="tag"),
    path("<slug:slug>/feed/", feeds.TagFeed(), name="feed"),
]
