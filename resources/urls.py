from django.urls import path

from . import views

app_name = "resources"
urlpatterns = [
    path("upload/", views.upload_deck, name="upload_deck"),
    path("uploads/", views.my_uploads, name="my_uploads"),
    path("uploads/<int:pk>/", views.deck_status, name="deck_status"),
    path("uploads/<int:pk>/retry/", views.retry_processing, name="retry_processing"),
]
