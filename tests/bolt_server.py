"""A real Bolt server for the Neo4j tests: NEO4J_URI if set, else ArcadeDB (PyPI `arcadedb-embedded`).

No Neo4j server can be installed from the registries these machines reach (see README, "Neo4j"). The
wheel `arcadedb-embedded` ships the ArcadeDB server, its Bolt plugin ("Neo4j/5.26.0 compatible") and a
JRE; it is started here on free loopback ports in a temporary folder and stopped after the tests.
Nothing is faked: when neither is available the tests are skipped with the reason.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class BoltServer:
    uri: str
    user: str
    password: str
    database: str
    kind: str
    process: subprocess.Popen | None = None
    folder: tempfile.TemporaryDirectory | None = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.folder is not None:
            self.folder.cleanup()


def _die_with_parent() -> None:
    """In the child before exec: on Linux, get SIGTERM when the test run ends, however it ends."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def arcadedb_home() -> Path | None:
    spec = importlib.util.find_spec("arcadedb_embedded")
    if spec is None or not spec.submodule_search_locations:
        return None
    home = Path(next(iter(spec.submodule_search_locations)))
    ok = (home / "jre" / "bin" / "java").exists() and any((home / "jars").glob("arcadedb-bolt-*.jar"))
    return home if ok else None


def from_env() -> BoltServer | None:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None
    return BoltServer(uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""),
                      os.environ.get("NEO4J_DATABASE", "neo4j"), "NEO4J_URI")


def start_arcadedb(timeout: float = 90.0, heap: str = "512m") -> BoltServer:
    """Start ArcadeDB with the Bolt plugin; raises RuntimeError with its log if it does not come up."""
    import neo4j

    logging.getLogger("neo4j").addHandler(logging.NullHandler())  # no retry warnings while it starts
    home = arcadedb_home()
    if home is None:
        raise RuntimeError("arcadedb-embedded is not installed")
    folder = tempfile.TemporaryDirectory(prefix="samverkan-bolt-")
    root = Path(folder.name)
    bolt, http = _free_port(), _free_port()
    password = secrets.token_hex(12)
    command = [
        str(home / "jre" / "bin" / "java"), f"-Xmx{heap}", "-cp", str(home / "jars") + "/*",
        f"-Darcadedb.server.rootPath={root}",
        f"-Darcadedb.server.databaseDirectory={root / 'databases'}",
        f"-Darcadedb.server.rootPassword={password}",
        "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "-Darcadedb.server.httpIncomingHost=127.0.0.1", f"-Darcadedb.server.httpIncomingPort={http}",
        "-Darcadedb.bolt.host=127.0.0.1", f"-Darcadedb.bolt.port={bolt}",
        "-Darcadedb.server.defaultDatabases=neo4j[root]", "-Darcadedb.bolt.defaultDatabase=neo4j",
        "com.arcadedb.server.ArcadeDBServer",
    ]
    with open(root / "server.log", "wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=root,
                                   preexec_fn=_die_with_parent if sys.platform == "linux" else None)
    server = BoltServer(f"bolt://127.0.0.1:{bolt}", "root", password, "neo4j", "ArcadeDB (arcadedb-embedded)",
                        process, folder)
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            with neo4j.GraphDatabase.driver(server.uri, auth=(server.user, password), connection_timeout=2.0,
                                            max_transaction_retry_time=0.0) as driver:
                driver.execute_query("MATCH (n) RETURN count(n) AS c", database_="neo4j")
            return server
        except Exception as exc:  # noqa: BLE001 - still starting
            last = exc
            time.sleep(0.5)
    text = (root / "server.log").read_text(errors="replace")[-2000:]
    server.stop()
    raise RuntimeError(f"ArcadeDB did not start ({last}):\n{text}")


def main() -> None:
    """`make bolt-server`: run the test server in the foreground, to try push and pull by hand."""
    import signal

    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stop the server on SIGTERM too
    server = start_arcadedb()
    print(f"NEO4J_URI={server.uri} NEO4J_USER={server.user} NEO4J_PASSWORD={server.password} "
          f"NEO4J_DATABASE={server.database}  (Ctrl-C stops it)", flush=True)
    try:
        assert server.process is not None
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
