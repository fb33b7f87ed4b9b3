from django.apps import AppConfig

from core.roles import ALL, LA_OFFICER


class InformationConfig(AppConfig):
    """Information pages the Local Offer must publish, Schedule 2 coverage, compliance."""

    name = "information"
    verbose_name = "Information pages and compliance"
    role_permissions = {LA_OFFICER: ALL}

    def ready(self):
        from core import hooks
        from information import checks, selectors  # noqa: F401  (checks registers the system checks)

        hooks.register_search(selectors.glossary_for_site_search)
        hooks.register_search(selectors.pages_for_site_search)
        hooks.register_home(selectors.sections_for_home)
        hooks.register_explainer(selectors.glossary_for_texts)
        hooks.register_writing_checker(selectors.writing_checks)
        # Glossary terms are kept per process for the content version (glossary_terms):
        # any save or delete, wherever it comes from, moves the version on after commit.
        from django.db.models.signals import post_delete, post_save

        from information.models import GlossaryTerm

        post_save.connect(_glossary_changed, sender=GlossaryTerm, dispatch_uid="glossary_saved")
        post_delete.connect(_glossary_changed, sender=GlossaryTerm, dispatch_uid="glossary_deleted")


def _glossary_changed(**kwargs):
    from django.db import transaction

    from core.services import content_changed

    transaction.on_commit(content_changed)
