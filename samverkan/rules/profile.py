"""Profiles: what a governing text demands, as YAML data with the citation of every demand.

A profile file has `title`, optional `extends` (another profile by name or path), `documents` (titles of
the cited documents) and `demands`: a mapping from a demand id to the demand. A demand names the `rule`
that checks it, its `citation` and its parameters. A profile that extends another inherits its demands;
a demand with the same id overrides the inherited one key by key, and `null` removes it.
Broken profiles raise `ConfigError` with file, line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pydantic import ValidationError

from samverkan.io.i18n import Msg
from samverkan.io.yamlconf import ConfigError, ConfigProblem, closest, locate_error, plain, read_yaml
from samverkan.model.validity import governing_central, lineage
from samverkan.rules.demand import Demand, Text, organisations_named

PROFILE_DIR = Path(__file__).resolve().parent / "profiles"
DEFAULT_PROFILE = "stockholm-2023"
"""The profile when the city-wide agreement in force at the date names no bundled profile."""
NO_GOVERNING_TEXT = "utan-styrande-text"
"""The profile when no city-wide agreement of the data set is in force at the date: the agreements' own terms."""


def profile_for(data, as_of) -> str:
    """The profile a run uses when none is given, the one decision every command (check, show, audit, diff,
    impact) makes: the profile named after the city-wide agreement in force at the date (stockholm-2019 in
    2019, stockholm-2023 from 2024), DEFAULT_PROFILE when that agreement names none, NO_GOVERNING_TEXT when no
    city-wide agreement of the data set is in force."""
    central = governing_central(data, as_of)
    if central is None:
        return NO_GOVERNING_TEXT
    for text in _lineage_ids(data, central):
        if text in set(list_profiles()):
            return text
    return DEFAULT_PROFILE


def _lineage_ids(data, agreement) -> list[str]:
    return [a.id for a in lineage(data, agreement)]


def governing_note(data, as_of, profile: str | None = None) -> Msg | None:
    """What every output says when the rules ran without a governing text (no --profile, no city-wide agreement
    of the data set in force at the date); None otherwise."""
    if profile is not None and profile != NO_GOVERNING_TEXT:
        return None
    if profile is None and profile_for(data, as_of) != NO_GOVERNING_TEXT:
        return None
    return Msg(f"ingen stadsövergripande överenskommelse i datamängden gäller {as_of}: bara överenskommelsernas "
               "egna villkor prövas (ange --profile för att pröva mot en styrande text)",
               f"no city-wide agreement of the data set is in force on {as_of}: only the agreements' own terms are "
               "checked (give --profile to check against a governing text)")


def demand_models() -> dict[str, type[Demand]]:
    """Which demand model each rule reads (declared with the rule); rules without demands are not listed."""
    from samverkan.rules.catalogue import RULES

    return {code: r.demand for code, r in sorted(RULES.items()) if r.demand is not None}


TOP_KEYS = ("name", "title", "description", "extends", "documents", "demands")


@dataclass
class Profile:
    name: str
    title: Msg
    path: Path
    chain: list[str]
    demands: dict[str, Demand]
    documents: dict[str, str] = field(default_factory=dict)
    description: Msg | None = None

    def demands_for(self, code: str) -> list[Demand]:
        by_rule = self.__dict__.get("_by_rule")
        if by_rule is None:  # asked by every rule of every check (`impact --rank` runs thousands): indexed once
            by_rule = self.__dict__["_by_rule"] = {}
            for d in self.demands.values():
                by_rule.setdefault(d.rule, []).append(d)
        return list(by_rule.get(code, ()))

    @cached_property
    def organisations_named(self) -> frozenset[str]:
        """The organisations its demands' member specs name (`demand.organisations_named`): asked by every run
        that matches a member, so found once."""
        return organisations_named(self.demands.values())


@dataclass
class _Raw:
    """A profile before validation: demand dicts with the YAML layers each key came from."""

    name: str
    path: Path
    title: Msg | None
    description: Msg | None
    chain: list[str]
    documents: dict[str, str]
    demands: dict[str, dict]
    layers: dict[str, list[tuple[str, object]]]


def list_profiles() -> list[str]:
    """The names of the bundled profiles."""
    return sorted(p.stem for p in PROFILE_DIR.glob("*.yaml"))


def resolve(name_or_path: str | Path, relative_to: Path | None = None) -> Path:
    text = str(name_or_path)
    candidates = []
    if text.endswith((".yaml", ".yml")) or "/" in text or "\\" in text:
        path = Path(text)
        if not path.is_absolute() and relative_to is not None:
            candidates.append(relative_to / path)
        candidates.append(path)
    else:
        if relative_to is not None:
            candidates.append(relative_to / f"{text}.yaml")
        candidates.append(PROFILE_DIR / f"{text}.yaml")
    for c in candidates:
        if c.is_file():
            return c
    given = Path(text)
    if given in candidates and (given.exists() or given.is_symlink()):
        return given  # a folder, FIFO or link loop given as a path: the reader says what is wrong with it
    raise FileNotFoundError(text)


def load_profile(name_or_path: str | Path) -> Profile:
    """Load a profile by bundled name ('stockholm-2023') or path, with everything it extends."""
    try:
        path = resolve(name_or_path)
    except FileNotFoundError:
        known = list_profiles()
        close = closest(str(name_or_path), known)
        raise ConfigError([ConfigProblem(
            str(name_or_path), None, None,
            Msg(f"okänd profil '{name_or_path}'", f"unknown profile '{name_or_path}'"),
            Msg(f"menade du '{close}'?", f"did you mean '{close}'?") if close else
            Msg("välj en av: " + ", ".join(known), "choose one of: " + ", ".join(known)),
        )]) from None
    raw = _load_raw(path, [])
    return _validate(raw)


def _problem(display: str, doc, key: str, message: Msg, hint: Msg | None = None, where: str = "key") -> ConfigError:
    line, col = getattr(doc.lc, where)(key)
    return ConfigError([ConfigProblem(display, line + 1, col + 1, message, hint)])


def _check_top_keys(display: str, doc) -> None:
    problems: list[ConfigProblem] = []
    for key in doc:
        if key not in TOP_KEYS:
            line, col = doc.lc.key(key)
            close = closest(str(key), list(TOP_KEYS))
            problems.append(ConfigProblem(display, line + 1, col + 1,
                                          Msg(f"okänd nyckel '{key}' i profilen",
                                              f"unknown key '{key}' in the profile"),
                                          Msg(f"menade du '{close}'?", f"did you mean '{close}'?") if close else
                                          Msg("tillåtna nycklar: " + ", ".join(TOP_KEYS),
                                              "allowed keys: " + ", ".join(TOP_KEYS))))
    if problems:
        raise ConfigError(problems)


def _parent(doc, path: Path, seen: list[Path], display: str) -> _Raw | None:
    """The profile this one extends, loaded, or None."""
    if not doc.get("extends"):
        return None
    try:
        parent_path = resolve(doc["extends"], path.parent)
    except FileNotFoundError:
        raise _problem(display, doc, "extends", Msg(f"profilen '{doc['extends']}' som utvidgas finns inte",
                                                    f"the extended profile '{doc['extends']}' does not exist"),
                       Msg("tillgängliga profiler: " + ", ".join(list_profiles()),
                           "available profiles: " + ", ".join(list_profiles())), where="value") from None
    return _load_raw(parent_path, [*seen, path.resolve()])


def _documents(doc, parent: _Raw | None, display: str) -> dict[str, str]:
    documents = dict(parent.documents) if parent else {}
    if doc.get("documents") is not None:
        if not isinstance(doc["documents"], dict):
            raise _problem(display, doc, "documents", Msg("'documents' ska vara en mappning dokument → titel",
                                                          "'documents' must be a mapping document → title"))
        documents.update({str(k): str(v) for k, v in doc["documents"].items()})
    return documents


def _demands(doc, parent: _Raw | None, display: str) -> tuple[dict, dict]:
    """The demands after this profile's own layer (key by key over the parent's; null removes one), and the
    YAML layers each demand's keys came from."""
    from samverkan.io.yamlsource import LocatedMap

    demands = {k: dict(v) for k, v in parent.demands.items()} if parent else {}
    layers = {k: list(v) for k, v in parent.layers.items()} if parent else {}
    own = doc.get("demands")
    if own is not None and not isinstance(own, LocatedMap):
        raise _problem(display, doc, "demands", Msg("'demands' ska vara en mappning id → krav",
                                                    "'demands' must be a mapping id → demand"))
    for demand_id, node in (own or {}).items():
        if node is None:
            demands.pop(demand_id, None)
            layers.pop(demand_id, None)
            continue
        if not isinstance(node, LocatedMap):
            raise _problem(display, own, demand_id, Msg(f"kravet '{demand_id}' ska vara en mappning",
                                                        f"the demand '{demand_id}' must be a mapping"))
        demands[demand_id] = {**demands.get(demand_id, {}), **plain(node)}
        layers[demand_id] = [(display, node), *layers.get(demand_id, [])]
    return demands, layers


def _load_raw(path: Path, seen: list[Path]) -> _Raw:
    display = str(path)
    doc = read_yaml(path)  # first: a link loop is the reader's located problem, not resolve()'s RuntimeError
    if path.resolve() in seen:
        cycle = " → ".join(p.stem for p in [*seen, path.resolve()])
        raise ConfigError([ConfigProblem(display, None, None,
                                         Msg(f"profilerna utvidgar varandra i en cirkel: {cycle}",
                                             f"the profiles extend each other in a cycle: {cycle}"),
                                         Msg("ta bort en av 'extends'", "remove one of the 'extends'"))])
    from samverkan.io.yamlsource import LocatedMap

    if not isinstance(doc, LocatedMap):
        raise ConfigError([ConfigProblem(display, 1, 1, Msg("en profil är en mappning med 'title' och 'demands'",
                                                            "a profile is a mapping with 'title' and 'demands'"))])
    _check_top_keys(display, doc)
    parent = _parent(doc, path, seen, display)

    def text(key: str) -> Msg | None:
        value = doc.get(key)
        if value is None:
            return None
        try:
            return Text.model_validate(plain(value)).msg()
        except ValidationError as exc:
            raise ConfigError(locate_error(display, doc, (key,), exc)) from None

    title = text("title") or (parent.title if parent else None)
    if title is None:
        raise ConfigError([ConfigProblem(display, 1, 1, Msg("profilen saknar 'title' {sv, en}",
                                                            "the profile has no 'title' {sv, en}"),
                                         Msg("lägg till title: {sv: ..., en: ...}", "add title: {sv: ..., en: ...}"))])
    demands, layers = _demands(doc, parent, display)
    name = str(doc.get("name") or path.stem)
    chain = [name, *(parent.chain if parent else [])]
    return _Raw(name, path, title, text("description") or (parent.description if parent else None), chain,
                _documents(doc, parent, display), demands, layers)


def _validate(raw: _Raw) -> Profile:
    problems: list[ConfigProblem] = []
    demands: dict[str, Demand] = {}
    for demand_id, values in raw.demands.items():
        layers = raw.layers[demand_id]
        display, node = layers[0]
        code = values.get("rule")
        model = demand_models().get(str(code))
        if model is None:
            file, line, col = _locate_key(layers, "rule")
            close = closest(str(code), list(demand_models()))
            problems.append(ConfigProblem(file, line, col,
                                          Msg(f"kravet '{demand_id}': okänd regel '{code}'",
                                              f"demand '{demand_id}': unknown rule '{code}'"),
                                          Msg(f"menade du '{close}'?", f"did you mean '{close}'?") if close else
                                          Msg("ange rule: SAM0xx", "give rule: SAM0xx")))
            continue
        try:
            demands[demand_id] = model.model_validate({**values, "id": demand_id})
        except ValidationError as exc:
            for err in exc.errors():
                loc = tuple(err["loc"])
                file, line, col = _locate_key(layers, loc[0] if loc else None)
                node_for = next((n for f, n in layers if loc and loc[0] in n), node)
                sub = locate_error(file, node_for, (), None, err) if loc else []
                if sub:
                    problems.append(ConfigProblem(sub[0].file, sub[0].line, sub[0].column,
                                                  Msg(f"kravet '{demand_id}': {sub[0].message.sv}",
                                                      f"demand '{demand_id}': {sub[0].message.en}"),
                                                  sub[0].suggestion))
                else:
                    problems.append(ConfigProblem(file, line, col,
                                                  Msg(f"kravet '{demand_id}': {err['msg']}",
                                                      f"demand '{demand_id}': {err['msg']}")))
    if problems:
        raise ConfigError(problems)
    return Profile(raw.name, raw.title, raw.path, raw.chain, demands, raw.documents, raw.description)


def _locate_key(layers: list[tuple[str, object]], key) -> tuple[str, int | None, int | None]:
    for file, node in layers:
        if key is not None and key in node:
            line, col = node.lc.key(key)
            return file, line + 1, col + 1
    file, node = layers[0]
    return file, node.lc.line + 1, node.lc.col + 1
