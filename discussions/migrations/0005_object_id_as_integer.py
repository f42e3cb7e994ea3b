"""Comments and thread follows name their object by its integer id: joins need no cast.

Every object discussed (pages, submissions) has an integer primary key. SQLite
copies the column into the rebuilt table as integers; PostgreSQL converts it
with `USING object_id::bigint` (Django writes that clause for a change of type).
"""

import django.db.models.deletion
from django.db import migrations, models


def check_object_ids_are_integers(apps, schema_editor):
    for name in ("Comment", "ThreadFollow"):
        model = apps.get_model("discussions", name)
        odd = model.objects.exclude(object_id__regex=r"^[0-9]+$").values_list("pk", flat=True)
        if odd.exists():
            raise RuntimeError(
                f"discussions.{name}: object_id is not an integer for ids {list(odd[:20])}"
            )


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("discussions", "0004_merge_20261201_1905"),
    ]

    operations = [
        migrations.RunPython(check_object_ids_are_integers, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="comment",
            name="object_id",
            field=models.PositiveBigIntegerField(verbose_name="object id"),
        ),
        migrations.AlterField(
            model_name="threadfollow",
            name="anchor",
            field=models.CharField(blank=True, max_length=100, verbose_name="anchor"),
        ),
        migrations.AlterField(
            model_name="threadfollow",
            name="content_type",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                to="contenttypes.contenttype",
                verbose_name="content type",
            ),
        ),
        migrations.AlterField(
            model_name="threadfollow",
            name="object_id",
            field=models.PositiveBigIntegerField(verbose_name="object id"),
        ),
    ]
