"""The admin site with two-factor sign-in and login lockout for every staff account.

It replaces Django's default admin site (see `security.apps.StaffAdminConfig`), so
every app's `@admin.register` uses it unchanged.
"""

from django import forms
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed

from security.twofactor import has_second_factor, second_factor_verify

WRONG_CODE = (
    "Enter the 6-digit code from your authenticator app, or one of your backup codes. "
    "The code you entered is wrong or has already been used."
)
NO_SECOND_FACTOR = (
    "Your account does not have two-factor sign-in set up. Ask the site's administrator to "
    "set it up for you (manage.py staff_two_factor)."
)


class StaffSignInForm(AdminAuthenticationForm):
    """Username, password and a security code, checked together."""

    otp_token = forms.CharField(
        label="Security code:",
        required=False,
        help_text="The 6-digit code from your authenticator app, or a backup code.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "spellcheck": "false", "autocapitalize": "none"}
        ),
    )

    def clean(self):
        data = super().clean()
        user = self.get_user()
        if user is None:
            return data
        device = second_factor_verify(user, data.get("otp_token", ""))
        if device is None:
            missing = not has_second_factor(user)
            # Counts towards the lockout like a wrong password, and is audited.
            user_login_failed.send(
                sender=__name__,
                credentials={"username": user.get_username()},
                request=self.request,
                reason="no second factor" if missing else "wrong security code",
            )
            self.user_cache = None
            raise forms.ValidationError(
                NO_SECOND_FACTOR if missing else WRONG_CODE, code="second_factor"
            )
        # django-otp stores the device in the session when the user is logged in.
        user.otp_device = device
        return data


def is_verified(user) -> bool:
    verified = getattr(user, "is_verified", None)
    return bool(verified and verified())


class StaffAdminSite(admin.AdminSite):
    login_form = StaffSignInForm
    login_template = "security/admin_login.html"

    def has_permission(self, request):
        """Active staff whose session was verified with a second factor."""
        return super().has_permission(request) and is_verified(request.user)
