"""Two-factor sign-in for staff: a code from an authenticator app (TOTP) or a backup code.

Every admin page needs a session verified with a second factor (see
`security.admin_site.StaffAdminSite`). A staff account gets its authenticator
and backup codes from `manage.py staff_two_factor <username>`, run by whoever
administers the site; the same command is the recovery route for a lost phone
(it replaces the authenticator and issues new backup codes).
"""

import base64
from dataclasses import dataclass

from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_DEVICE_NAME = "backup codes"
AUTHENTICATOR_NAME = "authenticator app"


def normalised_code(code: str) -> str:
    return "".join((code or "").split()).lower()


def second_factor_verify(user, code: str):
    """The device that accepts `code` for `user` (using up a backup code), or None.

    Six digits are tried against the authenticator app, anything else against the
    backup codes, so a wrong code never throttles the other kind. Each device
    throttles repeated failures itself.
    """
    code = normalised_code(code)
    if not code or user is None:
        return None
    kind = TOTPDevice if code.isdigit() else StaticDevice
    for device in kind.objects.devices_for_user(user, confirmed=True):
        if device.verify_token(code):
            return device
    return None


def has_second_factor(user) -> bool:
    return any(
        kind.objects.devices_for_user(user, confirmed=True).exists()
        for kind in (TOTPDevice, StaticDevice)
    )


def backup_codes_issue(*, user, count: int = 10) -> list[str]:
    """Replace `user`'s backup codes with `count` new one-time codes, and return them."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name=BACKUP_DEVICE_NAME, defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(count)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    device.throttle_reset()
    return codes


@dataclass(frozen=True)
class Authenticator:
    device: TOTPDevice
    #: otpauth:// address to type or scan into an authenticator app.
    config_url: str
    secret: str


def authenticator_replace(*, user) -> Authenticator:
    """Give `user` a new authenticator-app secret, removing any old one (a lost phone)."""
    TOTPDevice.objects.filter(user=user).delete()
    device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=True)
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return Authenticator(device=device, config_url=device.config_url, secret=secret)
