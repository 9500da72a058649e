"""Neo4j: push a data set into a Neo4j database, pull it back, list and drop data sets (the `neo4j` driver).

The graph schema and the statements are in `neo4j_plan` (docs/neo4j.md). A push creates the constraints and
indexes first (schema changes cannot share a transaction with data; those a server lacks are skipped), then
writes in transactions of `batch_size` records, then deletes what of the data set carries an older stamp.
With batch_size 0 all data changes are one transaction: a failure leaves the database as it was. Every
statement is idempotent: push twice and the database is the same. Only this module imports `neo4j`, and only
inside the functions that talk to a server.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from samverkan.io.i18n import Msg
from samverkan.model.dataset import DataSet
from samverkan.model.entities import ENTITY_TYPES, Entity
from samverkan.store.neo4j_plan import (  # noqa: F401  (the names callers and tests use)
    BATCH,
    DERIVED_TYPES,
    ENTITY_REL_SECTIONS,
    LABELS,
    META,
    NODE_LABELS,
    REL_TYPES,
    Neo4jStoreError,
    Plan,
    Step,
    build_plan,
    entity_props,
    label,
    node_uid,
    props_to_entity,
    rel_type,
)

DEFAULT_DATABASE = "neo4j"
DEFAULT_BATCH = 5000
DEFAULT_TIMEOUT = 10.0
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted", "properties_set")

Progress = Callable[[int, int], None]
"""progress(records written so far, records in all)"""


# --- connecting -------------------------------------------------------------------------------------


@dataclass
class PushReport:
    dataset: str
    database: str
    constraints: int
    counters: dict[str, int]
    nodes: int
    relationships: int
    skipped_schema: int = 0
    transactions: int = 1


def password_from_env() -> str | None:
    return os.environ.get("NEO4J_PASSWORD")


def check_uri(uri: str) -> None:
    """Refuse an address the Bolt driver cannot use, before the driver does (with a traceback)."""
    scheme = uri.partition("://")[0].lower() if "://" in uri else ""
    if scheme in ("http", "https"):
        raise Neo4jStoreError(Msg(
            f"{uri} är en webbadress (Neo4j Browser); använd bolt:// eller neo4j://, port 7687, "
            "t.ex. neo4j://localhost:7687",
            f"{uri} is a web address (Neo4j Browser); use bolt:// or neo4j://, port 7687, "
            "e.g. neo4j://localhost:7687"))
    if scheme not in SCHEMES:
        raise Neo4jStoreError(Msg(
            f"kan inte ansluta till {uri}: adressen ska börja med bolt:// eller neo4j://, t.ex. neo4j://localhost:7687",
            f"cannot connect to {uri}: the address must begin with bolt:// or neo4j://, e.g. "
            "neo4j://localhost:7687"))


@contextmanager
def _errors(uri: str, database: str, written: Callable[[], Msg | None] = lambda: None) -> Iterator[None]:
    """Turn every driver or connection failure into one line for the user, saying what was written if anything."""
    import neo4j.exceptions as ne

    def line(sv: str, en: str) -> Neo4jStoreError:
        done = written()
        after = (f" ({done.sv})", f" ({done.en})") if done is not None else ("", "")
        return Neo4jStoreError(Msg(sv + after[0], en + after[1]))

    try:
        yield
    except Neo4jStoreError as exc:
        done = written()
        if done is None:
            raise
        raise Neo4jStoreError(Msg(f"{exc.message.sv} ({done.sv})", f"{exc.message.en} ({done.en})")) from None
    except ne.AuthError:
        raise line(f"Neo4j på {uri} godtog inte användarnamnet eller lösenordet (NEO4J_PASSWORD)",
                   f"Neo4j at {uri} did not accept the user name or password (NEO4J_PASSWORD)") from None
    except ne.IncompleteCommit:
        raise Neo4jStoreError(Msg(
            f"förbindelsen med {uri} bröts under commit: okänt om något skrevs; kör push igen (den är idempotent)",
            f"the connection to {uri} broke during commit: unknown whether anything was written; push again "
            "(it is idempotent)")) from None
    except (ne.ServiceUnavailable, ne.SessionExpired, ne.ConnectionAcquisitionTimeoutError) as exc:
        raise line(f"kan inte nå Neo4j på {uri}: {_reason(exc)}",
                   f"cannot reach Neo4j at {uri}: {_reason(exc)}") from None
    except ne.Neo4jError as exc:
        code = exc.code or ""
        if code == "Neo.ClientError.Database.DatabaseNotFound":
            raise line(f"databasen '{database}' finns inte på {uri}; ange en annan med --database",
                       f"the database '{database}' does not exist at {uri}; name another with --database") from None
        if code.startswith("Neo.ClientError.Security."):
            raise line(f"Neo4j på {uri} nekade åtkomst: {_flat(exc.message)}",
                       f"Neo4j at {uri} denied access: {_flat(exc.message)}") from None
        if code.startswith("Neo.TransientError.General.") and "Memory" in code:
            raise line(f"Neo4j på {uri} fick slut på minne: {_flat(exc.message)}; prova en mindre --batch-size",
                       f"Neo4j at {uri} ran out of memory: {_flat(exc.message)}; try a smaller --batch-size") from None
        raise line(f"Neo4j svarade med fel {code}: {_flat(exc.message)}",
                   f"Neo4j answered with error {code}: {_flat(exc.message)}") from None
    except TimeoutError:
        raise line(f"Neo4j på {uri} svarade inte i tid", f"Neo4j at {uri} did not answer in time") from None
    except (ne.DriverError, OSError, ValueError, ImportError) as exc:
        raise line(f"kan inte ansluta till {uri}: {_first_line(exc)}",
                   f"cannot connect to {uri}: {_first_line(exc)}") from None


def _reason(exc: BaseException) -> str:
    """The socket's own words ('Connection refused') where the driver gives them, else its first line."""
    found = re.findall(r"\(reason (?:\[Errno -?\d+\] )?([^()]*)\)", str(exc))
    return found[-1].strip() if found else _first_line(exc).rstrip(":")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


def connect(uri: str, user: str, password: str | None, database: str = DEFAULT_DATABASE,
            timeout: float = DEFAULT_TIMEOUT):
    """A verified driver. Raises Neo4jStoreError (unreachable, wrong credentials, bad URI, no answer in time)."""
    check_uri(uri)
    import neo4j

    # The driver logs retries as warnings; the user gets one line from us instead.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    logging.getLogger("neo4j").propagate = False
    with _errors(uri, database):
        driver = neo4j.GraphDatabase.driver(
            uri, auth=(user, password or ""), connection_timeout=timeout, connection_acquisition_timeout=timeout,
            max_transaction_retry_time=timeout, user_agent="samverkan")
        try:
            driver.verify_connectivity()
        except BaseException:
            driver.close()
            raise
    return driver


# --- push ---------------------------------------------------------------------------------------------


def _run_schema(driver, plan: Plan, uri: str, database: str) -> tuple[int, int]:
    """Create the constraints and indexes; (created or present, skipped because the server refused them)."""
    import neo4j
    import neo4j.exceptions as ne

    done = skipped = 0
    for step in plan.schema:
        nothing = Msg(f"{done} av {len(plan.schema)} villkor och index skapades; inga data skrevs",
                      f"{done} of {len(plan.schema)} constraints and indexes were created; no data was written")
        with _errors(uri, database, lambda m=nothing, d=done: m if d else None):
            try:
                driver.execute_query(step.query, step.params, database_=database,
                                     routing_=neo4j.RoutingControl.WRITE)
                done += 1
            except ne.ClientError as exc:
                code = exc.code or ""
                if not step.optional or code.startswith("Neo.ClientError.Security.") or "NotFound" in code:
                    raise
                skipped += 1  # e.g. a composite uniqueness constraint on a server without it
    return done, skipped


def _check_written(result, step: Step) -> None:
    if step.expect is None:
        return
    record = result.single()
    got = record["written"] if record else 0
    if got != step.expect:
        raise Neo4jStoreError(Msg(
            f"bara {got} av {step.expect} relationer kunde skrivas (en nod saknades)",
            f"only {got} of {step.expect} relationships could be written (a node was missing)"))


def _add(counters: dict[str, int], summary) -> None:
    for name in _COUNTERS:
        counters[name] += getattr(summary.counters, name)


def push_plan(driver, plan: Plan, uri: str, database: str = DEFAULT_DATABASE, batch_size: int = DEFAULT_BATCH,
              progress: Progress | None = None) -> PushReport:
    """Run a plan: schema, then the writes in transactions of `batch_size` records (0: all in one), then the
    removal of what carries an older stamp (in transactions of the same size)."""
    created, skipped = _run_schema(driver, plan, uri, database)
    counters = dict.fromkeys(_COUNTERS, 0)
    total = plan.size
    state = {"rows": 0, "transactions": 0}

    def report(rows: int) -> None:
        state["rows"] += rows
        if progress is not None:
            progress(state["rows"], total)

    if batch_size <= 0:
        writes = plan.write_steps(BATCH) + plan.cleanup_steps()

        def work(tx) -> dict[str, int]:
            found = dict.fromkeys(_COUNTERS, 0)
            for step in writes:
                result = tx.run(step.query, step.params)
                _check_written(result, step)
                _add(found, result.consume())
            return found

        rolled_back = Msg("transaktionen rullades tillbaka, inga data skrevs",
                          "the transaction was rolled back, no data was written")
        with _errors(uri, database, lambda: rolled_back), driver.session(database=database) as session:
            counters = session.execute_write(work)
        report(total)
        state["transactions"] = 1
    else:
        def partly() -> Msg:
            n = state["rows"]
            return Msg(f"{n} av {total} poster skrevs, inget togs bort; datamängden är delvis uppdaterad: kör push "
                       "igen", f"{n} of {total} records were written, nothing was removed; the data set is partly "
                       "updated: push again")

        with _errors(uri, database, partly), driver.session(database=database) as session:
            for step in plan.write_steps(batch_size):
                def write(tx, step=step):
                    result = tx.run(step.query, step.params)
                    _check_written(result, step)
                    return result.consume()

                _add(counters, session.execute_write(write))
                state["transactions"] += 1
                report(step.rows)
            for step in plan.cleanup_steps(batch_size):
                for summary in _delete_in_batches(session, step, batch_size):
                    _add(counters, summary)
                    state["transactions"] += 1
    nodes, rels = count_dataset(driver, plan.dataset, uri, database)
    return PushReport(plan.dataset, database, created, counters, nodes, rels, skipped, state["transactions"])


# --- reading, listing, dropping ------------------------------------------------------------------------


def _read(driver, query: str, params: dict, database: str) -> list:
    import neo4j

    records, _, _ = driver.execute_query(query, params, database_=database, routing_=neo4j.RoutingControl.READ)
    return records


def count_dataset(driver, dataset: str, uri: str, database: str = DEFAULT_DATABASE) -> tuple[int, int]:
    """Nodes and relationships of one data set in the database."""
    nodes = rels = 0
    with _errors(uri, database):
        for lab in LABELS:
            nodes += _read(driver, f"MATCH (n:{label(lab)}) WHERE n.dataset = $dataset RETURN count(n) AS c",
                           {"dataset": dataset}, database)[0]["c"]
        for kind in REL_TYPES:
            rels += _read(driver, f"MATCH ()-[r:{rel_type(kind)}]->() WHERE r.dataset = $dataset RETURN count(r) AS c",
                          {"dataset": dataset}, database)[0]["c"]
    return nodes, rels


@dataclass(frozen=True)
class StoredDataSet:
    name: str
    nodes: int
    stamps: tuple[str, ...]
    """More than one: a push of it did not finish."""


def list_datasets(driver, uri: str, database: str = DEFAULT_DATABASE) -> list[StoredDataSet]:
    """The data sets in the database, with their node counts and stamps."""
    nodes: dict[str, int] = {}
    stamps: dict[str, set[str]] = {}
    with _errors(uri, database):
        for lab in LABELS:
            for r in _read(driver, f"MATCH (n:{label(lab)}) WHERE n.dataset IS NOT NULL "
                           "RETURN n.dataset AS d, n.stamp AS s, count(*) AS c", {}, database):
                nodes[r["d"]] = nodes.get(r["d"], 0) + r["c"]
                stamps.setdefault(r["d"], set()).add(r["s"] or "-")
    return [StoredDataSet(name, nodes[name], tuple(sorted(stamps[name]))) for name in sorted(nodes)]


def datasets_in(driver, uri: str, database: str = DEFAULT_DATABASE) -> list[str]:
    """Names of the data sets stored in the database (by their nodes)."""
    return [d.name for d in list_datasets(driver, uri, database)]


def drop_dataset(driver, dataset: str, uri: str, database: str = DEFAULT_DATABASE,
                 batch_size: int = DEFAULT_BATCH) -> tuple[int, int]:
    """Delete one data set (its relationships, then its nodes, in transactions of `batch_size`); (nodes,
    relationships) deleted. Other data sets are not touched."""
    plan = Plan(dataset=dataset, stamp="")  # every record's stamp differs from "": all of it goes
    nodes = rels = 0
    limit = batch_size if batch_size > 0 else 1_000_000_000
    with _errors(uri, database), driver.session(database=database) as session:
        for step in plan.cleanup_steps(limit):
            for summary in _delete_in_batches(session, step, limit):
                nodes += summary.counters.nodes_deleted
                rels += summary.counters.relationships_deleted
    return nodes, rels


def _delete_in_batches(session, step: Step, limit: int) -> Iterator:
    """Run a cleanup step (a transaction each time) until a run deletes fewer than `limit`; each run's summary."""
    while True:
        deleted, summary = session.execute_write(_delete_batch, step)
        yield summary
        if deleted < limit:
            return


def _delete_batch(tx, step: Step) -> tuple:
    """(how many the step deleted, the summary)."""
    result = tx.run(step.query, step.params)
    record = result.single()
    return (record["deleted"] if record else 0), result.consume()


def _native(value):
    """A driver value as the model takes it (neo4j.time.Date → datetime.date)."""
    return value.to_native() if hasattr(value, "to_native") else value


def _pages(session, match: str, dataset: str, batch_size: int) -> Iterator[list[dict]]:
    """The properties of what `match` binds to `x` in one data set, `batch_size` records a page in `uid` order,
    each page its own read transaction (keyset paging: the next page starts after the last uid; 0: one page)."""
    limit = " LIMIT $limit" if batch_size > 0 else ""
    query = (f"{match} WHERE x.dataset = $dataset AND x.uid > $after "
             f"RETURN x.uid AS uid, properties(x) AS p ORDER BY uid{limit}")

    def page(tx, after: str) -> list[dict]:
        return [r["p"] for r in tx.run(query, {"dataset": dataset, "after": after, "limit": batch_size})]

    after = ""
    while True:
        rows = session.execute_read(page, after)
        if rows:
            yield rows
        if batch_size <= 0 or len(rows) < batch_size:
            return
        after = rows[-1]["uid"]


def _entity(section: str, props: dict) -> Entity:
    from pydantic import ValidationError

    try:
        return props_to_entity(section, {k: _native(v) for k, v in props.items()})
    except (ValidationError, ValueError, TypeError, KeyError) as exc:
        first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else _first_line(exc)
        raise Neo4jStoreError(Msg(
            f"posten {props.get('uid')} i databasen går inte att läsa som {section}: {first}",
            f"the record {props.get('uid')} in the database cannot be read as {section}: {first}")) from None


def pull_dataset(driver, dataset: str, uri: str, database: str = DEFAULT_DATABASE,
                 batch_size: int = DEFAULT_BATCH) -> DataSet:
    """Read one data set back into the model, equal to what was pushed: entities are built page by page
    (`batch_size` records a read transaction), so neither the server nor this process holds the raw records of
    the whole data set at once, and no YAML is written."""
    reads = [(section, f"MATCH (x:{label(lab)})") for section, lab in NODE_LABELS.items()]
    reads += [(section, f"MATCH ()-[x:{rel_type(kind)}]->()") for kind, section in ENTITY_REL_SECTIONS.items()]
    found: dict[str, list[tuple[int, str, Entity]]] = {section: [] for section in ENTITY_TYPES}
    with _errors(uri, database), driver.session(database=database) as session:
        for section, match in reads:
            for rows in _pages(session, match, dataset, batch_size):
                found[section].extend((p.get("seq", 0), str(p.get("id")), _entity(section, p)) for p in rows)
    if not any(found.values()):
        names = datasets_in(driver, uri, database)
        raise Neo4jStoreError(Msg(
            f"datamängden '{dataset}' finns inte i databasen '{database}'; där finns: {', '.join(names) or 'inga'}",
            f"the data set '{dataset}' is not in the database '{database}'; it holds: {', '.join(names) or 'none'}"))
    sections = {section: [entity for *_, entity in sorted(items, key=lambda t: t[:2])]
                for section, items in found.items()}
    return DataSet(name=dataset, **sections)


def push(data: DataSet, uri: str, user: str, password: str | None, database: str = DEFAULT_DATABASE,
         dataset: str | None = None, batch_size: int = DEFAULT_BATCH, progress: Progress | None = None,
         timeout: float = DEFAULT_TIMEOUT) -> PushReport:
    """Connect, push a data set, close."""
    plan = build_plan(data, dataset)
    driver = connect(uri, user, password, database, timeout)
    try:
        return push_plan(driver, plan, uri, database, batch_size, progress)
    finally:
        driver.close()


def load_from_neo4j(uri: str, user: str, dataset: str, database: str = DEFAULT_DATABASE,
                    password: str | None = None, timeout: float = DEFAULT_TIMEOUT,
                    batch_size: int = DEFAULT_BATCH) -> DataSet:
    """Connect, pull one data set (in pages of `batch_size` records), close. The password defaults to
    NEO4J_PASSWORD.

    For `samverkan check --neo4j URI --dataset NAME`. Raises Neo4jStoreError with a one-line message.
    """
    driver = connect(uri, user, password if password is not None else password_from_env(), database, timeout)
    try:
        return pull_dataset(driver, dataset, uri, database, batch_size)
    finally:
        driver.close()
