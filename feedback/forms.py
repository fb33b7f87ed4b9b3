"""The public comment form."""

from django import forms
from django.core.validators import slug_re
from django.forms.utils import ErrorDict

from core.forms import SpamTrapField, caught_by_spam_trap
from directory.models import Service
from directory.validators import validate_uk_phone
from feedback.models import Comment, has_visible_characters, validate_comment_length
from feedback.services import normalise_text

AGE_NOT_GIVEN = "not_given"
NOT_SENT_MESSAGE = "Your comment has not been sent. Please try again."


class CharacterCountTextarea(forms.Textarea):
    """A textarea for GOV.UK's character count: its count message describes it too.

    No `maxlength` attribute: a browser would cut off pasted text without
    saying so. The length is checked on the server with a clear message.
    """

    def __init__(self, attrs=None):
        super().__init__({"rows": 8, "class": "govuk-js-character-count", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        info = f"{widget_attrs.get('id', 'id_' + name)}-info"
        described = widget_attrs.get("aria-describedby", "")
        widget_attrs["aria-describedby"] = f"{info} {described}".strip()
        widget_attrs.pop("maxlength", None)
        return context


def is_service_slug(value) -> bool:
    """Whether `value` could be a service's slug, so it is safe and worth looking up.

    Checked before querying: a NUL character, for one, makes PostgreSQL refuse the query.
    """
    max_length = Service._meta.get_field("slug").max_length
    return isinstance(value, str) and len(value) <= max_length and bool(slug_re.match(value))


class ServiceChoiceField(forms.ModelChoiceField):
    """A published service, by slug. Anything that cannot be a slug is refused unread."""

    def to_python(self, value):
        if value not in self.empty_values and not is_service_slug(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class RadioField(forms.ChoiceField):
    """Radios whose "required" message also answers a value that is not one of the choices.

    Only a tampered form sends one; "Select a valid choice. xx is not one of the
    available choices" would mean nothing to the person who sees it.
    """

    widget = forms.RadioSelect

    def __init__(self, *, legend_class="govuk-fieldset__legend--m", **kwargs):
        super().__init__(**kwargs)
        self.legend_class = legend_class
        if "invalid_choice" not in (kwargs.get("error_messages") or {}):
            self.error_messages["invalid_choice"] = self.error_messages["required"]


class CommentForm(forms.Form):
    about = RadioField(
        label="What is your comment about?",
        choices=Comment.About.choices,
        error_messages={"required": "Select what your comment is about"},
    )
    service = ServiceChoiceField(
        label="Which service?",
        help_text="Only if your comment is about a service.",
        queryset=Service.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label="Choose a service",
        error_messages={"invalid_choice": "Select a service from the list"},
    )
    page_url = forms.CharField(
        label="Which page?",
        help_text="Only if your comment is about a page on this website. The page title is fine.",
        max_length=200,
        required=False,
        error_messages={"max_length": "The page must be 200 characters or fewer"},
    )
    theme = RadioField(
        label="Which of these best describes your comment?",
        choices=Comment.Theme.choices,
        error_messages={"required": "Select which of these best describes your comment"},
    )
    text = forms.CharField(
        label="Your comment",
        help_text=(
            "Tell us what works well, what could be better, or what is missing. Please do not "
            "include names or other personal details: we take out any we find before we "
            "publish anything."
        ),
        widget=CharacterCountTextarea(),
        error_messages={"required": "Enter your comment"},
    )
    commenter_role = RadioField(
        label="Which of these describes you?",
        choices=Comment.Role.choices,
        error_messages={"required": "Select which of these describes you"},
    )
    child_age_group = RadioField(
        label="How old is the child or young person? (optional)",
        choices=[
            *Comment.AgeGroup.choices,
            (AGE_NOT_GIVEN, "Does not apply, or I would rather not say"),
        ],
        required=False,
        error_messages={
            "invalid_choice": (
                "Select how old the child or young person is, or that it does not apply"
            )
        },
    )
    contact_name = forms.CharField(
        label="Your name (optional)",
        max_length=100,
        required=False,
        error_messages={"max_length": "Your name must be 100 characters or fewer"},
    )
    contact_email = forms.EmailField(
        label="Email address",
        max_length=254,
        required=False,
        error_messages={
            "invalid": "Enter an email address in the correct format, like name@example.com",
            "max_length": "Enter an email address of 254 characters or fewer",
        },
    )
    contact_phone = forms.CharField(
        label="Phone number",
        max_length=30,
        required=False,
        validators=[validate_uk_phone],
        error_messages={"max_length": "Enter a phone number of 30 characters or fewer"},
    )
    hp_reference_code = SpamTrapField()

    contact_fields = ("contact_name", "contact_email", "contact_phone")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.input_class = ""  # read by components/field.html
        self.fields["service"].queryset = Service.objects.published().only("slug", "name")
        for name in ("contact_email", "contact_phone"):
            self.fields[name].widget.attrs["autocomplete"] = "email" if "email" in name else "tel"
            self.fields[name].input_class = "govuk-!-width-two-thirds"
        self.fields["contact_email"].widget.input_type = "email"
        self.fields["contact_email"].widget.attrs["spellcheck"] = "false"
        self.fields["contact_phone"].widget.input_type = "tel"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["contact_name"].input_class = "govuk-!-width-two-thirds"
        self.fields["text"].label_class = "govuk-label--m"
        self.fields["service"].input_class = "govuk-!-width-full"

    @classmethod
    def initial_for(cls, query) -> dict:
        """Initial values from the query string: `?service=<slug>` picks a published service.

        An unknown slug, or anything that is not a slug, is ignored.
        """
        slug = (query.get("service") or "").strip()
        if is_service_slug(slug) and Service.objects.published().filter(slug=slug).exists():
            return {"about": Comment.About.SERVICE, "service": slug}
        return {}

    @property
    def caught_by_spam_trap(self) -> bool:
        return caught_by_spam_trap(self)

    def clean_text(self):
        text = normalise_text(self.cleaned_data["text"])
        if not has_visible_characters(text):
            raise forms.ValidationError(self.fields["text"].error_messages["required"])
        validate_comment_length(
            text, what="Your comment", advice="please shorten it, or send it in parts."
        )
        return text

    def clean_child_age_group(self):
        value = self.cleaned_data.get("child_age_group") or ""
        return "" if value == AGE_NOT_GIVEN else value

    def clean(self):
        data = super().clean()
        about_service = data.get("about") == Comment.About.SERVICE
        if about_service and not data.get("service") and "service" not in self.errors:
            self.add_error("service", "Select the service your comment is about")
        no_way_to_reply = not (data.get("contact_email") or data.get("contact_phone"))
        contact_errors = {"contact_email", "contact_phone"} & set(self.errors)
        if data.get("contact_name") and no_way_to_reply and not contact_errors:
            self.add_error(
                "contact_email",
                "Enter an email address or a phone number so that we can reply, "
                "or leave your name out",
            )
        return data

    def submission(self) -> dict:
        """Keyword arguments for feedback.services.comment_submit."""
        data = self.cleaned_data
        return {
            "about": data["about"],
            "service": data.get("service"),
            "page_url": data.get("page_url", ""),
            "theme": data["theme"],
            "text": data["text"],
            "commenter_role": data["commenter_role"],
            "child_age_group": data.get("child_age_group", ""),
            "contact_name": data.get("contact_name", ""),
            "contact_email": data.get("contact_email", ""),
            "contact_phone": data.get("contact_phone", ""),
            "caught_by_spam_trap": self.caught_by_spam_trap,
        }

    def not_sent(self, message: str) -> None:
        """Add `message` for a comment that could not be checked or stored, checking nothing again.

        When checking itself failed (the database went away), no other error is shown.
        """
        if self._errors is None:
            self._errors = ErrorDict()
            self.cleaned_data = {}
        self.add_error(None, message)

    def without_database(self) -> "CommentForm":
        """Keep the chosen service as a hidden value so the page renders with the database down."""
        self.fields["service"].widget = forms.HiddenInput()
        return self
