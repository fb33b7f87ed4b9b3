"""Forms for the moderators' admin pages: one comment's review, and the bulk action bar."""

from django import forms
from django.contrib.admin.helpers import ActionForm

from feedback.models import Comment, ReportingPeriod, YouSaidWeDid, validate_comment_length
from feedback.services import normalise_text


class CommentModerationForm(forms.ModelForm):
    """A moderator's review of one comment: theme, decision, anonymised text and its approval."""

    approve_anonymised = forms.BooleanField(
        label="I have checked the anonymised text: it identifies no one",
        required=False,
        help_text=(
            "Tick to approve the anonymised text above. Only approved text can appear in a "
            "published report. Changing the text later withdraws the approval."
        ),
    )

    class Meta:
        model = Comment
        fields = [
            "theme",
            "anonymised_text",
            "status",
            "not_published_reason",
            "pointed_to_complaints",
            "topic",
            "is_example",
        ]
        widgets = {"anonymised_text": forms.Textarea(attrs={"rows": 10, "cols": 80})}

    def clean_anonymised_text(self):
        text = normalise_text(self.cleaned_data.get("anonymised_text"))
        # The automatic text can be longer than the comment (placeholders are longer than
        # what they replace); only text a moderator has changed is held to the limit.
        if text != normalise_text(self.instance.anonymised_text):
            validate_comment_length(text, what="The anonymised text", advice="shorten it.")
        return text

    def clean(self):
        data = super().clean()
        if data.get("status") != Comment.Status.NOT_FOR_PUBLICATION:
            # A reason only means something for a comment that is not published.
            data["not_published_reason"] = ""
            data["pointed_to_complaints"] = False
        if data.get("approve_anonymised") and not (data.get("anonymised_text") or "").strip():
            self.add_error("anonymised_text", "Enter the anonymised text to approve.")
        return data


def entry_choices():
    """The entries a comment can be grouped into, each naming its report (one query)."""
    return YouSaidWeDid.objects.select_related("period")


class CommentActionForm(ActionForm):
    """The action bar of the comment list, with the entry 'Group into the chosen entry' uses."""

    topic = forms.ModelChoiceField(
        queryset=entry_choices(),
        required=False,
        label="Entry:",
        help_text="Used by 'Group into the chosen entry'.",
    )

    @classmethod
    def chosen_entry(cls, data) -> YouSaidWeDid | None:
        """The entry chosen in the action bar, or None when none (or a bad value) was sent."""
        try:
            return cls.base_fields["topic"].clean(data.get("topic") or None)
        except forms.ValidationError:
            return None


class ReportingPeriodForm(forms.ModelForm):
    """A report; once published, with the note a correction needs."""

    correction_note = forms.CharField(
        label="What was corrected",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        help_text=(
            "Needed for 'Save and publish a correction'. Shown on the published report with "
            "the date. Identify no one."
        ),
    )

    class Meta:
        model = ReportingPeriod
        fields = ["title", "slug", "starts", "ends", "how_we_sought_comments"]

    def clean(self):
        data = super().clean()
        if "_correct" in self.data and not (data.get("correction_note") or "").strip():
            self.add_error("correction_note", "Say what was corrected: it is shown on the report.")
        return data
