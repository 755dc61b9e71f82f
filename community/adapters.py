from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import User
from .tasks import send_email

EMAIL_MAX_LENGTH = User._meta.get_field("email").max_length


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email):
        # allauth accepts 320 characters; the account table holds 254 (RFC 5321).
        if len(email) > EMAIL_MAX_LENGTH:
            raise forms.ValidationError(
                _("Email addresses have at most %(limit)d characters.")
                % {"limit": EMAIL_MAX_LENGTH}
            )
        return super().clean_email(email)

    def get_login_redirect_url(self, request):
        # A member who never filled in their profile is led there after signing in.
        profile = getattr(request.user, "profile", None)
        if profile is not None and profile.completed_at is None:
            return reverse("community:edit_profile")
        return super().get_login_redirect_url(request)

    def get_signup_redirect_url(self, request):
        return reverse("community:edit_profile")

    def send_mail(self, template_prefix, email, context):
        # Render now, while the request is at hand; deliver in the task worker.
        context = {**context, "site_name": settings.WAGTAIL_SITE_NAME}
        message = self.render_mail(template_prefix, email, context)
        send_email.enqueue(**message_to_task_arguments(message))


def message_to_task_arguments(message):
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "html": next(
            (
                content
                for content, mimetype in getattr(message, "alternatives", [])
                if mimetype == "text/html"
            ),
            None,
        ),
    }


def user_display(user):
    """How allauth names a member in its messages: their display name, never their email."""
    return user.get_short_name()
