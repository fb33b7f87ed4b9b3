# Stable public ids for open data (Open Referral UK): a UUID on organisations,
# services, locations, needs and areas of provision, filled for existing rows.
# Needs and areas get ids derived from their slug, so every install of this
# software publishes the same id for the same seeded term; everything else
# gets a random one. History rows take the id of the row they record.

import uuid

from django.db import migrations, models

# The same namespace as openreferral.ids.NAMESPACE (copied: migrations are frozen).
NAMESPACE = uuid.UUID("21caea0a-a764-5d01-9b09-0a5d50c0845e")
MODELS = ["areaofprovision", "need", "organisation", "service", "location"]
TERM_KINDS = {"need": "need", "areaofprovision": "area"}


def fill(apps, schema_editor):
    for name in MODELS:
        model = apps.get_model("directory", name)
        table = model._meta.db_table
        if name in TERM_KINDS:
            for row in model.objects.all():
                row.uuid = uuid.uuid5(NAMESPACE, f"{TERM_KINDS[name]}:{row.slug}")
                row.save(update_fields=["uuid"])
        else:
            with schema_editor.connection.cursor() as cursor:
                cursor.execute(f"UPDATE {table} SET uuid = gen_random_uuid()")  # noqa: S608
        history = apps.get_model("directory", f"historical{name}")._meta.db_table
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {history} AS h SET uuid = m.uuid FROM {table} AS m WHERE h.id = m.id"  # noqa: S608
            )
            cursor.execute(f"UPDATE {history} SET uuid = gen_random_uuid() WHERE uuid IS NULL")  # noqa: S608


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0007_service_provider_checked"),
    ]

    operations = [
        *[
            migrations.AddField(
                model_name=prefix + name,
                name="uuid",
                field=models.UUIDField(null=True, editable=False),
            )
            for name in MODELS
            for prefix in ("", "historical")
        ],
        migrations.RunPython(fill, migrations.RunPython.noop),
        *[
            migrations.AlterField(
                model_name=name,
                name="uuid",
                field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
            )
            for name in MODELS
        ],
        *[
            migrations.AlterField(
                model_name="historical" + name,
                name="uuid",
                field=models.UUIDField(db_index=True, default=uuid.uuid4, editable=False),
            )
            for name in MODELS
        ],
    ]
