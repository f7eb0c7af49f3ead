from django.contrib.auth import get_user_model
from django.core.management.base import CommandError


def user_named(username):
    """The user called `username`, or a CommandError naming the one that does not exist."""
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise CommandError(f"Unknown user: {username}")
    return user
