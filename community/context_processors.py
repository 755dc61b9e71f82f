from allauth.account.models import EmailAddress
from django.utils.functional import SimpleLazyObject


def account_status(request):
    """Whether the signed-in member still has to verify their email (queried only when shown)."""

    def needs_email_verification():
        user = request.user
        if not user.is_authenticated:
            return False
        return not EmailAddress.objects.filter(user=user, verified=True).exists()

    return {"needs_email_verification": SimpleLazyObject(needs_email_verification)}
