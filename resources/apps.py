from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """Case studies, slide decks and the shared tag vocabulary (the library)."""

    name = "resources"
    verbose_name = "Library"
