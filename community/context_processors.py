from allauth.account.models import EmailAddress
from django.utils.functional import SimpleLazyObject

from .models import Notification


def account_status(request):
    """Whether the signed-in member still has to verify their email (queried only when shown)."""

    def needs_email_verification():
        user = request.user
        if not user.is_authenticated:
            return False
        return not EmailAddress.objects.filter(user=user, verified=True).exists()

    def unread_notifications():
        user = request.user
        if not user.is_authenticated:
            return 0
        return Notification.objects.filter(recipient__user=user, read_at__isnull=True).count()

    return {
        "needs_email_verification": SimpleLazyObject(needs_email_verification),
        "unread_notifications": SimpleLazyObject(unread_notifications),
    }
