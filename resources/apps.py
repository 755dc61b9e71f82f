from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """Case studies, slide decks and the shared tag vocabulary (the library)."""

    name = "resources"
    verbose_name = "Library"

    def ready(self):
        from wagtail.signals import page_published, workflow_rejected

        from community.privacy import account_deleting

        from . import notifications, services
        from .models import CaseStudyPage, SlideDeckPage

        page_published.connect(
            notifications.deck_published, sender=SlideDeckPage, dispatch_uid="deck_published"
        )
        page_published.connect(
            notifications.case_study_published,
            sender=CaseStudyPage,
            dispatch_uid="case_study_published",
        )
        workflow_rejected.connect(notifications.deck_rejected, dispatch_uid="deck_rejected")
        account_deleting.connect(services.forget_member, dispatch_uid="forget_member")
