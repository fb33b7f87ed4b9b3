"""The embedded development database: nothing starts at import, and interrupted runs recover."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from core.database import _repair_pid_list, database_config

ROOT = Path(__file__).resolve().parents[2]


def test_settings_name_the_embedded_backend_without_starting_a_server(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("EMBEDDED_PGDATA", str(tmp_path / "pgdata"))
    config = database_config()
    assert config["ENGINE"] == "core.embedded"
    assert not (tmp_path / "pgdata").exists()


def test_an_emptied_pid_list_is_repaired(tmp_path):
    (tmp_path / ".handle_pids.json").write_text("")
    _repair_pid_list(tmp_path)
    assert json.loads((tmp_path / ".handle_pids.json").read_text()) == []


def test_a_pid_list_keeps_only_running_processes(tmp_path):
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = int(finished.stdout)
    (tmp_path / ".handle_pids.json").write_text(json.dumps([os.getpid(), dead]))
    _repair_pid_list(tmp_path)
    assert json.loads((tmp_path / ".handle_pids.json").read_text()) == [os.getpid()]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _home_page(port: int, deadline: float) -> int:
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                return response.status
        except OSError:
            time.sleep(0.5)
    return 0


@pytest.fixture
def pgdata():
    """A data directory the server's own system user can reach (pytest's tmp_path is private
    to root when tests run as root)."""
    path = Path(tempfile.mkdtemp(prefix=".pgdata-restart-test-", dir=ROOT))
    path.chmod(0o755)
    yield path / "pgdata"
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.slow
def test_five_start_kill_start_cycles_each_serve_the_home_page(pgdata):
    """Stopping the server's whole process group with SIGTERM must not break the next start."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "TEST_DATABASE_NAME"}}
    env |= {"EMBEDDED_PGDATA": str(pgdata), "DEBUG": "1", "PAGE_CACHE": "false"}
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run(
        [*manage, "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True, timeout=600
    )
    statuses = []
    for _ in range(5):
        port = _free_port()
        server = subprocess.Popen(  # runserver with its autoreloader: two processes
            [*manage, "runserver", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            statuses.append(_home_page(port, time.monotonic() + 120))
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=60)
    assert statuses == [200] * 5
