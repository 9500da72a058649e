"""Hypothesis strategies for valid data sets and for change sets on them (tests/test_properties.py).

`datasets()` starts from a small valid core (`core()`: a register of both parties whose ids and titles are
the ones the profiles ask for) and grows it: city-wide and local agreements with dates, groups of every
kind with members, chairs and conditions, responsibilities, reporting lines (random, so cycles, self-reports
and chains that stop short come up as often as chains that reach the steering group), priority areas that
correspond to city-wide ones, activities in forums, statements, merged districts. Then it may remove a few
entities with cascade (dangling chains, groups without members). Every step keeps the model valid: the
strategy checks `validate(data) == []` on what it returns.

`changesets(data)` draws change sets that apply to a given data set (add, remove with or without cascade,
update, set_profile), for the apply/inverse property.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from samverkan.model.changes import AddOp, ChangeError, ChangeSet, RemoveOp, SetProfileOp, UpdateOp, apply
from samverkan.model.dataset import DataSet
from samverkan.model.entities import ENTITY_TYPES
from samverkan.model.validate import validate

SRC = [{"document": "test.txt", "section": "1", "lines": "1-2"}]
NAME = "gen"
PROFILES = ("stockholm-2019", "stockholm-2023", "remiss-hl-2019", "bra-model")
GROUP_KINDS = ("steering", "preparation", "working", "forum", "council", "coordinators")
CAPACITIES = ("decision_maker", "rapporteur", "coopted", "member", "invited")
RACI = ("accountable", "accountable", "accountable", "responsible", "consulted", "informed")

# (id, name, kind, parent, extra)
REGISTER: list[tuple[str, str, str, str | None, dict]] = [
    ("stockholms-stad", "Stockholms stad", "city", None, {}),
    ("kommunstyrelsen", "Kommunstyrelsen", "political_body", "stockholms-stad", {"short_name": "KS"}),
    ("ks-trygghetsutskott", "Kommunstyrelsens trygghetsutskott", "political_body", "kommunstyrelsen", {}),
    ("stadsledningskontoret", "Stadsledningskontoret", "city_office", "kommunstyrelsen", {}),
    ("trafikkontoret", "Trafikkontoret", "specialist_administration", "stockholms-stad", {}),
    ("socialforvaltningen", "Socialförvaltningen", "specialist_administration", "stockholms-stad", {}),
    ("utbildningsforvaltningen", "Utbildningsförvaltningen", "specialist_administration", "stockholms-stad", {}),
    ("svenska-bostader", "AB Svenska Bostäder", "company", "stockholms-stad", {}),
    ("sdf-norr", "Norrs stadsdelsförvaltning", "district_administration", "stockholms-stad",
     {"valid_from": "2007-01-01"}),
    ("sdf-soder", "Söders stadsdelsförvaltning", "district_administration", "stockholms-stad", {}),
    ("sdf-vaster", "Västers stadsdelsförvaltning", "district_administration", "stockholms-stad", {}),
    ("sdn-norr", "Norrs stadsdelsnämnd", "political_body", "stockholms-stad", {}),
    ("polisregion-stockholm", "Polisregion Stockholm", "police_region", None, {}),
    ("po-syd", "Polisområde Syd", "police_area", "polisregion-stockholm", {}),
    ("po-city", "Polisområde City", "police_area", "polisregion-stockholm", {}),
    ("po-nord", "Polisområde Nord", "police_area", "polisregion-stockholm", {}),
    ("lpo-norr", "Lokalpolisområde Norr", "local_police_area", "po-nord", {"covers": ["sdf-norr"]}),
    ("lpo-soder", "Lokalpolisområde Söder", "local_police_area", "po-syd", {"covers": ["sdf-soder", "sdf-vaster"]}),
    ("ext-forening", "Föreningen Trygg", "external", None, {}),
]
DISTRICTS = {"sdf-norr": "lpo-norr", "sdf-soder": "lpo-soder", "sdf-vaster": "lpo-soder"}

# (id, title, organisation)
ROLES: list[tuple[str, str, str]] = [
    ("stadsledningskontoret/bitr-stadsdirektor", "Biträdande stadsdirektör", "stadsledningskontoret"),
    ("stadsledningskontoret/sakerhetsdirektor", "Säkerhetsdirektör", "stadsledningskontoret"),
    ("stadsledningskontoret/trygghetssamordnare", "Samordnare för trygghetsfrågor", "stadsledningskontoret"),
    ("stadsledningskontoret/sakerhetssamordnare", "Samordnare för säkerhetsfrågor", "stadsledningskontoret"),
    ("kommunstyrelsen/ordforande", "Kommunstyrelsens ordförande", "kommunstyrelsen"),
    ("trafikkontoret/chef", "Förvaltningschef", "trafikkontoret"),
    ("socialforvaltningen/chef", "Förvaltningschef", "socialforvaltningen"),
    ("utbildningsforvaltningen/chef", "Förvaltningschef", "utbildningsforvaltningen"),
    ("utbildningsforvaltningen/rektor", "Rektor", "utbildningsforvaltningen"),
    ("svenska-bostader/vd", "Verkställande direktör", "svenska-bostader"),
    ("polisregion-stockholm/regionpolischef", "Regionpolischef", "polisregion-stockholm"),
    ("po-syd/chef", "Polisområdeschef", "po-syd"),
    ("po-city/chef", "Polisområdeschef", "po-city"),
    ("po-nord/chef", "Polisområdeschef", "po-nord"),
    ("po-nord/samordnande-polis", "Samordnande polis i Stockholms stad", "po-nord"),
    ("ext-forening/ordforande", "Ordförande", "ext-forening"),
]
for _sdf, _lpo in DISTRICTS.items():
    ROLES += [
        (f"{_sdf}/stadsdelsdirektor", "Stadsdelsdirektör", _sdf),
        (f"{_sdf}/preventionssamordnare", "Preventionssamordnare", _sdf),
        (f"{_sdf}/faltassistent", "Fältassistent", _sdf),
        (f"{_sdf}/socialsekreterare", "Socialsekreterare", _sdf),
    ]
for _lpo in sorted(set(DISTRICTS.values())):
    ROLES += [
        (f"{_lpo}/chef", "Lokalpolisområdeschef", _lpo),
        (f"{_lpo}/kommunpolis", "Kommunpolis", _lpo),
        (f"{_lpo}/ungdomsutredare", "Ungdomsutredare", _lpo),
    ]

PEOPLE = [("p-anna", "Anna Andersson", "sdf-norr/stadsdelsdirektor"),
          ("p-bo", "Bo Berg", "lpo-norr/chef"),
          ("p-cia", "Cia Carlsson", None)]

CENTRAL_AREAS = ["Unga i riskzon för destruktivt beteende", "Otrygga och brottsutsatta platser",
                 "Systemhotande brottslighet", "Särskilt utsatta och sårbara brottsoffer",
                 "Unga i risk för kriminalitet", "Avhopparverksamhet för kriminella"]
LOCAL_AREAS = ["Unga i riskzon", "Trygga platser", "Brottsoffer", "Narkotika", "Otillåten påverkan",
               "Barn och unga", "Våld i nära relationer"]
GROUP_NAMES = {"steering": "Styrgrupp", "preparation": "Beredningsgrupp", "working": "Arbetsgrupp",
               "forum": "Forum", "council": "Samråd", "coordinators": "Samordnare"}
STATEMENT_FIELDS = ("extended_to", "extension_consulted", "revised_on", "revision_interval_years",
                    "causal_analysis", "documentation")

# texts that exercise quoting in YAML and the exports (kept printable: hostile control characters are
# another test's concern)
texts = st.one_of(
    st.sampled_from(["Trygghet", "Norrmalms 'chefsamråd'", 'citat "x"', "a: b", "# inte en kommentar",
                     "- lista?", "yes", "null", "2020-01-01", "  inledande blanksteg", "rad 1\nrad 2",
                     "}) DETACH DELETE n //", "¦|;§", "[x]", "1e3", "~"]),
    st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=12),
)
dates = st.dates(dt.date(2012, 1, 1), dt.date(2027, 12, 31))


def core() -> DataSet:
    """The valid register every generated data set starts from (no agreements yet)."""
    organisations = []
    for oid, name, kind, parent, extra in REGISTER:
        organisations.append({"id": oid, "name": name, "kind": kind, "parent": parent, "sources": SRC, **extra})
    roles = [{"id": rid, "title": title, "organisation": org, "sources": SRC} for rid, title, org in ROLES]
    holders = {role: pid for pid, _, role in PEOPLE if role}
    for r in roles:
        if r["id"] in holders:
            r["holder"] = holders[r["id"]]
    people = [{"id": pid, "name": name, "sources": SRC} for pid, name, _ in PEOPLE]
    return DataSet.model_validate({"name": NAME, "organisations": organisations, "roles": roles, "people": people})


def _id(prefix: str, n: int) -> str:
    return f"{prefix}-{n}"


class _Builder:
    """Plain dicts per section, built step by step with ids that never clash."""

    def __init__(self, draw):
        self.draw = draw
        base = core().model_dump(mode="json", by_alias=True, exclude_defaults=True)
        self.s: dict[str, list[dict]] = {section: list(base.get(section, [])) for section in ENTITY_TYPES}
        self.n = 0

    def fresh(self, prefix: str) -> str:
        self.n += 1
        return _id(prefix, self.n)

    def ids(self, section: str, **where) -> list[str]:
        return [e["id"] for e in self.s[section] if all(e.get(k) == v for k, v in where.items())]

    def maybe(self, p_true: float = 0.5) -> bool:
        return self.draw(st.integers(0, 99)) < p_true * 100


@st.composite
def _agreements(draw, b: _Builder) -> None:
    centrals = draw(st.lists(st.sampled_from(["stockholm-2019", "stockholm-2023", "central-x"]),
                             min_size=0, max_size=2, unique=True))
    for aid in centrals:
        start = draw(dates)
        end = draw(st.none() | st.integers(0, 3000).map(lambda n, s=start: s + dt.timedelta(days=n)))
        b.s["agreements"].append({
            "id": aid, "title": f"Stadsövergripande {aid}", "level": "central",
            "parties": ["stockholms-stad", "polisregion-stockholm"], "valid_from": start.isoformat(),
            **({"valid_to": end.isoformat()} if end else {"until_further_notice": True}),
            "signatories": draw(st.lists(st.sampled_from(["kommunstyrelsen/ordforande",
                                                           "polisregion-stockholm/regionpolischef"]), unique=True)),
            "revision_interval_years": draw(st.none() | st.integers(1, 5)),
            "sources": SRC,
        })
    districts = draw(st.lists(st.sampled_from(sorted(DISTRICTS)), max_size=3))
    for i, sdf in enumerate(districts):
        start = draw(dates)
        end = draw(st.none() | st.integers(0, 3000).map(lambda n, s=start: s + dt.timedelta(days=n)))
        aid = f"{sdf.removeprefix('sdf-')}-{start.year}-{i}"
        previous = b.ids("agreements", level="local")
        b.s["agreements"].append({
            "id": aid, "title": f"Lokal överenskommelse {draw(texts)}", "level": "local",
            "parties": draw(st.sampled_from([[sdf, DISTRICTS[sdf]], [sdf], [DISTRICTS[sdf], sdf, "ext-forening"]])),
            "parent": draw(st.none() | st.sampled_from(centrals)) if centrals else None,
            "replaces": draw(st.none() | st.sampled_from(previous)) if previous else None,
            "valid_from": start.isoformat(), **({"valid_to": end.isoformat()} if end else {}),
            "signatories": draw(st.lists(st.sampled_from([f"{sdf}/stadsdelsdirektor", f"{DISTRICTS[sdf]}/chef",
                                                          "p-anna"]), unique=True)),
            "extension": draw(st.none() | st.builds(
                lambda y, m: {"period_years": y, "consult_months_before": m, "text": "förlängs ett år i taget"},
                st.sampled_from([1, 1.5, 2]), st.integers(0, 6))),
            "annexes": draw(st.lists(st.builds(
                lambda k, t: {"title": t, "kind": k},
                st.sampled_from(["situation_picture", "action_plan", "follow_up_plan", "communication_plan",
                                 "contacts", "other"]), texts), max_size=3)),
            "dnr": draw(st.lists(st.sampled_from(["1.2.3-456/2016", "KS 2019/656"]), max_size=1)),
            "sources": SRC,
        })
        # drop empty optional values (None is the default)
        b.s["agreements"][-1] = {k: v for k, v in b.s["agreements"][-1].items() if v is not None}


@st.composite
def _groups(draw, b: _Builder) -> None:
    for agreement in list(b.s["agreements"]):
        aid, level = agreement["id"], agreement["level"]
        for name in draw(st.lists(st.sampled_from(CENTRAL_AREAS if level == "central" else LOCAL_AREAS),
                                  max_size=4, unique=True)):
            central_areas = [p["id"] for p in b.s["priority_areas"] if p["agreement"] != aid]
            b.s["priority_areas"].append({
                "id": f"{aid}/{b.fresh('pa')}", "name": name, "agreement": aid, "sources": SRC,
                "corresponds_to": draw(st.lists(st.sampled_from(central_areas), max_size=2, unique=True))
                if central_areas else []})
        areas = b.ids("priority_areas", agreement=aid)
        # a structure of the usual shape first, then random groups
        kinds = ["steering", "preparation"] if draw(st.booleans()) else []
        kinds += draw(st.lists(st.sampled_from(GROUP_KINDS), max_size=4))
        for kind in kinds:
            gid = f"{aid}/{b.fresh(kind)}"
            group = {
                "id": gid, "name": f"{GROUP_NAMES[kind]} {draw(texts)}", "agreement": aid, "kind": kind,
                "level": level if draw(st.integers(0, 9)) else ("local" if level == "central" else "central"),
                "standing": draw(st.booleans()),
                "priority_areas": draw(st.lists(st.sampled_from(areas), unique=True, max_size=2)) if areas else [],
                "sources": SRC,
            }
            if level == "central" and draw(st.integers(0, 5)) == 0:
                group["template"] = True
                group["requirements"] = draw(st.lists(st.builds(
                    lambda o, n: {"organisation": o, "necessity": n},
                    st.sampled_from(["utbildningsforvaltningen", "trafikkontoret"]),
                    st.sampled_from(["required", "recommended"])), max_size=2))
            frequency = draw(st.none() | st.builds(
                lambda n, m: {"per_year": n, "text": f"{n} gånger per år", "minimum": m},
                st.sampled_from([1, 2, 4, 6, 12, 0.5]), st.booleans()))
            if frequency:
                group["frequency"] = frequency
            if draw(st.booleans()):
                group["purpose"] = draw(texts)
            b.s["groups"].append(group)
        for _ in range(draw(st.integers(0, 2 if level == "local" else 0))):
            forums = b.ids("groups", agreement=aid)
            b.s["activities"].append({
                "id": f"{aid}/{b.fresh('aktivitet')}", "name": f"Åtgärd {draw(texts)}", "agreement": aid,
                "forum": draw(st.none() | st.sampled_from(forums)) if forums else None,
                "follow_up": draw(st.lists(texts, max_size=2)), "sources": SRC,
                "contacts": draw(st.lists(st.builds(lambda p, h: {"party": p, "holder": h},
                                                    st.sampled_from(["city", "police"]),
                                                    st.sampled_from(["sdf-norr/stadsdelsdirektor", "lpo-norr/chef",
                                                                     "p-cia"])), max_size=2)),
            })
            b.s["activities"][-1] = {k: v for k, v in b.s["activities"][-1].items() if v is not None}


@st.composite
def _members(draw, b: _Builder) -> None:
    members = b.ids("roles") + b.ids("organisations") + b.ids("people")
    head_roles = [r for r in b.ids("roles") if r.endswith(("chef", "direktor", "stadsdirektor"))]
    organisations = b.ids("organisations")
    subjects = b.ids("groups") + b.ids("activities")
    for subject in subjects:
        chosen = draw(st.lists(st.sampled_from(members), max_size=6, unique=True))
        for member in chosen:
            m = {"group": subject, "member": member, "sources": SRC,
                 "capacity": draw(st.sampled_from(CAPACITIES)),
                 "chair": draw(st.sampled_from(["no", "no", "no", "yes", "alternating"]))}
            if draw(st.integers(0, 5)) == 0:
                m["condition"] = "vid behov"
            if draw(st.integers(0, 5)) == 0:
                m["on_behalf_of"] = draw(st.sampled_from(organisations))
            b.s["memberships"].append(m)
        holders = draw(st.lists(st.sampled_from(head_roles + organisations + ["p-anna"]), max_size=2, unique=True))
        kinds = draw(st.lists(st.sampled_from(RACI), min_size=len(holders), max_size=len(holders)))
        seen = set()
        for holder, kind in zip(holders, kinds, strict=True):
            if (holder, kind) not in seen:
                seen.add((holder, kind))
                b.s["responsibilities"].append({"subject": subject, "holder": holder, "kind": kind, "sources": SRC})


@st.composite
def _reporting(draw, b: _Builder) -> None:
    """Random reporting lines: up the usual structure, sideways, into cycles, to political bodies, or nowhere."""
    groups = b.s["groups"]
    froms = [g["id"] for g in groups] + b.ids("activities")
    targets = [g["id"] for g in groups] + ["kommunstyrelsen", "ks-trygghetsutskott", "sdn-norr"]
    lines: set[tuple[str, str]] = set()
    by_kind: dict[tuple[str, str], list[str]] = {}
    for g in groups:
        by_kind.setdefault((g["agreement"], g["kind"]), []).append(g["id"])
    centrals = [a["id"] for a in b.s["agreements"] if a["level"] == "central"]
    for g in groups:
        if not draw(st.integers(0, 3)):
            continue
        # usual shape: local groups → local steering → central preparation → central steering
        up = []
        if g["kind"] != "steering":
            up += by_kind.get((g["agreement"], "steering"), [])
        elif centrals and g["level"] == "local":
            central = draw(st.sampled_from(centrals))
            up += by_kind.get((central, "preparation"), []) + by_kind.get((central, "steering"), [])
        if g["kind"] == "preparation" and g["level"] == "central":
            up += by_kind.get((g["agreement"], "steering"), [])
        if up:
            lines.add((g["id"], draw(st.sampled_from(up))))
    if froms:
        for _ in range(draw(st.integers(0, 4))):
            lines.add((draw(st.sampled_from(froms)), draw(st.sampled_from(targets))))
    for source, target in sorted(lines):
        line = {"from": source, "to": target, "sources": SRC}
        if draw(st.booleans()):
            line["what"] = draw(texts)
        b.s["reporting_lines"].append(line)


@st.composite
def _register_changes(draw, b: _Builder) -> None:
    """Merged districts, statements about agreements."""
    if draw(st.booleans()):
        day = draw(dates)
        b.s["organisations"].append({"id": "sdf-nya", "name": "Nya stadsdelsförvaltningen",
                                     "kind": "district_administration", "parent": "stockholms-stad",
                                     "valid_from": day.isoformat(), "sources": SRC})
        for org in b.s["organisations"]:
            if org["id"] == "sdf-vaster":
                org["valid_to"] = (day - dt.timedelta(days=1)).isoformat()
                org["successors"] = ["sdf-nya"]
                org.pop("valid_from", None)
    for agreement in draw(st.lists(st.sampled_from(b.ids("agreements")), max_size=3)) if b.s["agreements"] else []:
        field = draw(st.sampled_from(STATEMENT_FIELDS))
        if field in ("causal_analysis", "documentation"):
            value = draw(st.booleans())
        elif field == "revision_interval_years":
            value = draw(st.sampled_from([3, 4, "4"]))
        else:
            value = draw(dates).isoformat()
        b.s["statements"].append({"id": b.fresh("statement"), "subject": agreement, "field": field,
                                  "value": value, "sources": SRC})


@st.composite
def datasets(draw, removals: bool = True) -> DataSet:
    """A valid data set of varied structure (see the module's docstring)."""
    b = _Builder(draw)
    draw(_agreements(b))
    draw(_groups(b))
    draw(_members(b))
    draw(_reporting(b))
    draw(_register_changes(b))
    data = DataSet.model_validate({"name": NAME, **b.s})
    if removals:
        for _ in range(draw(st.integers(0, 2))):
            target = draw(st.sampled_from([e.id for e in data.entities()]))
            try:
                data, _ = apply(data, ChangeSet(title="t", source={"document": "t"},
                                                operations=[RemoveOp(id=target, cascade=True)]))
            except ChangeError:
                pass
    problems = validate(data)
    assert not problems, [p.message.en for p in problems]
    return data


# --- change sets ---------------------------------------------------------------------------------


@st.composite
def operations(draw, state: DataSet):
    """One operation that may (or may not) apply to `state`: callers skip the ones apply refuses."""
    ids = [e.id for e in state.entities()]
    groups = [g.id for g in state.groups]
    members = [r.id for r in state.roles] + [o.id for o in state.organisations]
    agreements = [a.id for a in state.agreements]
    kind = draw(st.sampled_from(["remove", "remove_plain", "note", "group", "dates", "membership", "line",
                                 "organisation", "group_add", "responsibility", "profile"]))
    if kind in ("remove", "remove_plain") and ids:
        return RemoveOp(id=draw(st.sampled_from(ids)), cascade=kind == "remove")
    if kind == "note":
        entity = draw(st.sampled_from([e for e in state.entities() if "note" in type(e).model_fields]))
        return UpdateOp(id=entity.id, fields={"note": draw(st.none() | texts)})
    if kind == "group" and groups:
        fields = {
            "standing": draw(st.booleans()),
            "name": draw(texts),
            "kind": draw(st.sampled_from(GROUP_KINDS)),
            "frequency": draw(st.none() | st.builds(lambda n: {"per_year": n, "text": f"{n} ggr"}, st.integers(1, 12))),
            "priority_areas": None,
            "requirements": draw(st.lists(st.builds(
                lambda k, n: {"organisation_kind": k, "necessity": n},
                st.sampled_from(["company", "district_administration", "local_police_area"]),
                st.sampled_from(["required", "recommended"])), max_size=2)),
        }
        keep = draw(st.lists(st.sampled_from(sorted(fields)), min_size=1, unique=True))
        return UpdateOp(id=draw(st.sampled_from(groups)), fields={k: fields[k] for k in keep})
    if kind == "dates" and agreements:
        start = draw(dates)
        return UpdateOp(id=draw(st.sampled_from(agreements)),
                        fields={"valid_from": start.isoformat(), "valid_to": draw(st.none() | st.just(
                            (start + dt.timedelta(days=draw(st.integers(0, 2000)))).isoformat()))})
    if kind == "membership" and groups:
        return AddOp(section="memberships", entity={
            "group": draw(st.sampled_from(groups)), "member": draw(st.sampled_from(members)),
            "capacity": draw(st.sampled_from(CAPACITIES)), "sources": SRC},
            before=draw(st.none() | st.sampled_from([m.id for m in state.memberships] or [None])))
    if kind == "line" and groups:
        return AddOp(section="reporting_lines", entity={
            "from": draw(st.sampled_from(groups)), "to": draw(st.sampled_from(groups + ["kommunstyrelsen"])),
            "sources": SRC})
    if kind == "responsibility" and groups:
        return AddOp(section="responsibilities", entity={
            "subject": draw(st.sampled_from(groups)), "holder": draw(st.sampled_from(members)),
            "kind": draw(st.sampled_from(RACI)), "sources": SRC})
    if kind == "organisation":
        n = draw(st.integers(0, 999))
        return AddOp(section="organisations",
                     entity={"id": f"ext-test-{n}", "name": draw(texts), "kind": "external",
                             "parent": draw(st.none() | st.just("ext-forening")), "sources": SRC},
                     before=draw(st.none() | st.sampled_from([o.id for o in state.organisations])))
    if kind == "group_add" and agreements:
        n = draw(st.integers(0, 999))
        agreement = draw(st.sampled_from(agreements))
        return AddOp(section="groups", entity={
            "id": f"{agreement}/test-{n}", "name": draw(texts), "agreement": agreement,
            "kind": draw(st.sampled_from(GROUP_KINDS)), "level": "local", "sources": SRC},
            before=draw(st.none() | st.sampled_from(groups)) if groups else None)
    return SetProfileOp(name=draw(st.sampled_from(PROFILES)))


@st.composite
def changesets(draw, data: DataSet, max_ops: int = 6) -> ChangeSet:
    """A change set that applies to `data` (operations apply refuses are left out)."""
    ops = []
    state = data
    for _ in range(draw(st.integers(1, max_ops))):
        op = draw(operations(state))
        try:
            state, _ = apply(data, ChangeSet(title="t", source={"document": "t"}, operations=[*ops, op]))
        except ChangeError:
            continue
        ops.append(op)
    return ChangeSet(title="generated", source={"document": "test.txt"}, operations=ops)


@st.composite
def synthetic_datasets(draw) -> DataSet:
    """A data set of samverkan.synthetic.generate (invented, shaped like the real one, with injected violations)
    of one or two local agreements, renamed to NAME; its removals as in `datasets`."""
    from samverkan.synthetic import generate

    data = generate(draw(st.integers(1, 2)), draw(st.integers(0, 2**16)),
                    draw(st.sampled_from([0.0, 0.3, 1.0]))).data
    return DataSet(name=NAME, **dict(data.sections()))


def models() -> st.SearchStrategy[DataSet]:
    """Mostly grown from the core (varied structure), sometimes synthetic (the real shape)."""
    return st.one_of(datasets(), datasets(), datasets(), synthetic_datasets())
