"""Run many invocations of the real CLI quickly: import `samverkan.cli` once, fork one child per invocation.

Each child is its own process running `samverkan.cli.main()` with the given arguments, exactly as the
`samverkan` console script does (an uncaught exception prints its traceback and exits 1, as Python would),
under a memory limit (RLIMIT_AS: the runner's own address space plus `--memory-mb`) and a wall-clock
timeout (the child is killed). The runner reads one JSON request per line on stdin
({"argv": [...], "cwd": ..., "env": {...}, "timeout": s}) and answers one JSON line per request:
{"rc", "stdout", "stderr", "seconds", "peak_mb", "timed_out"}. rc is negative when a signal killed the
child (-11: a crash in C code). peak_mb is the child's peak resident memory (it starts at the runner's).

Used by tests/test_malformed_input.py and benchmarks/fuzz_inputs.py: `python -m tests.cli_runner`.
"""

from __future__ import annotations

import json
import os
import resource
import selectors
import signal
import sys
import time


def _address_space() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _child(request: dict, out_fd: int, err_fd: int, memory: int) -> None:
    os.dup2(out_fd, 1)
    os.dup2(err_fd, 2)
    os.close(out_fd)
    os.close(err_fd)
    code = 1
    try:
        limit = _address_space() + memory
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        os.chdir(request.get("cwd") or os.getcwd())
        os.environ.update(request.get("env") or {})
        sys.argv = ["samverkan", *request["argv"]]
        from samverkan import cli

        try:
            cli.main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # what the interpreter does with an uncaught exception
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def run_one(request: dict, memory: int) -> dict:
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(out_r)
        os.close(err_r)
        _child(request, out_w, err_w, memory)
    os.close(out_w)
    os.close(err_w)
    chunks = {out_r: [], err_r: []}
    sel = selectors.DefaultSelector()
    for fd in chunks:
        sel.register(fd, selectors.EVENT_READ)
    deadline = start + float(request.get("timeout", 60))
    timed_out = False
    open_fds = set(chunks)
    while open_fds:
        left = deadline - time.monotonic()
        if left <= 0:
            timed_out = True
            os.kill(pid, signal.SIGKILL)
            break
        for key, _ in sel.select(timeout=min(left, 1.0)):
            data = os.read(key.fd, 65536)
            if data:
                if sum(map(len, chunks[key.fd])) < 1_000_000:  # keep the first megabyte of output
                    chunks[key.fd].append(data)
            else:
                sel.unregister(key.fd)
                open_fds.discard(key.fd)
    _, status, usage = os.wait4(pid, 0)
    for fd in chunks:
        os.close(fd)
    rc = os.waitstatus_to_exitcode(status)
    return {
        "rc": rc, "timed_out": timed_out, "seconds": round(time.monotonic() - start, 3),
        "peak_mb": round(usage.ru_maxrss / 1024, 1),
        "stdout": b"".join(chunks[out_r]).decode("utf-8", "replace"),
        "stderr": b"".join(chunks[err_r]).decode("utf-8", "replace"),
    }


def main() -> None:
    memory = int(float(sys.argv[1] if len(sys.argv) > 1 else 1024) * 1024 * 1024)
    # what the commands import lazily, imported once here so each child starts warm
    import pypdf  # noqa: F401

    # typer turns the command functions into a click command on every call (0.2 s of type hints): build it
    # once here, so each child runs the same command without paying for it again
    import typer.main

    import samverkan.cli  # noqa: F401
    import samverkan.extract.run  # noqa: F401
    import samverkan.rules.engine  # noqa: F401
    import samverkan.store.changeset_io  # noqa: F401
    import samverkan.whatif.compare  # noqa: F401
    import samverkan.whatif.report  # noqa: F401

    build = typer.main.get_command
    built = build(samverkan.cli.app)
    typer.main.get_command = lambda typer_app: built if typer_app is samverkan.cli.app else build(typer_app)

    for line in sys.stdin:
        if line.strip():
            sys.stdout.write(json.dumps(run_one(json.loads(line), memory)) + "\n")
            sys.stdout.flush()


class Runner:
    """A `python -m tests.cli_runner` subprocess (memory-limited through preexec_fn) and its requests."""

    def __init__(self, root, memory_mb: int = 1024, runner_limit_mb: int = 4096):
        import subprocess

        def limit() -> None:  # the runner itself, children included, never takes more than this
            cap = runner_limit_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

        env = {**os.environ, "PYTHONPATH": str(root), "SAMVERKAN_LANG": ""}
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.cli_runner", str(memory_mb)], cwd=root,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
                                     preexec_fn=limit)

    def run(self, argv: list[str], cwd=None, env: dict | None = None, timeout: float = 60) -> dict:
        request = {"argv": [str(a) for a in argv], "cwd": str(cwd) if cwd else None, "env": env or {},
                   "timeout": timeout}
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


if __name__ == "__main__":
    main()
