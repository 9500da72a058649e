"""The lowest versions the project declares, as a pip constraints file: `make test-min` installs them.

Every requirement of [project].dependencies in pyproject.toml with a lower bound (`>=X`) becomes `name==X`,
a pinned one (`==X`) stays pinned, markers are kept. Read from pyproject.toml at every run, so the tested
minimum cannot drift from the declared one (tests/test_packaging.py checks the reading).

    python -m tests.lower_bounds > constraints-min.txt
    python -m tests.lower_bounds --check installed.txt   # `pip freeze` of the venv: each at its lowest?
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
_REQUIREMENT = re.compile(r"^\s*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?P<spec>[^;]*?)\s*"
                          r"(?:;\s*(?P<marker>.*))?$")


class NoLowerBound(ValueError):
    """A dependency declares no lowest version: there is nothing to test at the minimum."""


def lowest(requirement: str) -> str:
    """`name==lowest` (with the requirement's marker) for one PEP 508 requirement with `>=` or `==`."""
    match = _REQUIREMENT.match(requirement)
    if match is None:
        raise ValueError(f"not a requirement: {requirement!r}")
    specs = [s.strip() for s in match["spec"].split(",") if s.strip()]
    pins = [s[2:].strip() for s in specs if s.startswith("==")]
    floors = [s[2:].strip() for s in specs if s.startswith(">=")]
    version = (pins or floors or [None])[0]
    if version is None:
        raise NoLowerBound(f"{match['name']} has no lower bound (>=) in pyproject.toml: {requirement!r}")
    marker = f"; {match['marker'].strip()}" if match["marker"] else ""
    return f"{match['name']}=={version}{marker}"


def constraints(pyproject: Path = PYPROJECT) -> list[str]:
    """One `name==lowest` line per dependency, in pyproject's order."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    return [lowest(r) for r in project["dependencies"]]


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def not_at_lowest(frozen: str) -> list[str]:
    """The dependencies a `pip freeze` output does not hold at their lowest declared version."""
    from packaging.version import Version

    installed = {}
    for line in frozen.splitlines():
        name, sep, version = line.partition("==")
        if sep:
            installed[_key(name)] = version.strip()
    wrong = []
    for line in constraints():
        name, _, rest = line.partition("==")
        want = rest.split(";")[0].strip()
        got = installed.get(_key(name))
        if ";" not in rest and (got is None or Version(got) != Version(want)):
            wrong.append(f"{name}: {got or 'not installed'}, lowest declared {want}")
    return wrong


def main() -> None:
    if sys.argv[1:2] == ["--check"]:
        wrong = not_at_lowest(Path(sys.argv[2]).read_text(encoding="utf-8"))
        print("\n".join(wrong) if wrong else "every dependency is at its lowest declared version")
        sys.exit(1 if wrong else 0)
    sys.stdout.write("# the lowest versions pyproject.toml declares (python -m tests.lower_bounds)\n")
    sys.stdout.write("\n".join(constraints()) + "\n")


if __name__ == "__main__":
    main()
