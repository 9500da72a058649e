"""The graph schema in Neo4j and the statements of a push (shared by push and the Cypher and CSV exports).

Layout (docs/neo4j.md has the picture):

- one node per organisation, person, role, agreement, priority area, group, activity and statement, labelled
  from NODE_LABELS, with the entity's fields as properties: scalars, dates (native `date`) and lists of strings
  as they are; a frequency as `frequency_per_year`, `frequency_text`, `frequency_minimum`; anything else
  (sources, contacts, ...) as a JSON string named in `json_fields`; `seq` keeps the order of the file;
- memberships, responsibilities and reporting lines are relationships that carry the whole entity (MEMBER_OF,
  ACCOUNTABLE_FOR, RESPONSIBLE_FOR, CONSULTED_ON, INFORMED_OF, REPORTS_TO); every other relationship
  (DERIVED_TYPES) says one thing and is derived from the entities' fields, so pull never reads it;
- every node and relationship has `dataset`, `uid` (`<dataset>:<id>` for nodes) and `stamp` (a hash of the
  pushed content): a push writes everything with its stamp, then deletes what of its data set carries another
  one, so removal is linear and other data sets are never touched.

Every label and relationship type comes from the fixed tables below; every value is a query parameter.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from dataclasses import dataclass, field

from samverkan.io.i18n import Msg
from samverkan.model.dataset import DataSet
from samverkan.model.entities import ENTITY_TYPES, Entity, Membership, ReportingLine, Responsibility
from samverkan.model.references import references_of

NODE_LABELS: dict[str, str] = {
    "organisations": "Organisation",
    "people": "Person",
    "roles": "Role",
    "agreements": "Agreement",
    "priority_areas": "PriorityArea",
    "groups": "Group",
    "activities": "Activity",
    "statements": "Statement",
    "situation_pictures": "SituationPicture",
    "action_items": "ActionItem",
    "promises": "Promise",
    "follow_up_items": "FollowUpItem",
    "meetings": "Meeting",
}
"""Entity section → node label."""

DERIVED_LABELS: dict[str, str] = {
    "Deadline": "a date that falls due (samverkan.deadlines: expiry, consultation, revision, follow-up, ...)",
}
"""Nodes derived from the entities, not entities themselves (pull does not read them)."""

LABELS: tuple[str, ...] = tuple(sorted({*NODE_LABELS.values(), *DERIVED_LABELS}))
"""Every label a push writes. The only labels this module ever writes into a query."""

RACI_TYPES = {"accountable": "ACCOUNTABLE_FOR", "responsible": "RESPONSIBLE_FOR", "consulted": "CONSULTED_ON",
              "informed": "INFORMED_OF"}

ENTITY_REL_SECTIONS: dict[str, str] = {
    "MEMBER_OF": "memberships",
    **{t: "responsibilities" for t in RACI_TYPES.values()},
    "REPORTS_TO": "reporting_lines",
    "INFORMS": "reporting_lines",
}
"""Relationship types that carry a whole entity (and are rebuilt into it by pull). INFORMS is a reporting line
of kind 'informs' (an information flow, which reporting chains do not follow)."""

DERIVED_TYPES: dict[str, str] = {
    "SUB_ORGANISATION_OF": "organisation → its parent organisation",
    "SUCCEEDED_BY": "organisation → the organisation that took over",
    "COVERS": "local police area → the district administration it covers",
    "POST_IN": "role → the organisation it belongs to",
    "HOLDS": "person → the role they hold",
    "PARTY_TO": "organisation → agreement",
    "SIGNED_BY": "agreement → the role or person who signed",
    "PART_OF": "local agreement → its framework (parent) agreement",
    "REPLACES": "agreement → the agreement it replaces",
    "REVISES": "agreement → the agreement it revises",
    "AREA_OF": "priority area → its agreement",
    "CORRESPONDS_TO": "priority area → the city-wide area it serves",
    "GROUP_OF": "group → its agreement",
    "ACTIVITY_OF": "activity → its agreement",
    "HELD_IN": "activity → the forum (group) it is carried out in",
    "ADDRESSES": "group or activity → priority area",
    "CHAIRS": "member → group it chairs (alternating: true when the chair alternates)",
    "ABOUT": "statement → the entity it states a fact of",
    "PICTURE_OF": "situation picture (lägesbild) → its agreement",
    "IDENTIFIES": "situation picture → a priority area it identifies",
    "ACTION_OF": "action item (åtgärd) → its agreement",
    "SERVES": "action item → the priority area it serves",
    "CARRIED_OUT_BY": "action item → the group or activity that carries it out",
    "OWNED_BY": "action item → the role or organisation answering for it",
    "PROMISED_BY": "promise (medborgarlöfte) → the local police area",
    "PROMISED_WITH": "promise → the district administration",
    "PROMISE_OF": "promise → its agreement",
    "FOLLOW_UP_OF": "follow-up item → its agreement",
    "FOLLOWS_UP": "role or organisation → the follow-up item it is responsible for",
    "MEETING_OF": "meeting held → the group that met",
    "DEADLINE_OF": "deadline → the agreement whose terms set it",
}
"""Relationship types derived from the entities' fields, each with its one meaning."""

REL_TYPES = tuple(sorted({*ENTITY_REL_SECTIONS, *DERIVED_TYPES}))

FLAT_FIELDS: dict[str, tuple[str, ...]] = {"frequency": ("per_year", "text", "minimum")}
"""Nested fields stored as `<field>_<part>` properties (numbers a query can compare, with the document's words)."""

META = ("uid", "dataset", "seq", "stamp", "json_fields", "flat_fields")
"""Properties this module adds to every entity; no entity has a field of these names."""

BATCH = 1000
"""Rows per statement in the Cypher export and in a push of one transaction."""

_LABEL_SET = frozenset(LABELS)
_TYPE_SET = frozenset(REL_TYPES)

for _cls in ENTITY_TYPES.values():
    _names = set(_cls.model_fields) | {f.alias for f in _cls.model_fields.values() if f.alias}
    assert not _names & set(META), _cls
    assert not _names & {f"{k}_{p}" for k, parts in FLAT_FIELDS.items() for p in parts}, _cls


class Neo4jStoreError(Exception):
    """A problem talking to the database or with what it holds; `message` is one line for the user."""

    def __init__(self, message: Msg):
        self.message = message
        super().__init__(message.en)


def label(name: str) -> str:
    if name not in _LABEL_SET:  # pragma: no cover - guards the fixed tables
        raise ValueError(f"not a known label: {name!r}")
    return name


def rel_type(name: str) -> str:
    if name not in _TYPE_SET:  # pragma: no cover - guards the fixed tables
        raise ValueError(f"not a known relationship type: {name!r}")
    return name


@dataclass(frozen=True)
class Step:
    """One Cypher statement with its parameters; `expect` is the row count a relationship batch must write;
    `rows` how many records it writes (for progress); `optional`: a server may refuse it (an index it lacks)."""

    query: str
    params: dict
    expect: int | None = None
    rows: int = 0
    optional: bool = False


@dataclass
class Plan:
    dataset: str
    stamp: str = ""
    schema: list[Step] = field(default_factory=list)
    nodes: dict[str, list[dict]] = field(default_factory=dict)
    """label → rows {uid, props}"""
    relationships: dict[str, list[dict]] = field(default_factory=dict)
    """type → rows {src, dst, src_label, dst_label, uid, props}"""

    @property
    def size(self) -> int:
        return sum(map(len, self.nodes.values())) + sum(map(len, self.relationships.values()))

    def write_steps(self, batch: int = BATCH) -> list[Step]:
        """Nodes per label, then relationships per type and end labels, `batch` rows a statement."""
        steps = []
        for lab, rows in self.nodes.items():
            for start in range(0, len(rows), batch):
                chunk = rows[start:start + batch]
                steps.append(Step(f"UNWIND $rows AS row MERGE (n:{label(lab)} {{uid: row.uid}}) SET n = row.props",
                                  {"rows": chunk}, rows=len(chunk)))
        for kind, rows in self.relationships.items():
            groups: dict[tuple[str, str], list[dict]] = {}
            for row in rows:
                groups.setdefault((row["src_label"], row["dst_label"]), []).append(
                    {"src": row["src"], "dst": row["dst"], "uid": row["uid"], "props": row["props"]})
            for (src_label, dst_label), group in sorted(groups.items()):
                for start in range(0, len(group), batch):
                    chunk = group[start:start + batch]
                    steps.append(Step(
                        f"UNWIND $rows AS row MATCH (a:{label(src_label)} {{uid: row.src}}) "
                        f"MATCH (b:{label(dst_label)} {{uid: row.dst}}) "
                        f"MERGE (a)-[r:{rel_type(kind)} {{uid: row.uid}}]->(b) SET r = row.props "
                        "RETURN count(r) AS written", {"rows": chunk}, expect=len(chunk), rows=len(chunk)))
        return steps

    def cleanup_steps(self, limit: int | None = None) -> list[Step]:
        """Delete what of this data set carries another stamp: relationships, then nodes. With `limit`, each
        statement deletes at most that many and returns `deleted`: run it until it returns 0."""
        tail = " WITH x LIMIT $limit" if limit else ""
        count = " RETURN count(*) AS deleted" if limit else ""
        params = {"dataset": self.dataset, "stamp": self.stamp, **({"limit": limit} if limit else {})}
        stale = "x.dataset = $dataset AND (x.stamp IS NULL OR x.stamp <> $stamp)"
        steps = [Step(f"MATCH ()-[x:{rel_type(t)}]->() WHERE {stale}{tail} DELETE x{count}", params)
                 for t in REL_TYPES]
        steps += [Step(f"MATCH (x:{label(lab)}) WHERE {stale}{tail} DETACH DELETE x{count}", params)
                  for lab in sorted(_LABEL_SET)]
        return steps


def schema_steps() -> list[Step]:
    """Uniqueness of `uid` (what push merges on) and of (dataset, id) per label, indexes on `dataset`."""
    steps = []
    for lab in sorted(_LABEL_SET):
        low = lab.lower()
        steps.append(Step(f"CREATE CONSTRAINT samverkan_{low}_uid IF NOT EXISTS FOR (n:{label(lab)}) "
                          "REQUIRE n.uid IS UNIQUE", {}))
        steps.append(Step(f"CREATE CONSTRAINT samverkan_{low}_dataset_id IF NOT EXISTS FOR (n:{label(lab)}) "
                          "REQUIRE (n.dataset, n.id) IS UNIQUE", {}, optional=True))
        steps.append(Step(f"CREATE INDEX samverkan_{low}_dataset IF NOT EXISTS FOR (n:{label(lab)}) ON (n.dataset)",
                          {}, optional=True))
    for kind in REL_TYPES:
        steps.append(Step(f"CREATE INDEX samverkan_{kind.lower()}_dataset IF NOT EXISTS "
                          f"FOR ()-[r:{rel_type(kind)}]-() ON (r.dataset)", {}, optional=True))
    return steps


# --- properties ---------------------------------------------------------------------------------------


def _is_native(value: object) -> bool:
    """Whether Neo4j stores this value as it is (and gives it back unchanged)."""
    if isinstance(value, bool | int | str) or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


def entity_props(entity: Entity, dataset: str, seq: int, uid: str) -> dict:
    """The properties stored for an entity: every field that has a value (defaults too, so a query can ask for
    `chair = 'no'`), nested ones flattened or as JSON, plus META (without the stamp)."""
    plain = entity.model_dump(mode="python", by_alias=True, exclude_none=True)
    props: dict = {}
    json_fields = []
    flat_fields = []
    for key in sorted(plain):
        value = plain[key]
        if value == [] or value == {}:
            continue  # the default of every list field; Neo4j cannot store an empty list's type
        if key in FLAT_FIELDS and isinstance(value, dict) and all(_is_native(v) for v in value.values()):
            props.update({f"{key}_{part}": v for part, v in value.items()})
            flat_fields.append(key)
        elif _is_native(value):
            props[key] = value
        else:
            props[key] = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
            json_fields.append(key)
    props.update(uid=uid, dataset=dataset, seq=seq)
    if json_fields:
        props["json_fields"] = json_fields
    if flat_fields:
        props["flat_fields"] = flat_fields
    return props


def props_to_entity(section: str, props: dict) -> Entity:
    """Inverse of entity_props. Raises pydantic.ValidationError or ValueError for a mangled record."""
    plain = {k: v for k, v in props.items() if k not in META}
    for key in props.get("json_fields") or []:
        if key in plain:
            plain[key] = json.loads(plain[key])
    for key in props.get("flat_fields") or []:
        parts = FLAT_FIELDS.get(key, ())
        plain[key] = {p: plain.pop(f"{key}_{p}") for p in parts if f"{key}_{p}" in plain}
    return ENTITY_TYPES[section].model_validate(plain)


def node_uid(dataset: str, entity_id: str) -> str:
    return f"{dataset}:{entity_id}"


# --- the plan -----------------------------------------------------------------------------------------


def _entity_rel(entity: Entity) -> tuple[str, str, str]:
    if isinstance(entity, Membership):
        return "MEMBER_OF", entity.member, entity.group
    if isinstance(entity, Responsibility):
        return RACI_TYPES[entity.kind], entity.holder, entity.subject
    if isinstance(entity, ReportingLine):
        return ("INFORMS" if entity.kind == "informs" else "REPORTS_TO"), entity.from_, entity.to
    raise TypeError(type(entity))  # pragma: no cover


FIELD_EDGES: tuple[tuple[str, tuple[tuple[str, str, bool], ...]], ...] = (
    ("organisations", (("parent", "SUB_ORGANISATION_OF", False), ("successors", "SUCCEEDED_BY", False),
                       ("covers", "COVERS", False))),
    ("roles", (("organisation", "POST_IN", False), ("holder", "HOLDS", True))),
    ("agreements", (("parties", "PARTY_TO", True), ("signatories", "SIGNED_BY", False), ("parent", "PART_OF", False),
                    ("replaces", "REPLACES", False), ("revises", "REVISES", False))),
    ("priority_areas", (("agreement", "AREA_OF", False), ("corresponds_to", "CORRESPONDS_TO", False))),
    ("groups", (("agreement", "GROUP_OF", False), ("priority_areas", "ADDRESSES", False))),
    ("activities", (("agreement", "ACTIVITY_OF", False), ("forum", "HELD_IN", False),
                    ("priority_areas", "ADDRESSES", False))),
    ("situation_pictures", (("agreement", "PICTURE_OF", False), ("areas", "IDENTIFIES", False))),
    ("action_items", (("agreement", "ACTION_OF", False), ("area", "SERVES", False),
                      ("work_item", "CARRIED_OUT_BY", False), ("owner", "OWNED_BY", False))),
    ("promises", (("police_area", "PROMISED_BY", False), ("district", "PROMISED_WITH", False),
                  ("agreement", "PROMISE_OF", False))),
    ("follow_up_items", (("agreement", "FOLLOW_UP_OF", False), ("responsible", "FOLLOWS_UP", True))),
    ("meetings", (("group", "MEETING_OF", False),)),
)
"""Entity section → (field, relationship type, reversed) of every DERIVED_TYPES relationship that is a field: the
edge runs from the entity to each id in the field, or from the id to the entity when reversed."""

assert {kind for _, fields in FIELD_EDGES for _, kind, _ in fields} | {"CHAIRS", "ABOUT", "DEADLINE_OF"} == \
    set(DERIVED_TYPES)
for _section, _fields in FIELD_EDGES:  # every field an edge is derived from is a reference (model/references.py)
    assert {name for name, _, _ in _fields} <= {r.field for r in references_of(ENTITY_TYPES[_section])}, _section


def derived_edges(data: DataSet):
    """(type, source id, target id, extra properties) of every DERIVED_TYPES relationship."""
    for section, fields in FIELD_EDGES:
        for entity in getattr(data, section):
            for name, kind, reverse in fields:
                for target in _ids(getattr(entity, name)):
                    yield (kind, target, entity.id, {}) if reverse else (kind, entity.id, target, {})
    # after the field edges: a chair's ends are a membership's, already checked as MEMBER_OF (build_plan)
    for m in data.memberships:
        if m.chair != "no":
            yield "CHAIRS", m.member, m.group, {"alternating": m.chair == "alternating"}


def _ids(value: str | list[str] | None) -> list[str]:
    """The ids a reference field holds: a list as it is, one id, or none."""
    if isinstance(value, list):
        return value
    return [value] if value else []


def deadline_records(data: DataSet):
    """(id, properties, agreement id) of every deadline `samverkan deadlines` lists without --from/--to (up to
    its horizon), in its order: a native `date`, `kind`, the texts in Swedish and English, the citation."""
    from samverkan.deadlines import deadlines

    for d in deadlines(data):
        props = {"id": d.uid.removesuffix("@samverkan"), "date": d.date, "kind": d.kind, "subject": d.subject,
                 "what": d.what.sv, "what_en": d.what.en, "how": d.how.sv, "how_en": d.how.en,
                 "citation": d.citation("sv"), "citation_en": d.citation("en")}
        props.update({k: v for k, v in (("agreement", d.agreement), ("party", d.party),
                                         ("document", d.source.document if d.source else None)) if v})
        yield props["id"], props, d.agreement


def build_plan(data: DataSet, dataset: str | None = None) -> Plan:
    """Every statement of a push, with its parameters. Raises Neo4jStoreError for a data set that cannot be
    stored (an edge whose end is not a node, or an id used twice)."""
    name = data.name if dataset is None else dataset
    if not name.strip():
        raise Neo4jStoreError(Msg("datamängden behöver ett namn (--dataset)", "the data set needs a name (--dataset)"))
    plan = Plan(dataset=name, schema=schema_steps())
    label_of: dict[str, str] = {}
    for section, lab in NODE_LABELS.items():
        rows = []
        for seq, entity in enumerate(getattr(data, section)):
            if entity.id in label_of:
                raise Neo4jStoreError(Msg(f"id '{entity.id}' används av flera entiteter; rätta datamängden först",
                                          f"id '{entity.id}' is used by several entities; fix the data set first"))
            label_of[entity.id] = lab
            uid = node_uid(name, entity.id)
            rows.append({"uid": uid, "props": entity_props(entity, name, seq, uid)})
        plan.nodes[lab] = rows

    rels: dict[str, dict[str, dict]] = {t: {} for t in REL_TYPES}

    def add(kind: str, src: str, dst: str, uid: str, props: dict) -> None:
        for end in (src, dst):
            if end not in label_of:
                raise Neo4jStoreError(Msg(
                    f"{kind} {src} → {dst}: '{end}' är ingen nod (organisation, roll, person, överenskommelse, "
                    "område, grupp, aktivitet); rätta datamängden först",
                    f"{kind} {src} → {dst}: '{end}' is not a node (organisation, role, person, agreement, "
                    "priority area, group, activity); fix the data set first"))
        rels[kind][uid] = {"src": node_uid(name, src), "dst": node_uid(name, dst), "src_label": label_of[src],
                           "dst_label": label_of[dst], "uid": uid, "props": props}

    for section in ("memberships", "responsibilities", "reporting_lines"):  # the entities that are relationships
        for seq, entity in enumerate(getattr(data, section)):
            kind, src, dst = _entity_rel(entity)
            uid = f"{name}:{src}>{dst}:{entity.id}"
            add(kind, src, dst, uid, entity_props(entity, name, seq, uid))
    for kind, src, dst, extra in derived_edges(data):
        uid = f"{name}:{src}>{kind}>{dst}"
        add(kind, src, dst, uid, {"uid": uid, "dataset": name, **extra})
    for s in data.statements:
        if s.subject in label_of:  # a statement about a membership or a responsibility has no node to point at
            uid = f"{name}:{s.id}>ABOUT>{s.subject}"
            add("ABOUT", s.id, s.subject, uid, {"uid": uid, "dataset": name})
    rows = []
    for seq, (deadline_id, props, agreement) in enumerate(deadline_records(data)):
        uid = node_uid(name, deadline_id)
        rows.append({"uid": uid, "props": {**props, "uid": uid, "dataset": name, "seq": seq}})
        label_of[deadline_id] = "Deadline"
        if agreement in label_of:
            add("DEADLINE_OF", deadline_id, agreement, f"{name}:{deadline_id}>DEADLINE_OF>{agreement}",
                {"uid": f"{name}:{deadline_id}>DEADLINE_OF>{agreement}", "dataset": name})
    plan.nodes["Deadline"] = rows
    plan.relationships = {t: [by_uid[u] for u in sorted(by_uid)] for t, by_uid in rels.items()}
    _stamp(plan)
    return plan


def _stamp(plan: Plan) -> None:
    """Give every record the plan's stamp: a hash of its content, so the same data set gives the same files."""
    digest = hashlib.sha256()
    for lab, rows in plan.nodes.items():
        digest.update(lab.encode())
        for row in rows:
            digest.update(json.dumps(row["props"], sort_keys=True, default=str, ensure_ascii=False).encode())
    for kind, rows in plan.relationships.items():
        digest.update(kind.encode())
        for row in rows:
            digest.update(json.dumps(row, sort_keys=True, default=str, ensure_ascii=False).encode())
    plan.stamp = digest.hexdigest()[:16]
    for rows in plan.nodes.values():
        for row in rows:
            row["props"]["stamp"] = plan.stamp
    for rows in plan.relationships.values():
        for row in rows:
            row["props"]["stamp"] = plan.stamp
