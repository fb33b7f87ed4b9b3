"""Signing staff in for tests: a session that has passed both steps of sign-in.

Admin pages need a session verified with a second factor (security.admin_site),
so `force_login` alone is not enough; this also records a verified device.
"""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice


def sign_in(client, user):
    """Sign `client` in as `user`, second factor included. Returns the client."""
    client.force_login(user)
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name="test device", defaults={"confirmed": True}
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
