"""The provider portal at /provider/: providers keep their own organisations' entries up to date.

Every page starts from the signed-in provider's organisations: another
organisation's service, change request or location is a 404, by GET and POST.
Nothing here changes what families see; officers approve changes in admin.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.contrib.auth.forms import SetPasswordForm as DjangoSetPasswordForm
from django.contrib.auth.views import redirect_to_login
from django.db.models import OuterRef, Subquery
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from directory.models import Service
from providers import presenters, selectors
from providers.forms import (
    ArchiveRequestForm,
    ExistingAccountForm,
    LocationFormSet,
    LocationProposalForm,
    OrganisationChoiceForm,
    ServiceProposalForm,
    SetPasswordForm,
)
from providers.models import ChangeRequest
from providers.services import (
    ChangeNotAllowed,
    change_request_submit,
    change_request_withdraw,
    invitation_accept,
    service_confirm_accurate,
)


def provider_required(view):
    """Signed in, with the provider role. (Pages then limit everything to their organisations.)"""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("providers:login"))
        if not request.user.has_perm("providers.use_provider_portal"):
            return render(request, "providers/no_access.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# --- Signing in ----------------------------------------------------------------------------


class ProviderLoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": (
            "Enter a correct email address and password. If you have forgotten your "
            "password, you can reset it."
        ),
        "inactive": "This account has been switched off. Contact the council.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Email address"
        self.fields["username"].error_messages["required"] = "Enter your email address"
        self.fields["password"].error_messages["required"] = "Enter your password"
        self.fields["username"].widget.attrs.update(autocomplete="username", spellcheck="false")
        for field in self.fields.values():
            field.input_class = "govuk-!-width-two-thirds"

    def clean_username(self):
        # Providers sign in with the email address they were invited at, typed in any case.
        username = self.cleaned_data["username"].strip()
        match = (
            get_user_model()
            .objects.filter(username__iexact=username)
            .values_list("username", flat=True)
            .first()
        )
        return match or username


class ProviderPasswordResetForm(PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].error_messages = {
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        }
        self.fields["email"].input_class = "govuk-!-width-two-thirds"


class ProviderSetNewPasswordForm(DjangoSetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.input_class = "govuk-!-width-two-thirds"
        self.fields["new_password1"].help_text = (
            "At least 8 characters. Not a common password, not only numbers, and not like "
            "your name or email address."
        )


class ProviderLoginView(auth_views.LoginView):
    """Sign in to the provider portal."""

    template_name = "providers/login.html"
    authentication_form = ProviderLoginForm
    redirect_authenticated_user = True
    next_page = reverse_lazy("providers:dashboard")


login_view = ProviderLoginView.as_view()
logout_view = auth_views.LogoutView.as_view(next_page=reverse_lazy("providers:signed_out"))
password_reset = auth_views.PasswordResetView.as_view(
    template_name="providers/password_reset.html",
    email_template_name="providers/email/password_reset.txt",
    subject_template_name="providers/email/password_reset_subject.txt",
    form_class=ProviderPasswordResetForm,
    success_url=reverse_lazy("providers:password_reset_done"),
)
password_reset_done = auth_views.PasswordResetDoneView.as_view(
    template_name="providers/password_reset_done.html"
)
password_reset_confirm = auth_views.PasswordResetConfirmView.as_view(
    template_name="providers/password_reset_confirm.html",
    form_class=ProviderSetNewPasswordForm,
    success_url=reverse_lazy("providers:password_reset_complete"),
)
password_reset_complete = auth_views.PasswordResetCompleteView.as_view(
    template_name="providers/password_reset_complete.html"
)


@require_safe
def signed_out(request):
    """Confirms the provider has signed out."""
    return render(request, "providers/signed_out.html")


@require_http_methods(["GET", "POST"])
def invitation(request, token):
    """Accept an invitation: choose a password (or sign in), then update the organisation's entries.

    A used, expired, withdrawn or made-up link gets a plain explanation, never an error.
    """
    invite = selectors.invitation_for_token(token)
    if invite is None or invite.status != invite.Status.PENDING:
        status = invite.status if invite else "unknown"
        return render(request, "providers/invitation_invalid.html", {"status": status}, status=404)
    User = get_user_model()  # noqa: N806
    existing = User.objects.filter(username__iexact=invite.email).first() or (
        User.objects.filter(email__iexact=invite.email).first()
    )
    if existing is not None:
        form = ExistingAccountForm(request.POST or None, user=existing)
    else:
        form = SetPasswordForm(request.POST or None, email=invite.email)
    if request.method == "POST" and form.is_valid():
        try:
            if existing is not None:
                user = invitation_accept(invitation=invite, user=existing)
            else:
                user = invitation_accept(
                    invitation=invite,
                    password=form.cleaned_data["password1"],
                    first_name=form.cleaned_data["first_name"],
                    last_name=form.cleaned_data["last_name"],
                )
        except ChangeNotAllowed as error:
            return render(
                request,
                "providers/invitation_invalid.html",
                {"status": "used", "message": error.message},
                status=409,
            )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, f"You can now keep {invite.organisation}'s entries up to date.")
        return redirect("providers:dashboard")
    return render(
        request,
        "providers/invitation.html",
        {"invitation": invite, "form": form, "existing": existing},
    )


# --- The portal -----------------------------------------------------------------------------


@require_safe
@provider_required
def dashboard(request):
    """The provider's services with their status, and what needs doing."""
    pending = ChangeRequest.objects.pending().filter(service=OuterRef("pk")).values("pk")[:1]
    services = (
        selectors.provider_services(request.user)
        .select_related("organisation")
        .annotate(pending_id=Subquery(pending))
        .order_by("organisation__name", "name")
    )
    rows = [presenters.ServiceRow(service, service.pending_id) for service in services]
    changes = list(
        selectors.provider_change_requests(request.user)
        .select_related("service", "proposed_by")
        .order_by("-updated")[:20]
    )
    for change in changes:
        change.tag_class = presenters.STATUS_TAGS[change.status]
    published = [row for row in rows if row.service.status == Service.Status.PUBLISHED]
    return render(
        request,
        "providers/dashboard.html",
        {
            "organisations": list(selectors.provider_organisations(request.user)),
            "rows": rows,
            "changes": changes,
            "overdue": [r for r in published if r.review_state == "overdue"],
            "due": [r for r in published if r.review_state in ("due-today", "due-soon")],
            "rejected": [c for c in changes if c.status == ChangeRequest.Status.REJECTED],
        },
    )


@require_safe
@provider_required
def service_detail(request, slug):
    """One of the provider's services as families see it, with what they can do."""
    service = selectors.provider_service(request.user, slug)
    snapshot = selectors.service_snapshot(service)
    return render(
        request,
        "providers/service_detail.html",
        {
            "service": service,
            "rows": presenters.diff_rows(current=snapshot, proposed=snapshot),
            "pending": selectors.pending_change_for(service),
            "review_state": selectors.review_state(service),
            "tags": presenters.ServiceRow(service, None).tags,
        },
    )


def _proposal_page(
    request, *, organisation, service=None, change=None, organisations=None, edited_by_officer=False
):
    """Propose (or amend) a change to a service, or a new service.

    The published service is not touched: the values go into a change request.
    Errors keep everything typed.
    """
    base = selectors.service_snapshot(service) if service else {}
    source = change.proposed if change else base
    instance = Service.objects.get(pk=service.pk) if service else Service(organisation=organisation)
    initial = {
        key: source[key] for key in [*selectors.SERVICE_FIELDS, "needs", "areas"] if key in source
    }
    if change:
        initial["note"] = change.note
    data = request.POST if request.method == "POST" else None
    form = ServiceProposalForm(data, instance=instance, initial=initial)
    formset = LocationFormSet(
        data,
        prefix="locations",
        initial=[LocationProposalForm.initial_for(loc) for loc in source.get("locations", [])],
        location_ids=[loc["id"] for loc in base.get("locations", [])],
    )
    org_form = None
    if organisations is not None:
        org_form = OrganisationChoiceForm(
            data,
            organisations=organisations,
            initial={"organisation": organisation.pk if organisation else None},
        )
    existing = None
    # "Check the wording" shows how easy the typed text is to read, sending nothing.
    checking = request.method == "POST" and "check_wording" in request.POST
    if request.method == "POST":
        valid = form.is_valid() & formset.is_valid()
        if org_form is not None:
            valid &= org_form.is_valid()
        if valid and not checking:
            if org_form is not None:
                organisation = org_form.cleaned_data["organisation"]
            proposed = {**form.proposal(), "locations": formset.proposal()}
            if service and not selectors.changed_keys(base, proposed):
                form.add_error(
                    None,
                    "You have not changed anything. If the entry is still right, confirm "
                    "it is accurate instead.",
                )
            else:
                try:
                    change = change_request_submit(
                        user=request.user,
                        organisation=organisation,
                        service=service,
                        kind=ChangeRequest.Kind.UPDATE if service else ChangeRequest.Kind.NEW,
                        proposed=proposed,
                        base=base,
                        note=form.cleaned_data.get("note", ""),
                        change=change,
                        version=_int_or_none(request.POST.get("version")),
                        edited_by_officer=edited_by_officer,
                    )
                except ChangeNotAllowed as error:
                    form.add_error(None, error.message)
                    existing = error.existing
                else:
                    if edited_by_officer:
                        messages.success(request, "The proposal is updated. Check and approve it.")
                        return redirect("admin:providers_changerequest_change", change.pk)
                    messages.success(
                        request,
                        "Your change has been sent to the council. Families will see it once "
                        "an officer approves it.",
                    )
                    return redirect("providers:change_detail", pk=change.pk)
    has_errors = bool(
        form.errors
        or formset.non_form_errors()
        or any(f.errors for f in formset.forms)
        or (org_form is not None and org_form.errors)
    )
    return render(
        request,
        "providers/proposal.html",
        {
            "form": form,
            "formset": formset,
            "org_form": org_form,
            "error_forms": [f for f in [org_form, form, *formset.forms] if f is not None],
            "formset_errors": formset.non_form_errors(),
            "page_errors": has_errors,
            "service": service,
            "change": change,
            "existing": existing,
            "organisation": organisation,
            "edited_by_officer": edited_by_officer,
            "writing": presenters.writing_rows(data if data is not None else source),
            "writing_typed": data is not None,
        },
        status=200,
    )


@require_http_methods(["GET", "POST"])
@provider_required
def service_change(request, slug):
    """Propose a change to a service, or amend the change already waiting for it."""
    service = selectors.provider_service(request.user, slug)
    if service.status == Service.Status.ARCHIVED:
        messages.error(request, "This service has been removed, so it cannot be changed.")
        return redirect("providers:service_detail", slug=service.slug)
    pending = selectors.pending_change_for(service)
    if pending is not None and pending.kind != ChangeRequest.Kind.UPDATE:
        messages.error(
            request,
            "A request to remove this service is waiting for approval. Withdraw it first if "
            "you want to change the service instead.",
        )
        return redirect("providers:change_detail", pk=pending.pk)
    return _proposal_page(
        request, organisation=service.organisation, service=service, change=pending
    )


@require_http_methods(["GET", "POST"])
@provider_required
def service_new(request):
    """Propose a new service for one of the provider's organisations."""
    organisations = selectors.provider_organisations(request.user)
    first = organisations.first()
    if first is None:
        raise Http404("No organisation")
    return _proposal_page(
        request,
        organisation=first,
        organisations=organisations if organisations.count() > 1 else None,
    )


@require_http_methods(["GET", "POST"])
@provider_required
def change_edit(request, pk):
    """Amend a change that is waiting for approval.

    An officer who may approve changes can also edit any waiting change here
    before approving it ("edit then approve"); the provider stays its author.
    """
    officer = request.user.has_perm("providers.change_changerequest")
    if officer:
        change = selectors.change_request_for_officer(pk)
    else:
        change = selectors.provider_change_request(request.user, pk)
    if not change.is_pending:
        messages.error(request, "Only a change that is waiting for approval can be amended.")
        if officer:
            return redirect("admin:providers_changerequest_change", change.pk)
        return redirect("providers:change_detail", pk=change.pk)
    if change.kind == ChangeRequest.Kind.ARCHIVE:
        if officer:
            return redirect("admin:providers_changerequest_change", change.pk)
        return redirect("providers:service_archive", slug=change.service.slug)
    if change.kind == ChangeRequest.Kind.UPDATE and not officer:
        return redirect("providers:service_change", slug=change.service.slug)
    return _proposal_page(
        request,
        organisation=change.organisation,
        service=change.service,
        change=change,
        edited_by_officer=officer,
    )


@require_http_methods(["GET", "POST"])
@provider_required
def service_archive(request, slug):
    """Ask the council to remove a service from the Local Offer."""
    service = selectors.provider_service(request.user, slug)
    pending = selectors.pending_change_for(service)
    if pending is not None and pending.kind != ChangeRequest.Kind.ARCHIVE:
        messages.error(
            request,
            "A change to this service is waiting for approval. Withdraw it first if you want "
            "to ask for the service to be removed instead.",
        )
        return redirect("providers:change_detail", pk=pending.pk)
    form = ArchiveRequestForm(
        request.POST or None, initial={"note": pending.note if pending else ""}
    )
    if request.method == "POST" and form.is_valid():
        try:
            change = change_request_submit(
                user=request.user,
                organisation=service.organisation,
                service=service,
                kind=ChangeRequest.Kind.ARCHIVE,
                proposed={},
                base={},
                note=form.cleaned_data["note"],
                change=pending,
                version=_int_or_none(request.POST.get("version")),
            )
        except ChangeNotAllowed as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, "Your request has been sent to the council.")
            return redirect("providers:change_detail", pk=change.pk)
    return render(
        request,
        "providers/archive.html",
        {"service": service, "form": form, "pending": pending},
    )


@require_http_methods(["GET", "POST"])
@provider_required
def service_confirm(request, slug):
    """Confirm the entry is still accurate: records a review, no change request needed."""
    service = selectors.provider_service(request.user, slug)
    if request.method == "POST":
        try:
            service_confirm_accurate(service=service, user=request.user)
        except ChangeNotAllowed as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                f"Thank you. You confirmed {service.name} is accurate on "
                f"{timezone.localdate():%-d %B %Y}. The next check is due in 12 months.",
            )
        return redirect("providers:service_detail", slug=service.slug)
    return render(request, "providers/confirm.html", {"service": service})


@require_safe
@provider_required
def change_detail(request, pk):
    """A proposed change: what it changes, and whether it was approved (and if not, why)."""
    change = selectors.provider_change_request(request.user, pk)
    rows = []
    if change.kind != ChangeRequest.Kind.ARCHIVE:
        base = change.base if change.kind == ChangeRequest.Kind.UPDATE else None
        rows = presenters.diff_rows(current=base, proposed=change.proposed, only_changed=bool(base))
    return render(
        request,
        "providers/change_detail.html",
        {
            "change": change,
            "rows": rows,
            "tag_class": presenters.STATUS_TAGS[change.status],
            "writing": presenters.writing_rows(change.proposed) if change.proposed else [],
        },
    )


@require_http_methods(["GET", "POST"])
@provider_required
def change_withdraw(request, pk):
    """Withdraw a change that is waiting for approval."""
    change = selectors.provider_change_request(request.user, pk)
    if request.method == "POST":
        try:
            change_request_withdraw(change=change, user=request.user)
        except ChangeNotAllowed as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, "You withdrew the change. Nothing on the Local Offer changed."
            )
        return redirect("providers:change_detail", pk=change.pk)
    if not change.is_pending:
        return redirect("providers:change_detail", pk=change.pk)
    return render(request, "providers/withdraw.html", {"change": change})
