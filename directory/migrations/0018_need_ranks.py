import django.contrib.postgres.fields
from django.db import migrations

import directory.models


def fill_need_ranks(apps, schema_editor):
    """Work out every service's need ranks (and bring the rest of its search columns up
    to date). Until then searches work the ranks out as they go: the same order, slower.
    The UPDATE stores each service's row again: seconds for a council's directory, about
    30 s at 100,000 services; VACUUM ANALYZE directory_service afterwards on a large one."""
    # The refresh as the code has it now. If a later change to it no longer runs against
    # the tables as they are at this migration, make this a no-op: searches work the
    # ranks out until the next refresh of every service (an edit to a need or synonym).
    from directory.services import service_refresh_index  # noqa: PLC0415

    if schema_editor.connection.alias != "default":
        return
    service_refresh_index()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_ratelimithit"),
        ("directory", "0017_search_vector_in_row"),
    ]

    operations = [
        migrations.AddField(
            model_name="service",
            name="need_ranks",
            field=django.contrib.postgres.fields.ArrayField(
                base_field=directory.models.RealField(null=True, blank=True),
                blank=True,
                default=list,
                editable=False,
            ),
        ),
        migrations.RunPython(fill_need_ranks, migrations.RunPython.noop),
    ]
