"""scripts/serve, as a person runs it, when its port is already taken."""

from __future__ import annotations

import os
import signal
import socket
import subprocess

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow


def test_busy_port_says_so_and_how_to_use_another():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = dict(os.environ, PORT=str(port))
        proc = subprocess.Popen(
            [str(ROOT / "scripts/serve")], cwd=ROOT, env=env, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
        )
        try:
            output, _ = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:  # it served instead of stopping: end it and its children
                os.killpg(proc.pid, signal.SIGTERM)
                proc.communicate(timeout=30)
    assert proc.returncode != 0, output
    assert f"Port {port} on 127.0.0.1 is already in use" in output
    assert f"PORT={port + 1} scripts/serve" in output
    assert "Traceback" not in output
