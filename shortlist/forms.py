from django import forms
from django.utils.http import url_has_allowed_host_and_scheme

from directory.models import Service
from shortlist.services import NOTE_MAX_LENGTH


def safe_next(request, value: str | None, default: str) -> str:
    """Where to go back to: a path on this site, or `default`."""
    if (
        value
        and value.startswith("/")
        and url_has_allowed_host_and_scheme(
            value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return value
    return default


class ServiceChoiceForm(forms.Form):
    """The hidden fields of an "Add to my list" or "Remove" button."""

    service = forms.IntegerField(min_value=1, max_value=2**63 - 1, widget=forms.HiddenInput)
    next = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)

    def published_service(self) -> Service | None:
        return Service.objects.published().filter(pk=self.cleaned_data["service"]).first()


class NotesForm(forms.Form):
    """A note for each saved service: the family's own words, kept in their session only."""

    def __init__(self, *args, entries, **kwargs):
        super().__init__(*args, **kwargs)
        self.entries = entries
        for entry in entries:
            field = forms.CharField(
                label=f"Your notes about {entry.name or 'this service'}",
                required=False,
                max_length=NOTE_MAX_LENGTH,
                initial=entry.note,
                # The textareas sit beside each service's own "Remove" form, so they
                # name the notes form they belong to.
                widget=forms.Textarea(attrs={"rows": 3, "form": "notes-form"}),
                error_messages={
                    "max_length": f"Notes about {entry.name or 'this service'} must be "
                    f"{NOTE_MAX_LENGTH} characters or fewer"
                },
            )
            self.fields[f"note_{entry.id}"] = field

    def notes(self) -> dict[int, str]:
        return {entry.id: self.cleaned_data.get(f"note_{entry.id}", "") for entry in self.entries}
