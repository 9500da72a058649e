"""Run many `samverkan` commands, each in a forked child of one process (tests/test_determinism.py).

`python -m tests.determinism_runner JOBS.json WORKERS`: JOBS.json is a list of {"args", "folder", "log"}.
The parent imports the CLI and the heavy libraries once (what a command spends most of its time on) and
forks one child per command, at most WORKERS at a time; the child changes into `folder`, sends its
standard output and error to `log`.out / `log`.err, runs the command and exits with its status
(written to `log`.rc). Every child inherits the parent's hash seed: the test starts one runner per
PYTHONHASHSEED. Linux only (fork).
"""

from __future__ import annotations

import json
import os
import sys


def preimport() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot  # noqa: F401
    import networkx  # noqa: F401
    import openpyxl  # noqa: F401

    import samverkan.cli  # noqa: F401
    from samverkan.rules import engine  # noqa: F401


def child(job: dict) -> None:
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(os.open(job["log"] + ".out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 1)
    os.dup2(os.open(job["log"] + ".err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
    os.chdir(job["folder"])
    code = 0
    try:
        from samverkan.cli import app

        app(job["args"], prog_name="samverkan")
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # a crash: the traceback goes to the .err file
        import traceback

        traceback.print_exc()
        code = 3
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    with open(job["log"] + ".rc", "w") as f:
        f.write(str(code))
    os._exit(code)


def main() -> None:
    jobs = json.loads(open(sys.argv[1], encoding="utf-8").read())
    workers = int(sys.argv[2])
    preimport()
    with open(sys.argv[1] + ".hash", "w") as f:  # the test checks that the seeds do make hashes differ
        f.write(str(hash("samverkan")))
    running: set[int] = set()
    for job in jobs:
        while len(running) >= workers:
            pid, _ = os.wait()
            running.discard(pid)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            child(job)
        running.add(pid)
    while running:
        pid, _ = os.wait()
        running.discard(pid)


if __name__ == "__main__":
    main()
