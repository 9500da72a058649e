"""Neo4j: push a data set into a Neo4j database and pull it back, with the official `neo4j` driver.

Layout in the database (see README, "Neo4j"):

- one node per organisation, person, role, agreement, priority area, group, activity and statement,
  labelled from NODE_LABELS; memberships, responsibilities and reporting lines are relationships
  (MEMBER_OF, ACCOUNTABLE_FOR/RESPONSIBLE_FOR/CONSULTED_ON/INFORMED_OF, REPORTS_TO) that carry the whole
  entity; every other edge of `model.graph` becomes a relationship of its relation in upper case;
- every node and relationship has `dataset` (the data set's name) and `uid` (`<dataset>:<id>` for nodes),
  so several data sets with the same ids live side by side; uniqueness is on `uid` per label;
- entity fields are properties: scalars and lists of strings as they are, anything else (sources,
  frequency, contacts, ...) as a JSON string named in `json_fields`; `seq` keeps the order of the file.

Every label and relationship type comes from the fixed tables below; every value is a query parameter.
Constraints are created first (schema changes cannot share a transaction with data); all data changes
then run in one managed write transaction (`session.execute_write`), which the driver may retry: the
function is idempotent. Push twice and the database is the same. Only this module imports `neo4j`,
and only inside the functions that talk to a server.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from samverkan.io.i18n import Msg
from samverkan.model.dataset import DataSet
from samverkan.model.entities import ENTITY_TYPES, Entity, Membership, ReportingLine, Responsibility
from samverkan.model.graph import RACI_RELATION, RELATIONS, build_graph

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
"""Entity section → node label. The only labels this module ever writes into a query."""

REL_TYPES: dict[str, str] = {relation: relation.upper() for relation in RELATIONS}
"""Graph relation → relationship type. The only relationship types this module ever writes into a query."""

ENTITY_REL_SECTIONS: dict[str, str] = {
    "MEMBER_OF": "memberships",
    **{REL_TYPES[r]: "responsibilities" for r in RACI_RELATION.values()},
    "REPORTS_TO": "reporting_lines",
}
"""Relationship types that carry a whole entity (and are rebuilt into it by pull)."""

META = ("uid", "dataset", "seq", "json_fields")
"""Properties this module adds to every entity; no entity has a field of these names."""

BATCH = 1000
DEFAULT_DATABASE = "neo4j"
_LABEL_SET = frozenset(NODE_LABELS.values())
_TYPE_SET = frozenset(REL_TYPES.values())
_COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted", "properties_set")

for _cls in ENTITY_TYPES.values():
    assert not set(_cls.model_fields) & set(META), _cls


class Neo4jStoreError(Exception):
    """A problem talking to the database or with what it holds; `message` is one line for the user."""

    def __init__(self, message: Msg):
        self.message = message
        super().__init__(message.en)


def _label(name: str) -> str:
    if name not in _LABEL_SET:  # pragma: no cover - guards the fixed tables
        raise ValueError(f"not a known label: {name!r}")
    return name


def _rel_type(name: str) -> str:
    if name not in _TYPE_SET:  # pragma: no cover - guards the fixed tables
        raise ValueError(f"not a known relationship type: {name!r}")
    return name


# --- the plan: the statements a push runs, shared with the Cypher and CSV exports -----------------


@dataclass(frozen=True)
class Step:
    """One Cypher statement with its parameters; `expect` is the row count a relationship batch must write."""

    query: str
    params: dict
    expect: int | None = None


@dataclass
class Plan:
    dataset: str
    schema: list[Step] = field(default_factory=list)
    writes: list[Step] = field(default_factory=list)
    nodes: dict[str, list[dict]] = field(default_factory=dict)
    """label → rows {uid, props}"""
    relationships: dict[str, list[dict]] = field(default_factory=dict)
    """type → rows {src, dst, src_label, dst_label, uid, props}"""


def _is_native(value: object) -> bool:
    """Whether Neo4j stores this value as it is (and gives it back unchanged)."""
    if isinstance(value, bool | int | str):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


def entity_props(entity: Entity, dataset: str, seq: int, uid: str) -> dict:
    """The properties stored for an entity: its plain fields (nested ones as JSON) plus META."""
    from samverkan.store.yaml_io import entity_to_plain

    plain = entity_to_plain(entity)
    plain["id"] = entity.id
    props: dict = {}
    json_fields = []
    for key in sorted(plain):
        value = plain[key]
        if _is_native(value):
            props[key] = value
        else:
            props[key] = json.dumps(value, ensure_ascii=False, sort_keys=True)
            json_fields.append(key)
    props.update(uid=uid, dataset=dataset, seq=seq)
    if json_fields:
        props["json_fields"] = json_fields
    return props


def props_to_entity(section: str, props: dict) -> Entity:
    """Inverse of entity_props. Raises pydantic.ValidationError or ValueError for a mangled record."""
    plain = {k: v for k, v in props.items() if k not in META}
    for key in props.get("json_fields") or []:
        if key in plain:
            plain[key] = json.loads(plain[key])
    return ENTITY_TYPES[section].model_validate(plain)


def node_uid(dataset: str, entity_id: str) -> str:
    return f"{dataset}:{entity_id}"


def _endpoints(entity: Entity) -> tuple[str, str]:
    if isinstance(entity, Membership):
        return entity.member, entity.group
    if isinstance(entity, Responsibility):
        return entity.holder, entity.subject
    if isinstance(entity, ReportingLine):
        return entity.from_, entity.to
    raise TypeError(type(entity))  # pragma: no cover


def _rel_type_of(entity: Entity) -> str:
    if isinstance(entity, Membership):
        return "MEMBER_OF"
    if isinstance(entity, Responsibility):
        return REL_TYPES[RACI_RELATION[entity.kind]]
    return "REPORTS_TO"


def build_plan(data: DataSet, dataset: str | None = None) -> Plan:
    """Every statement of a push, in order, with its parameters. Raises Neo4jStoreError for a data set
    that cannot be stored (an edge whose end is not a node, or an id used twice)."""
    name = data.name if dataset is None else dataset
    if not name.strip():
        raise Neo4jStoreError(Msg("datamängden behöver ett namn (--dataset)", "the data set needs a name (--dataset)"))
    plan = Plan(dataset=name)
    label_of: dict[str, str] = {}
    for section, label in NODE_LABELS.items():
        rows = []
        for seq, entity in enumerate(getattr(data, section)):
            if entity.id in label_of:
                raise Neo4jStoreError(Msg(f"id '{entity.id}' används av flera entiteter; rätta datamängden först",
                                          f"id '{entity.id}' is used by several entities; fix the data set first"))
            label_of[entity.id] = label
            uid = node_uid(name, entity.id)
            rows.append({"uid": uid, "props": entity_props(entity, name, seq, uid)})
        plan.nodes[label] = rows

    rels: dict[str, list[dict]] = {t: [] for t in sorted(_TYPE_SET)}

    def add(rel_type: str, src: str, dst: str, uid: str, props: dict) -> None:
        for end in (src, dst):
            if end not in label_of:
                raise Neo4jStoreError(Msg(
                    f"{rel_type} {src} → {dst}: '{end}' är ingen nod (organisation, roll, person, överenskommelse, "
                    "område, grupp, aktivitet); rätta datamängden först",
                    f"{rel_type} {src} → {dst}: '{end}' is not a node (organisation, role, person, agreement, "
                    "priority area, group, activity); fix the data set first"))
        rels[rel_type].append({"src": node_uid(name, src), "dst": node_uid(name, dst), "src_label": label_of[src],
                               "dst_label": label_of[dst], "uid": uid, "props": props})

    for section in ("memberships", "responsibilities", "reporting_lines"):
        for seq, entity in enumerate(getattr(data, section)):
            src, dst = _endpoints(entity)
            uid = f"{name}:{src}>{dst}:{entity.id}"
            add(_rel_type_of(entity), src, dst, uid, entity_props(entity, name, seq, uid))
    entity_relations = {r.lower() for r in ENTITY_REL_SECTIONS}
    for u, v, attrs in build_graph(data).edges(data=True):
        relation = attrs["relation"]
        if relation in entity_relations:
            continue
        rel_type = REL_TYPES[relation]
        uid = f"{name}:{u}>{relation}>{v}"
        add(rel_type, u, v, uid, {"uid": uid, "dataset": name})
    for rows in rels.values():
        rows.sort(key=lambda r: r["uid"])
    plan.relationships = rels
    _fill_steps(plan)
    return plan


def _fill_steps(plan: Plan) -> None:
    for label in sorted(_LABEL_SET):
        plan.schema.append(Step(
            f"CREATE CONSTRAINT samverkan_{label.lower()}_uid IF NOT EXISTS "
            f"FOR (n:{_label(label)}) REQUIRE n.uid IS UNIQUE", {}))
    ds = plan.dataset
    # 1. remove what this data set no longer has (relationships first, then nodes), never another data set
    for rel_type, rows in plan.relationships.items():
        plan.writes.append(Step(
            f"MATCH ()-[r:{_rel_type(rel_type)}]->() WHERE r.dataset = $dataset AND NOT r.uid IN $keep DELETE r",
            {"dataset": ds, "keep": [r["uid"] for r in rows]}))
    for label in sorted(_LABEL_SET):
        rows = plan.nodes.get(label, [])
        plan.writes.append(Step(
            f"MATCH (n:{_label(label)}) WHERE n.dataset = $dataset AND NOT n.uid IN $keep DETACH DELETE n",
            {"dataset": ds, "keep": [r["uid"] for r in rows]}))
    # 2. nodes, batched per label
    for label, rows in plan.nodes.items():
        for start in range(0, len(rows), BATCH):
            plan.writes.append(Step(
                f"UNWIND $rows AS row MERGE (n:{_label(label)} {{uid: row.uid}}) SET n = row.props",
                {"rows": rows[start:start + BATCH]}))
    # 3. relationships, batched per type and end labels; each batch must write all its rows
    for rel_type, rows in plan.relationships.items():
        groups: dict[tuple[str, str], list[dict]] = {}
        for row in rows:
            groups.setdefault((row["src_label"], row["dst_label"]), []).append(
                {"src": row["src"], "dst": row["dst"], "uid": row["uid"], "props": row["props"]})
        for (src_label, dst_label), group in sorted(groups.items()):
            for start in range(0, len(group), BATCH):
                batch = group[start:start + BATCH]
                plan.writes.append(Step(
                    f"UNWIND $rows AS row MATCH (a:{_label(src_label)} {{uid: row.src}}) "
                    f"MATCH (b:{_label(dst_label)} {{uid: row.dst}}) "
                    f"MERGE (a)-[r:{_rel_type(rel_type)} {{uid: row.uid}}]->(b) SET r = row.props "
                    "RETURN count(r) AS written",
                    {"rows": batch}, expect=len(batch)))


# --- talking to a server ---------------------------------------------------------------------------


@dataclass
class PushReport:
    dataset: str
    database: str
    constraints: int
    counters: dict[str, int]
    nodes: int
    relationships: int


def password_from_env() -> str | None:
    return os.environ.get("NEO4J_PASSWORD")


@contextmanager
def _errors(uri: str, database: str, written: Msg | None = None) -> Iterator[None]:
    """Turn driver exceptions into one line for the user, saying what was written if anything."""
    import neo4j.exceptions as ne

    after = ""
    after_en = ""
    if written is not None:
        after, after_en = f" ({written.sv})", f" ({written.en})"
    try:
        yield
    except Neo4jStoreError:
        raise
    except ne.AuthError:
        raise Neo4jStoreError(Msg(
            f"Neo4j på {uri} godtog inte användarnamnet eller lösenordet (NEO4J_PASSWORD){after}",
            f"Neo4j at {uri} did not accept the user name or password (NEO4J_PASSWORD){after_en}")) from None
    except ne.IncompleteCommit:
        raise Neo4jStoreError(Msg(
            f"förbindelsen med {uri} bröts under commit: okänt om något skrevs; kör push igen (den är idempotent)",
            f"the connection to {uri} broke during commit: unknown whether anything was written; push again "
            "(it is idempotent)")) from None
    except ne.ServiceUnavailable as exc:
        raise Neo4jStoreError(Msg(
            f"kan inte nå Neo4j på {uri}: {_reason(exc)}{after}",
            f"cannot reach Neo4j at {uri}: {_reason(exc)}{after_en}")) from None
    except ne.Neo4jError as exc:
        code = exc.code or ""
        if code == "Neo.ClientError.Database.DatabaseNotFound":
            raise Neo4jStoreError(Msg(
                f"databasen '{database}' finns inte på {uri}; ange en annan med --database{after}",
                f"the database '{database}' does not exist at {uri}; name another with --database{after_en}")) from None
        if code.startswith("Neo.ClientError.Security."):
            raise Neo4jStoreError(Msg(
                f"Neo4j på {uri} nekade åtkomst: {exc.message}{after}",
                f"Neo4j at {uri} denied access: {exc.message}{after_en}")) from None
        raise Neo4jStoreError(Msg(f"Neo4j svarade med fel {code}: {exc.message}{after}",
                                  f"Neo4j answered with error {code}: {exc.message}{after_en}")) from None
    except (ne.ConfigurationError, ne.DriverError, ValueError) as exc:
        raise Neo4jStoreError(Msg(f"kan inte ansluta till {uri}: {_first_line(exc)}{after}",
                                  f"cannot connect to {uri}: {_first_line(exc)}{after_en}")) from None


def _reason(exc: BaseException) -> str:
    """The socket's own words ('Connection refused') where the driver gives them, else its first line."""
    found = re.findall(r"\(reason (?:\[Errno -?\d+\] )?([^()]*)\)", str(exc))
    return found[-1].strip() if found else _first_line(exc).rstrip(":")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def connect(uri: str, user: str, password: str | None, database: str = DEFAULT_DATABASE):
    """A verified driver. Raises Neo4jStoreError (unreachable, wrong credentials, bad URI)."""
    import neo4j

    # The driver logs retries as warnings; the user gets one line from us instead.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    logging.getLogger("neo4j").propagate = False
    with _errors(uri, database):
        driver = neo4j.GraphDatabase.driver(
            uri, auth=(user, password or ""), connection_timeout=10.0, max_transaction_retry_time=10.0,
            user_agent="samverkan")
        try:
            driver.verify_connectivity()
        except BaseException:
            driver.close()
            raise
    return driver


def push_plan(driver, plan: Plan, uri: str, database: str = DEFAULT_DATABASE) -> PushReport:
    """Run a plan: constraints, then every data change in one write transaction."""
    import neo4j

    for done, step in enumerate(plan.schema):
        nothing = Msg(f"{done} av {len(plan.schema)} uniqueness-villkor skapades; inga data skrevs",
                      f"{done} of {len(plan.schema)} uniqueness constraints were created; no data was written")
        with _errors(uri, database, nothing if done else None):
            driver.execute_query(step.query, step.params, database_=database, routing_=neo4j.RoutingControl.WRITE)
    written = Msg(f"uniqueness-villkoren på uid skapades; inga data skrevs ({len(plan.schema)} villkor)",
                  f"the uniqueness constraints on uid were created; no data was written "
                  f"({len(plan.schema)} constraints)")

    def work(tx) -> dict[str, int]:
        counters = dict.fromkeys(_COUNTERS, 0)
        for step in plan.writes:
            result = tx.run(step.query, step.params)
            if step.expect is not None:
                record = result.single()
                got = record["written"] if record else 0
                if got != step.expect:
                    raise Neo4jStoreError(Msg(
                        f"bara {got} av {step.expect} relationer kunde skrivas (en nod saknades); "
                        "transaktionen rullades tillbaka, inga data skrevs",
                        f"only {got} of {step.expect} relationships could be written (a node was missing); "
                        "the transaction was rolled back, no data was written"))
            summary = result.consume()
            for name in _COUNTERS:
                counters[name] += getattr(summary.counters, name)
        return counters

    with _errors(uri, database, written), driver.session(database=database) as session:
        counters = session.execute_write(work)
    nodes, rels = count_dataset(driver, plan.dataset, uri, database)
    return PushReport(plan.dataset, database, len(plan.schema), counters, nodes, rels)


def count_dataset(driver, dataset: str, uri: str, database: str = DEFAULT_DATABASE) -> tuple[int, int]:
    """Nodes and relationships of one data set in the database."""
    import neo4j

    nodes = rels = 0
    with _errors(uri, database):
        for label in sorted(_LABEL_SET):
            records, _, _ = driver.execute_query(
                f"MATCH (n:{_label(label)}) WHERE n.dataset = $dataset RETURN count(n) AS c", {"dataset": dataset},
                database_=database, routing_=neo4j.RoutingControl.READ)
            nodes += records[0]["c"]
        for rel_type in sorted(_TYPE_SET):
            records, _, _ = driver.execute_query(
                f"MATCH ()-[r:{_rel_type(rel_type)}]->() WHERE r.dataset = $dataset RETURN count(r) AS c",
                {"dataset": dataset}, database_=database, routing_=neo4j.RoutingControl.READ)
            rels += records[0]["c"]
    return nodes, rels


def datasets_in(driver, uri: str, database: str = DEFAULT_DATABASE) -> list[str]:
    """Names of the data sets stored in the database (by their nodes)."""
    import neo4j

    names: set[str] = set()
    with _errors(uri, database):
        for label in sorted(_LABEL_SET):
            records, _, _ = driver.execute_query(
                f"MATCH (n:{_label(label)}) WHERE n.dataset IS NOT NULL RETURN DISTINCT n.dataset AS d",
                database_=database, routing_=neo4j.RoutingControl.READ)
            names.update(r["d"] for r in records)
    return sorted(names)


def pull_dataset(driver, dataset: str, uri: str, database: str = DEFAULT_DATABASE) -> DataSet:
    """Read one data set back into the model; equal to what was pushed."""
    from pydantic import ValidationError

    def work(tx) -> dict[str, list[dict]]:
        found: dict[str, list[dict]] = {}
        for section, label in NODE_LABELS.items():
            result = tx.run(f"MATCH (n:{_label(label)}) WHERE n.dataset = $dataset RETURN properties(n) AS p",
                            {"dataset": dataset})
            found[section] = [r["p"] for r in result]
        for rel_type, section in ENTITY_REL_SECTIONS.items():
            result = tx.run(f"MATCH ()-[r:{_rel_type(rel_type)}]->() WHERE r.dataset = $dataset "
                            "RETURN properties(r) AS p", {"dataset": dataset})
            found.setdefault(section, []).extend(r["p"] for r in result)
        return found

    with _errors(uri, database), driver.session(database=database) as session:
        found = session.execute_read(work)
    if not any(found.values()):
        names = datasets_in(driver, uri, database)
        raise Neo4jStoreError(Msg(
            f"datamängden '{dataset}' finns inte i databasen '{database}'; där finns: {', '.join(names) or 'inga'}",
            f"the data set '{dataset}' is not in the database '{database}'; it holds: {', '.join(names) or 'none'}"))
    sections: dict[str, list[Entity]] = {}
    for section in ENTITY_TYPES:
        records = sorted(found.get(section, []), key=lambda p: (p.get("seq", 0), str(p.get("id"))))
        entities = []
        for props in records:
            try:
                entities.append(props_to_entity(section, props))
            except (ValidationError, ValueError, TypeError) as exc:
                first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else _first_line(exc)
                raise Neo4jStoreError(Msg(
                    f"posten {props.get('uid')} i databasen går inte att läsa som {section}: {first}",
                    f"the record {props.get('uid')} in the database cannot be read as {section}: {first}")) from None
        sections[section] = entities
    return DataSet(name=dataset, **sections)


def push(data: DataSet, uri: str, user: str, password: str | None, database: str = DEFAULT_DATABASE,
         dataset: str | None = None) -> PushReport:
    """Connect, push a data set, close."""
    plan = build_plan(data, dataset)
    driver = connect(uri, user, password, database)
    try:
        return push_plan(driver, plan, uri, database)
    finally:
        driver.close()


def load_from_neo4j(uri: str, user: str, dataset: str, database: str = DEFAULT_DATABASE,
                    password: str | None = None) -> DataSet:
    """Connect, pull one data set, close. The password defaults to NEO4J_PASSWORD.

    For `samverkan check --neo4j URI --dataset NAME`. Raises Neo4jStoreError with a one-line message.
    """
    driver = connect(uri, user, password if password is not None else password_from_env(), database)
    try:
        return pull_dataset(driver, dataset, uri, database)
    finally:
        driver.close()
