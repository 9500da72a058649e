"""Writing output files safely, for every command (a leaf module: it imports only `i18n`).

- `refuse_inputs`: no output may be an input file, nor lie inside an input folder (a data set folder:
  anything written there would be read as part of the data set next time).
- `refuse_foreign_yaml`: a data set written into a folder (neo4j pull, extract, generate) must not mix
  with YAML files it does not replace.
- `write_atomic`: every file goes to a temporary file in the same folder and is renamed into place
  (os.replace), so a reader never sees half a file and a failed write leaves the old file as it was.

Nothing here deletes a file the tool did not write.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from samverkan.io.i18n import Msg


class OutputRefused(Exception):
    """An output that would overwrite or mix with the user's own files; nothing was written."""

    def __init__(self, message: Msg):
        super().__init__(message.en)
        self.message = message


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def inputs_of(*paths: Path | str | None) -> list[Path]:
    """The existing input files and folders among a command's arguments (profile names that are not files,
    None and missing paths are left out)."""
    return [Path(p) for p in paths if p is not None and str(p) not in ("", "-") and Path(p).exists()]


def refuse_inputs(targets: Iterable[Path], inputs: Iterable[Path]) -> None:
    """Raise OutputRefused when a target is an input file, is an input folder or lies inside one."""
    inputs = [(p, _real(p), p.is_dir()) for p in inputs]
    for target in targets:
        real = _real(target)
        for given, source, is_dir in inputs:
            if real == source or (is_dir and real.is_relative_to(source)):
                what = Msg("mappen med indata", "the input folder") if is_dir else Msg("indatafilen",
                                                                                          "the input file")
                raise OutputRefused(Msg(
                    f"--out: {target} skulle skriva över eller hamna i {what.sv} {given}; välj en annan plats",
                    f"--out: {target} would overwrite or land in {what.en} {given}; choose another place"))


def refuse_foreign_yaml(out_dir: Path, targets: Iterable[Path]) -> None:
    """Raise OutputRefused when `out_dir` holds YAML files that are not among `targets`: a data set written
    there would mix with them (and --force must not delete what the tool did not write)."""
    if not out_dir.is_dir():
        return
    own = {_real(t) for t in targets}
    foreign = sorted(p for p in out_dir.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()
                     and _real(p) not in own)
    if foreign:
        more = len(foreign) - 1
        extra = Msg(f" och {more} till", f" and {more} more") if more else Msg("", "")
        raise OutputRefused(Msg(
            f"--out: mappen {out_dir} har redan YAML-filer som inte skrivs här ({foreign[0]}{extra.sv}); en "
            "datamängd där skulle blandas med dem: välj en tom mapp",
            f"--out: the folder {out_dir} already holds YAML files that are not written here ({foreign[0]}"
            f"{extra.en}); a data set there would mix with them: choose an empty folder"))


def write_atomic(target: Path, content: bytes | str) -> None:
    """Write a file through a temporary file in the same folder and os.replace; no partial files."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_all(files: dict[Path, bytes | str]) -> list[Path]:
    """Write every file atomically, in the given order; returns the files written."""
    for target, content in files.items():
        write_atomic(target, content)
    return list(files)
