from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """Something a member should know about: for now, a new comment where they take part."""

    class Kind(models.TextChoices):
        REPLY = "reply", _("replied to you")
        ON_YOUR_PAGE = "on-your-page", _("commented on your page")
        IN_DISCUSSION = "in-discussion", _("commented in a discussion you take part in")

    recipient = models.ForeignKey(
        "community.Profile", on_delete=models.CASCADE, related_name="notifications"
    )
    comment = models.ForeignKey(
        "community.Comment", on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["recipient", "comment"], name="one_notice_per_comment")
        ]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.comment_id})"
