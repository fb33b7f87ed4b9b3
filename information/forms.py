"""The form for asking for the Local Offer in another format."""

from django import forms

from core.forms import SpamTrapField, caught_by_spam_trap
from information.models import FormatRequest


class FormatRequestForm(forms.ModelForm):
    # A field people never see; bots fill it in (as on the comment form).
    hp_reference_code = SpamTrapField()

    class Meta:
        model = FormatRequest
        fields = [
            "format",
            "language",
            "delivery",
            "name",
            "address",
            "postcode",
            "email",
            "phone",
            "notes",
        ]
        labels = {
            "format": "Which format do you need?",
            "language": "Which language? (only if you chose another language)",
            "delivery": "How should we send it?",
            "name": "Your name",
            "address": "Address (if you want it by post)",
            "postcode": "Postcode",
            "email": "Email address (if you want it by email)",
            "phone": "Phone number (optional: we may call if we have a question)",
            "notes": "Anything else we should know (optional)",
        }
        widgets = {
            "format": forms.RadioSelect,
            "delivery": forms.RadioSelect,
            "address": forms.Textarea(attrs={"rows": 3}),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }
        error_messages = {
            "format": {"required": "Choose the format you need"},
            "delivery": {"required": "Choose how we should send it"},
            "name": {"required": "Enter your name"},
            "email": {"invalid": "Enter an email address like name@example.com"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["format"].choices = FormatRequest.Format.choices
        self.fields["delivery"].choices = FormatRequest.Delivery.choices
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.attrs.update(autocomplete="tel", inputmode="tel")
        self.fields["postcode"].widget.attrs["autocomplete"] = "postal-code"
        self.fields["address"].widget.attrs["autocomplete"] = "street-address"

    def clean(self):
        data = super().clean()
        delivery = data.get("delivery")
        if delivery == FormatRequest.Delivery.POST:
            if not (data.get("address") or "").strip():
                self.add_error("address", "Enter the address to post it to")
            if not (data.get("postcode") or "").strip():
                self.add_error("postcode", "Enter the postcode")
        wants_email = delivery == FormatRequest.Delivery.EMAIL
        if wants_email and not data.get("email") and "email" not in self.errors:
            self.add_error("email", "Enter the email address to send it to")
        if (
            data.get("format") == FormatRequest.Format.LANGUAGE
            and not (data.get("language") or "").strip()
        ):
            self.add_error("language", "Enter the language you need")
        return data

    @property
    def caught_by_spam_trap(self) -> bool:
        return caught_by_spam_trap(self)

    def over_rate_limit(self, message: str) -> None:
        """Show `message` above the form, keeping everything typed (nothing was sent)."""
        self.add_error(None, message)

    def request_data(self) -> dict:
        return {name: self.cleaned_data.get(name, "") for name in self.Meta.fields}
