from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def send_email(*, subject, body, from_email, to, html=None):
    """Deliver one email; the request that wrote it has already answered."""
    message = EmailMultiAlternatives(subject=subject, body=body, from_email=from_email, to=to)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


@task()
def resize_avatar(profile_id, path):
    """Turn an uploaded photo into the member's square avatar."""
    from . import services

    return services.resize_avatar(profile_id, path)
