from django.urls import path

from . import feeds, views

app_name = "resources"
urlpatterns = [
    path("upload/", views.upload_deck, name="upload_deck"),
    path("propose/", views.propose_case_study, name="propose_case_study"),
    path("feed/", feeds.LibraryFeed(), name="feed"),
    path("sessions/", views.event_sessions, name="event_sessions"),
    path("uploads/", views.my_uploads, name="my_uploads"),
    path("uploads/<int:pk>/", views.deck_status, name="deck_status"),
    path("uploads/<int:pk>/retry/", views.retry_processing, name="retry_processing"),
    path("uploads/<int:pk>/edit/", views.edit_deck, name="edit_deck"),
    path("uploads/<int:pk>/replace/", views.replace_file, name="replace_file"),
    path("uploads/<int:pk>/delete/", views.delete_deck, name="delete_deck"),
    path(
        "decks/<int:pk>/original/", views.download, {"kind": "original"}, name="download_original"
    ),
    path("decks/<int:pk>/pdf/", views.download, {"kind": "pdf"}, name="download_pdf"),
    path("decks/<int:pk>/embed/", views.embed, name="embed"),
    path("decks/<int:pk>/seen/", views.count_view, name="count_view"),
]
