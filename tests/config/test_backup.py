"""`make backup` then `make restore` into an empty database gives back the same data and media,
and empties the site's Redis cache (what it kept is keyed by generations a restore keeps).

Runs against the PostgreSQL server of DATABASE_URL when the suite runs on PostgreSQL,
else the local one (.ci/run installs and starts it), in scratch databases of its own.
"""

import os
import subprocess
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCHEMA_AND_DATA = """
CREATE TABLE learner (id bigserial PRIMARY KEY, email text UNIQUE NOT NULL, name text NOT NULL);
CREATE TABLE completion (
    id bigserial PRIMARY KEY,
    learner_id bigint NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    step text NOT NULL,
    details jsonb NOT NULL DEFAULT '{}'
);
INSERT INTO learner (email, name)
    SELECT 'apprenant' || n || '@example.org', 'Élève n°' || n || ' 🐦'
    FROM generate_series(1, 300) n;
INSERT INTO completion (learner_id, step, details)
    SELECT 1 + n % 300, 'leçon-' || n, jsonb_build_object('n', n) FROM generate_series(1, 3000) n;
"""

FINGERPRINT = (
    "SELECT (SELECT count(*) FROM learner), (SELECT count(*) FROM completion), "
    "(SELECT md5(string_agg(email || name, ',' ORDER BY id)) FROM learner), "
    "(SELECT md5(string_agg(step || details::text, ',' ORDER BY id)) FROM completion), "
    "(SELECT last_value FROM learner_id_seq)"
)


def _server_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        url = os.environ.get(
            "BACKUP_TEST_SERVER_URL", "postgres://postgres@127.0.0.1:5432/postgres"
        )
    return url


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


def _psql(url: str, sql: str) -> str:
    result = subprocess.run(  # noqa: S603 - fixed arguments
        ["psql", url, "-XtAq", "-v", "ON_ERROR_STOP=1", "-c", sql],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture
def scratch_databases():
    server = _with_database(_server_url(), "postgres")
    suffix = uuid.uuid4().hex[:8]
    names = [f"gz_backup_source_{suffix}", f"gz_backup_target_{suffix}"]
    for name in names:
        _psql(server, f"CREATE DATABASE {name}")
    yield [_with_database(server, name) for name in names]
    for name in names:
        _psql(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _make(target: str, environment: dict, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(  # noqa: S603 - fixed arguments
        ["make", "--no-print-directory", target, *args],
        cwd=ROOT,
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_a_backup_restored_into_an_empty_database_gives_the_same_data_and_media(
    scratch_databases, tmp_path
):
    source, target = scratch_databases
    _psql(source, SCHEMA_AND_DATA)
    media = tmp_path / "media"
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "portrait.png").write_bytes(b"\x89PNG" + bytes(range(256)) * 40)
    (media / "documents").mkdir()
    (media / "documents" / "programme été.pdf").write_bytes(b"%PDF-1.7 " + os.urandom(2048))
    backups = tmp_path / "backups"

    done = _make(
        "backup", {"DATABASE_URL": source, "MEDIA_ROOT": str(media), "BACKUP_DIR": str(backups)}
    )
    backup = Path(done.stdout.strip().splitlines()[-1])
    assert (backup / "db.dump").stat().st_size > 0

    restored = tmp_path / "restored-media"
    done = _make(
        "restore",
        {"DATABASE_URL": target, "MEDIA_ROOT": str(restored), "REDIS_URL": ""},
        f"BACKUP={backup}",
    )
    # Without Redis each app process has its own cache: the restore says what to do.
    assert "restart the app servers" in done.stderr
    assert _psql(target, FINGERPRINT) == _psql(source, FINGERPRINT)
    assert _psql(target, FINGERPRINT).startswith("300|3000|")
    for path in media.rglob("*"):
        if path.is_file():
            copy = restored / path.relative_to(media)
            assert copy.read_bytes() == path.read_bytes(), path


def test_restore_refuses_a_database_that_is_not_empty(scratch_databases, tmp_path):
    source, _ = scratch_databases
    _psql(source, SCHEMA_AND_DATA)
    environment = {"DATABASE_URL": source, "MEDIA_ROOT": str(tmp_path / "m")}
    done = _make("backup", {**environment, "BACKUP_DIR": str(tmp_path / "b")})
    backup = done.stdout.strip().splitlines()[-1]
    result = subprocess.run(  # noqa: S603 - fixed arguments
        ["make", "--no-print-directory", "restore", f"BACKUP={backup}"],
        cwd=ROOT,
        env={**os.environ, **environment},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode != 0
    assert "restore into an empty one" in result.stderr
    assert _psql(source, "SELECT count(*) FROM learner") == "300"


def test_a_restore_empties_the_sites_redis_database_and_says_so(
    scratch_databases, tmp_path, redis_server
):
    """The kept user rows, learner records and shared HTML of the replaced data go; another
    Redis database on the same server (not the site's) keeps its keys."""
    import redis

    source, target = scratch_databases
    _psql(source, SCHEMA_AND_DATA)
    port, _ = redis_server
    site, other = redis.Redis(port=port, db=3), redis.Redis(port=port, db=0)
    site.set("gazouillis:1:content:generation", 1)
    site.set("gazouillis:1:learner-record:7", "kept before the restore")
    other.set("another-app", "stays")
    environment = {"DATABASE_URL": source, "MEDIA_ROOT": str(tmp_path / "m")}
    done = _make("backup", {**environment, "BACKUP_DIR": str(tmp_path / "b")})
    backup = done.stdout.strip().splitlines()[-1]

    done = _make(
        "restore",
        {**environment, "DATABASE_URL": target, "REDIS_URL": f"redis://127.0.0.1:{port}/3"},
        f"BACKUP={backup}",
    )

    assert site.dbsize() == 0
    assert other.get("another-app") == b"stays"
    assert "Emptied the site's cache (the Redis database of REDIS_URL)." in done.stderr
    assert _psql(target, "SELECT count(*) FROM learner") == "300"


def test_clearing_a_cache_redis_does_not_answer_fails_and_says_what_to_do(settings):
    from django.core.management import CommandError, call_command

    settings.CACHES = {
        "default": {
            "BACKEND": "config.cache.TolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
            "OPTIONS": {"retry_after": 5},
        }
    }
    with pytest.raises(CommandError, match="clear_cache"):
        call_command("clear_cache")
