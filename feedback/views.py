"""Public pages for feedback: the comment form, its confirmation and the annual reports."""

import logging

from django.conf import settings
from django.core import signing
from django.db import DatabaseError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods, require_safe

from core import ratelimit
from core.formatting import govuk_time
from feedback import presenters, selectors
from feedback.forms import NOT_SENT_MESSAGE, CommentForm
from feedback.models import COMMENT_MAX_LENGTH
from feedback.services import comment_submit
from security.clientip import client_ip
from security.models import AuditEvent
from security.services import audit_record

logger = logging.getLogger(__name__)

_SENT_SALT = "feedback.comment_sent"
#: The comment form's counters in core.ratelimit (its salt too: do not rename).
RATE_LIMIT_SCOPE = "feedback"


def rate_limit_hit(*, ip: str, now=None) -> ratelimit.RateLimitResult:
    """Count a comment against the client's FEEDBACK_RATE_LIMITS."""
    return ratelimit.rate_limit_hit(
        scope=RATE_LIMIT_SCOPE, limits=settings.FEEDBACK_RATE_LIMITS, ip=ip, now=now
    )


def _form_page(request, form, *, status=200):
    return render(
        request,
        "feedback/comment_form.html",
        {
            "form": form,
            "retention_months": settings.FEEDBACK_RETENTION_MONTHS,
            "fallback_retention_months": settings.FEEDBACK_FALLBACK_RETENTION_MONTHS,
            "max_length": COMMENT_MAX_LENGTH,
            "max_length_display": f"{COMMENT_MAX_LENGTH:,}",
        },
        status=status,
    )


def _not_sent(request, form):
    """The form again (503) with the person's words and a clear "not sent" message.

    Renders without the database: the service list is replaced by the raw value sent.
    """
    form.not_sent(NOT_SENT_MESSAGE)
    return _form_page(request, form.without_database(), status=503)


@require_http_methods(["GET", "POST"])
def comment(request):
    """The comment form; `?service=<slug>` starts it about that service.

    A valid comment is stored before anything else happens, then the person
    is sent to a confirmation page with its reference. If it cannot be
    stored, the form comes back (503) with their words in it and a clear
    "not sent" message. Too many comments from one client get a 429 page
    that keeps their words too.
    """
    if request.method == "GET":
        try:
            return _form_page(request, CommentForm(initial=CommentForm.initial_for(request.GET)))
        except DatabaseError:
            # The form still opens with the database down; sending it keeps the words.
            logger.exception("The comment form was shown without the list of services.")
            initial = {"service": request.GET.get("service", "")[:100]}
            return _form_page(request, CommentForm(initial=initial).without_database())

    form = CommentForm(request.POST)
    try:
        # Checking the chosen service reads the database too.
        valid = form.is_valid()
    except DatabaseError:
        logger.exception("A comment could not be checked; the form was shown again.")
        return _not_sent(request, CommentForm(request.POST))
    if not valid:
        return _form_page(request, form)

    try:
        # A repeat of a comment already stored is recognised before the limit is counted,
        # so double clicks and resends never count against the person.
        result = comment_submit(
            **form.submission(), client_ip=client_ip(request), rate_limit=rate_limit_hit
        )
    except DatabaseError:
        logger.exception("A comment could not be stored; the form was shown again.")
        return _not_sent(request, form)
    if result.comment is None:
        return render(
            request,
            "feedback/rate_limited.html",
            {
                "form": form,
                "retry_at": result.retry_at,
                "retry_time": govuk_time(result.retry_at),
                "retry_today": timezone.localdate(result.retry_at) == timezone.localdate(),
            },
            status=429,
        )

    token = signing.dumps(result.comment.reference, salt=_SENT_SALT)
    return redirect(f"{reverse('feedback:comment_sent')}?{urlencode({'ref': token})}")


@require_safe
def comment_sent(request):
    """The confirmation, with the comment's reference number. Needs no database."""
    try:
        reference = signing.loads(request.GET.get("ref", ""), salt=_SENT_SALT)
    except signing.BadSignature:
        return redirect("feedback:comment")
    return render(
        request,
        "feedback/comment_sent.html",
        {
            "reference": reference,
            "retention_months": settings.FEEDBACK_RETENTION_MONTHS,
            "fallback_retention_months": settings.FEEDBACK_FALLBACK_RETENTION_MONTHS,
        },
    )


@require_safe
def report_list(request):
    """Every published "you said, we did" report, newest first."""
    return render(request, "feedback/report_list.html", {"reports": selectors.published_reports()})


@require_safe
def report_detail(request, slug):
    """One year's comments and the council's response. Moderators can preview it unpublished."""
    period = selectors.report_for_page(slug, user=request.user)
    return render(
        request,
        "feedback/report_detail.html",
        {
            "period": period,
            "report": selectors.report_for_display(period),
            "corrections": selectors.report_corrections(period),
        },
    )


@require_safe
def report_csv(request, slug):
    """The report as a CSV file: the period, each entry and example, then the counts."""
    period = selectors.report_for_page(slug, user=request.user)
    contents = selectors.report_for_display(period)
    if request.user.is_authenticated:
        audit_record(
            action=AuditEvent.Action.EXPORT,
            request=request,
            target=f"Report {period.slug}",
            detail="CSV download" + ("" if period.is_published else " of an unpublished preview"),
        )
    response = HttpResponse(presenters.report_csv(contents), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="you-said-we-did-{period.slug}.csv"'
    return response


def comment_csrf_failure(request):
    """The form came back without a valid security token (an old page, or cookies blocked).

    Nothing is stored, but the person's words come back in the form with a
    fresh token, so sending again works and nothing they wrote is lost.
    """
    form = CommentForm(request.POST)
    try:
        form.is_valid()
    except DatabaseError:
        logger.exception("A comment without a valid token could not be checked.")
        form = CommentForm(request.POST).without_database()
    form.not_sent(
        "Your comment has not been sent because the page had been open too long or your "
        "browser blocked our cookie. Check your comment and send it again. If this keeps "
        "happening, allow cookies for this website."
    )
    return _form_page(request, form, status=403)


# The site's CSRF failure view hands a failed comment back to this form.
comment.csrf_failure = comment_csrf_failure
