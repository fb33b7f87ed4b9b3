"""Forms for the provider portal.

A proposal is validated by the same model rules as the officers' admin (the
forms are model forms on a copy of the service that is never saved), so the
messages are the same; nothing is written to the directory until approval.
"""

import re

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError

from directory.models import AGE_VALIDATORS, AreaOfProvision, Location, Need, OpeningTime, Service
from providers.selectors import LOCATION_FIELDS, SERVICE_FIELDS, normalise_text

TEXT_MAX_LENGTH = 10_000
MAX_LOCATIONS = 20
WEEKDAYS = OpeningTime.Weekday.choices
AGE_MESSAGES = {validator.code: validator.message for validator in AGE_VALIDATORS}

REQUIRED_MESSAGES = {
    "name": "Enter the name of the service",
    "summary": "Enter a short summary of the service",
    "description": "Enter a description of the service",
    "how_to_access": "Enter how families can get this service",
    "areas": "Select at least one type of provision",
    "min_age": "Enter the youngest age, from 0 to 25",
    "max_age": "Enter the oldest age, from 0 to 25",
    "level": "Select the level of support",
    "where_offered": "Select where the service is offered",
}


def _limit_text(form, name, value):
    if isinstance(value, str) and len(value) > TEXT_MAX_LENGTH:
        label = form.fields[name].label
        form.add_error(
            name,
            f"{label} must be {TEXT_MAX_LENGTH:,} characters or fewer. It has "
            f"{len(value):,} characters now.",
        )


class ServiceProposalForm(forms.ModelForm):
    """Every field a family sees. Bound to an unsaved copy of the service."""

    note = forms.CharField(
        label="Anything the council should know about this change (optional)",
        help_text="For example, why it changed. Families do not see this.",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
        error_messages={"max_length": "The note must be 2,000 characters or fewer"},
    )

    class Meta:
        model = Service
        fields = [*SERVICE_FIELDS, "needs", "areas"]
        widgets = {
            "needs": forms.CheckboxSelectMultiple,
            "areas": forms.CheckboxSelectMultiple,
            "level": forms.RadioSelect,
            "where_offered": forms.RadioSelect,
            "min_age": forms.TextInput(attrs={"inputmode": "numeric", "spellcheck": "false"}),
            "max_age": forms.TextInput(attrs={"inputmode": "numeric", "spellcheck": "false"}),
            "summary": forms.Textarea(attrs={"rows": 3}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
            "contact_phone": forms.TextInput(attrs={"type": "tel"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["needs"].queryset = Need.objects.select_related("broad_area").order_by(
            "order", "name"
        )
        self.fields["areas"].queryset = AreaOfProvision.objects.all()
        self.fields["areas"].label = "Types of provision"
        self.fields["needs"].help_text = "Select all that apply."
        for name, field in self.fields.items():
            field.input_class = ""
            if name in REQUIRED_MESSAGES:
                field.error_messages["required"] = REQUIRED_MESSAGES[name]
                field.error_messages["invalid_choice"] = REQUIRED_MESSAGES[name]
        for name in ("min_age", "max_age"):
            field = self.fields[name]
            field.error_messages = {
                **field.error_messages,
                **AGE_MESSAGES,
                "invalid": "Enter the age in whole years, like 5",
            }
            field.input_class = "govuk-input--width-2"
        for name in ("name", "contact_email", "website"):
            self.fields[name].input_class = "govuk-!-width-two-thirds"
        self.fields["contact_phone"].input_class = "govuk-input--width-20"
        self.fields["contact_email"].error_messages["invalid"] = (
            "Enter an email address in the correct format, like name@example.com"
        )
        self.fields["website"].error_messages["invalid"] = (
            "Enter a web address in the correct format, like https://www.example.org"
        )
        for name in ("needs", "areas"):
            self.fields[name].small = True
            self.fields[name].error_messages["invalid_pk_value"] = "Select from the list"
            self.fields[name].error_messages["invalid_choice"] = "Select from the list"
        for name in ("level", "where_offered"):
            self.fields[name].legend_class = "govuk-fieldset__legend--s"

    def clean(self):
        cleaned = super().clean()
        for name in SERVICE_FIELDS:
            value = normalise_text(cleaned.get(name))
            if name in cleaned:
                cleaned[name] = value
            _limit_text(self, name, value)
        return cleaned

    def proposal(self) -> dict:
        data = {name: self.cleaned_data[name] for name in SERVICE_FIELDS}
        data["needs"] = sorted(n.pk for n in self.cleaned_data["needs"])
        data["areas"] = sorted(a.pk for a in self.cleaned_data["areas"])
        return data


# --- Opening times as one text box per day ----------------------------------------------

_TIME = r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?m\.?)?"
_PERIOD = re.compile(rf"^{_TIME}\s*(?:to|-|–|—|until|till)\s*{_TIME}$", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\n)\s*", re.IGNORECASE)


def _to_24h(hour: str, minute: str | None, meridiem: str | None) -> str | None:
    h, m = int(hour), int(minute or 0)
    if meridiem:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if meridiem.lower().startswith("p") else 0)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    return f"{h:02d}:{m:02d}"


def parse_opening_times(text: str, day: str) -> list[tuple[str, str]]:
    """'09:00 to 12:00, 13:00 to 16:30' -> [('09:00', '12:00'), ('13:00', '16:30')]."""
    example = f"Enter {day}'s opening times like 09:00 to 17:00, or leave it empty if closed"
    periods = []
    for part in _SPLIT.split(text.strip()):
        if not part:
            continue
        match = _PERIOD.match(part)
        if not match:
            raise ValidationError(example)
        opens = _to_24h(*match.groups()[:3])
        closes = _to_24h(*match.groups()[3:])
        if opens is None or closes is None:
            raise ValidationError(example)
        if closes <= opens:
            raise ValidationError(f"{day}: the closing time must be after the opening time")
        periods.append((opens, closes))
    if len(periods) > 6:
        raise ValidationError(f"{day}: enter at most 6 opening times a day")
    return sorted(periods)


def format_opening_times(opening_times: list, weekday: int) -> str:
    return ", ".join(f"{o} to {c}" for day, o, c in opening_times if day == weekday)


class LocationProposalForm(forms.ModelForm):
    """A place where the service happens, with its weekly opening times."""

    location_id = forms.IntegerField(widget=forms.HiddenInput, required=False)
    remove = forms.BooleanField(label="Remove this location from the service", required=False)

    class Meta:
        model = Location
        fields = LOCATION_FIELDS
        widgets = {
            "address": forms.Textarea(attrs={"rows": 3, "autocomplete": "off"}),
            "accessibility": forms.Textarea(attrs={"rows": 3}),
            "opening_exceptions": forms.Textarea(attrs={"rows": 2}),
        }
        error_messages = {
            "name": {"required": "Enter the venue name"},
            "address": {"required": "Enter the address"},
            "postcode": {"required": "Enter the postcode"},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for weekday, label in WEEKDAYS:
            self.fields[f"day_{weekday}"] = forms.CharField(
                label=label, required=False, max_length=120
            )
        for name, field in self.fields.items():
            field.input_class = ""
            if name.startswith("day_"):
                field.input_class = "govuk-input--width-20"
        self.fields["postcode"].input_class = "govuk-input--width-10"
        self.fields["name"].input_class = "govuk-!-width-two-thirds"
        self.fields["remove"].small = True

    def day_fields(self):
        return [self[f"day_{weekday}"] for weekday, _ in WEEKDAYS]

    def clean(self):
        cleaned = super().clean()
        times = []
        for weekday, label in WEEKDAYS:
            name = f"day_{weekday}"
            try:
                periods = parse_opening_times(cleaned.get(name) or "", label)
            except ValidationError as error:
                self.add_error(name, error)
                continue
            times.extend([weekday, opens, closes] for opens, closes in periods)
        cleaned["opening_times"] = times
        for name in LOCATION_FIELDS:
            value = normalise_text(cleaned.get(name))
            if name in cleaned:
                cleaned[name] = value
            _limit_text(self, name, value)
        return cleaned

    def full_clean(self):
        # A location being removed is not checked: a mistake in it should not stop
        # the provider removing it.
        if self.is_bound and self.data.get(self.add_prefix("remove")) in ("on", "1", "true"):
            self._errors = forms.utils.ErrorDict()
            self.cleaned_data = {"remove": True, "location_id": self._raw_location_id()}
            return
        super().full_clean()

    def _raw_location_id(self):
        try:
            return int(self.data.get(self.add_prefix("location_id")) or 0) or None
        except (TypeError, ValueError):
            return None

    @staticmethod
    def initial_for(location: dict) -> dict:
        initial = {name: location.get(name, "") for name in LOCATION_FIELDS}
        initial["location_id"] = location.get("id")
        for weekday, _ in WEEKDAYS:
            initial[f"day_{weekday}"] = format_opening_times(
                location.get("opening_times", []), weekday
            )
        return initial


class BaseLocationFormSet(forms.BaseFormSet):
    def __init__(self, *args, location_ids=(), **kwargs):
        self.location_ids = set(location_ids)
        super().__init__(*args, **kwargs)

    def clean(self):
        if any(self.errors):
            return
        seen = set()
        for form in self.forms:
            location_id = form.cleaned_data.get("location_id")
            if location_id is None:
                continue
            if location_id not in self.location_ids or location_id in seen:
                raise ValidationError(
                    "A location in the form is not one of this service's locations. "
                    "Reload the page and try again."
                )
            seen.add(location_id)

    def proposal(self) -> list[dict]:
        kept, new = [], []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("remove"):
                continue
            location = {
                "id": data.get("location_id"),
                **{name: data[name] for name in LOCATION_FIELDS},
                "postcode": form.instance.postcode,  # as the model writes it: "BM1 2AB"
                "opening_times": data["opening_times"],
            }
            (new if location["id"] is None else kept).append(location)
        return sorted(kept, key=lambda loc: loc["id"]) + new


LocationFormSet = forms.formset_factory(
    LocationProposalForm,
    formset=BaseLocationFormSet,
    extra=1,
    max_num=MAX_LOCATIONS,
    validate_max=True,
    absolute_max=MAX_LOCATIONS + 5,
)


class ArchiveRequestForm(forms.Form):
    note = forms.CharField(
        label="Why should this service be removed?",
        help_text="For example, it has closed or it has been replaced. Families do not see this.",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        error_messages={
            "required": "Enter why the service should be removed",
            "max_length": "The reason must be 2,000 characters or fewer",
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["note"].input_class = ""


class OrganisationChoiceForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label="Which organisation runs the new service?",
        queryset=None,
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={
            "required": "Select the organisation that runs the service",
            "invalid_choice": "Select the organisation that runs the service",
        },
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["organisation"].legend_class = "govuk-fieldset__legend--s"


class SetPasswordForm(forms.Form):
    """A new provider chooses a password (Django's validators apply)."""

    first_name = forms.CharField(
        label="Your first name",
        max_length=150,
        error_messages={"required": "Enter your first name"},
    )
    last_name = forms.CharField(
        label="Your last name",
        max_length=150,
        error_messages={"required": "Enter your last name"},
    )
    password1 = forms.CharField(
        label="Create a password",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        strip=False,
        error_messages={"required": "Enter a password"},
    )
    password2 = forms.CharField(
        label="Type the password again",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        strip=False,
        error_messages={"required": "Type the password again"},
    )

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email
        self.fields["password1"].help_text = (
            "At least 8 characters. Not a common password, not only numbers, and not like "
            "your name or email address."
        )
        for field in self.fields.values():
            field.input_class = "govuk-!-width-two-thirds"
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"

    def clean(self):
        cleaned = super().clean()
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", "The passwords do not match")
        elif p1:
            probe = get_user_model()(
                username=self.email,
                email=self.email,
                first_name=cleaned.get("first_name", ""),
                last_name=cleaned.get("last_name", ""),
            )
            try:
                password_validation.validate_password(p1, probe)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class ExistingAccountForm(forms.Form):
    """Someone who already has an account accepts by typing their password."""

    password = forms.CharField(
        label="Your password",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        strip=False,
        error_messages={"required": "Enter your password"},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["password"].input_class = "govuk-!-width-two-thirds"

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError("The password is not right. Try again, or reset it.")
        return password
