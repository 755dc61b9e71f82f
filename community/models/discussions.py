"""Discussions: members' comments on pages (slide decks, case studies, events) and reports."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..formatting import render


class Comment(models.Model):
    """A member's comment on a page, or a reply to another comment.

    Deleting is soft (`deleted_at`), so that a thread keeps its shape around what was said.
    `parent` always records the comment replied to; threads are drawn at most
    `MAX_DISPLAY_DEPTH` levels deep, deeper replies sitting at the last level.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        PUBLISHED = "published", _("Published")
        HIDDEN = "hidden", _("Hidden")

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="discussion_comments"
    )
    author = models.ForeignKey(
        "community.Profile",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    body = models.TextField(_("comment"))
    body_html = models.TextField(editable=False)
    slide_number = models.PositiveIntegerField(_("about slide"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PUBLISHED
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(null=True, blank=True, editable=False)
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        permissions = [("moderate_comment", "Can moderate comments")]
        indexes = [
            models.Index(fields=["page", "created_at"], name="comment_page_created"),
            models.Index(fields=["author", "created_at"], name="comment_author_created"),
            models.Index(fields=["status", "created_at"], name="comment_status_created"),
        ]

    def __str__(self):
        return f"Comment {self.pk} on {self.page_id}"

    def save(self, *args, **kwargs):
        # Rendered once here, not on every view of the page.
        self.body_html = render(self.body)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "body_html"}
        super().save(*args, **kwargs)

    @property
    def anchor(self):
        return f"comment-{self.pk}"

    @property
    def is_deleted(self):
        return self.deleted_at is not None


class CommentReport(models.Model):
    """A member's report that a comment breaks the rules; resolved when an editor decides."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        ABUSE = "abuse", _("Harassment or abuse")
        OFF_TOPIC = "off-topic", _("Off topic")
        MISINFORMATION = "misinformation", _("Misleading or false")
        PRIVACY = "privacy", _("Shares someone's private information")
        OTHER = "other", _("Something else")

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        "community.Profile", on_delete=models.CASCADE, related_name="comment_reports"
    )
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices)
    details = models.TextField(_("details"), max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("comment report")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter"], name="one_report_per_member_and_comment"
            )
        ]

    def __str__(self):
        return f"Report on comment {self.comment_id}: {self.reason}"
