"""Writing output files safely, for every command (a leaf module: it imports only `i18n`).

- `refuse_inputs`: no output may be an input file, nor lie inside an input folder (a data set folder:
  anything written there would be read as part of the data set next time).
- `refuse_foreign_yaml`: a data set written into a folder (neo4j pull, extract, generate) must not mix
  with YAML files it does not replace.
- `refuse_special`: an existing target must be a regular file: a FIFO, device node or socket is never
  read (it may block or never end) nor replaced.
- `refuse_links`: a set of files written into a folder never passes through a symlinked subfolder (it would
  land in another folder, another data set say, and hide what is there from `refuse_foreign_yaml`).
- `write_atomic`: every file goes to a temporary file in the same folder and is renamed into place
  (os.replace), so a reader never sees half a file and a failed write leaves the old file as it was.
- `write_all`: a set of files is all-or-nothing: every file is staged first, and only when all are written
  (disk full, read-only file system) are they renamed into place; on failure nothing new stays.
- `MANIFEST`: a folder the tool fills as a whole (extract) lists what it wrote, so `--force` later removes
  only those files.

Nothing here deletes a file the tool did not write.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable, Mapping
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


def refuse_special(targets: Iterable[Path]) -> None:
    """Raise OutputRefused when a target exists and is not a regular file or folder (FIFO, device, socket),
    itself or behind a symlink; decided from stat alone, the target is never opened."""
    for target in targets:
        try:
            mode = os.stat(target).st_mode
        except OSError:  # missing, or a parent that is not a folder: the write reports it
            continue
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            raise OutputRefused(Msg(
                f"--out: {target} är ingen vanlig fil (en enhet, ett rör eller en socket); ange en fil eller mapp",
                f"--out: {target} is not a regular file (a device, pipe or socket); give a file or folder"))


def refuse_links(out_dir: Path, targets: Iterable[Path]) -> None:
    """Raise OutputRefused when a target below `out_dir` lies in a subfolder that is a symlink (or behind one)."""
    for target in targets:
        try:
            parts = Path(target).parent.relative_to(out_dir).parts
        except ValueError:
            continue
        folder = Path(out_dir)
        for part in parts:
            folder = folder / part
            if folder.is_symlink():
                raise OutputRefused(Msg(
                    f"--out: {folder} är en länk till {_real(folder)}; filer skrivna genom den hamnar där: "
                    "välj en mapp utan länkar",
                    f"--out: {folder} is a link to {_real(folder)}; files written through it land there: "
                    "choose a folder without links"))


def refuse_foreign_yaml(out_dir: Path, targets: Iterable[Path]) -> None:
    """Raise OutputRefused when `out_dir` holds YAML files that are not among `targets`: a data set written
    there would mix with them (and --force must not delete what the tool did not write); also when a target
    lies behind a symlinked subfolder (`refuse_links`: the scan below does not follow links)."""
    targets = list(targets)
    refuse_special(targets)
    refuse_links(out_dir, targets)
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
    tmp = _stage(target, data)
    try:
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _stage(target: Path, data: bytes) -> str:
    """The bytes in a temporary file beside `target`, flushed to disk; its path."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


def write_all(files: Mapping[Path, bytes | str] | Iterable[tuple[Path, bytes | str]]) -> list[Path]:
    """Write a set of files all-or-nothing: each is staged as a temporary file beside its target, and only
    when every one is written are they renamed into place, in the given order. On a failure (disk full,
    read-only, a parent that is a file) the staged files and the folders made for them are removed again and
    the error is raised; the old files stay as they were. Returns the files written.

    `files` may be (target, content) pairs made one at a time (a generator): each content is staged and
    dropped before the next is made, so a set larger than memory can be written."""
    pairs = files.items() if isinstance(files, Mapping) else files
    if isinstance(files, Mapping):
        refuse_special(files)  # before anything is staged
    made: list[Path] = []
    staged: list[tuple[str, Path]] = []
    written: list[Path] = []
    try:
        for target, content in pairs:
            refuse_special([target])
            missing = [p for p in (target.parent, *target.parent.parents) if not p.exists()]
            target.parent.mkdir(parents=True, exist_ok=True)
            made.extend(reversed(missing))
            staged.append((_stage(target, content.encode("utf-8") if isinstance(content, str) else content),
                           target))
            written.append(target)
        while staged:
            tmp, target = staged[0]
            os.replace(tmp, target)
            staged.pop(0)
    except BaseException:
        for tmp, _ in staged:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
        for folder in reversed(made):
            try:
                folder.rmdir()
            except OSError:
                pass
        raise
    return written


MANIFEST = ".samverkan-files"
"""The list of files the tool wrote into a folder it fills as a whole (one relative path a line)."""


def manifest_text(out_dir: Path, written: Iterable[Path]) -> str:
    lines = sorted(Path(p).relative_to(out_dir).as_posix() for p in written)
    return "".join(f"{line}\n" for line in lines)


def written_before(out_dir: Path) -> set[Path] | None:
    """The files an earlier run listed in `out_dir`'s MANIFEST (with the manifest itself); None without one.
    Only plain relative paths count: never one outside the folder."""
    manifest = out_dir / MANIFEST
    if not manifest.is_file() or manifest.is_symlink():
        return None
    own = {manifest}
    for line in manifest.read_text(encoding="utf-8", errors="replace").splitlines():
        rel = Path(line.strip())
        if line.strip() and not rel.is_absolute() and ".." not in rel.parts:
            own.add(out_dir / rel)
    return own
