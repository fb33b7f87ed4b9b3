"""The documented gunicorn command sends no Server banner (a real gunicorn on loopback)."""

import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gunicorn_with_the_project_config_sends_no_server_header(tmp_path):
    port = free_port()
    app = tmp_path / "tinyapp.py"
    app.write_text(
        "def application(environ, start_response):\n"
        "    start_response('200 OK', [('Content-Type', 'text/plain')])\n"
        "    return [b'ok']\n"
    )
    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "python:localoffer.gunicorn",
            "--bind",
            f"127.0.0.1:{port}",
            "--chdir",
            str(tmp_path),
            "--pythonpath",
            str(ROOT),
            "tinyapp:application",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        reply = b""
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
                    sock.sendall(b"GET / HTTP/1.0\r\nHost: localhost\r\n\r\n")
                    reply = sock.recv(4096)
                break
            except OSError:
                time.sleep(0.1)
        head = reply.split(b"\r\n\r\n")[0].lower()
        assert head.startswith(b"http/1.0 200") or head.startswith(b"http/1.1 200")
        assert b"\r\nserver:" not in head
    finally:
        server.terminate()
        server.wait(timeout=10)
