import factory
from django.contrib.auth.models import Group

from community import services
from community.models import User

PASSWORD = "correct horse battery staple"


class MemberFactory(factory.django.DjangoModelFactory):
    """A member with a profile and an email address, made by the sign-up service."""

    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Member {n}")
    verified = True
    editor = False
    organizer = False

    @classmethod
    def _create(cls, model_class, *, email, display_name, verified, editor, organizer, **kwargs):
        user = services.register_member(
            email=email,
            password=PASSWORD,
            display_name=display_name,
            verified=verified,
            is_staff=editor or organizer,
            **kwargs,
        )
        if editor:
            user.groups.add(Group.objects.get(name="Editors"))
        if organizer:
            user.groups.add(Group.objects.get(name="Event organizers"))
        return user
