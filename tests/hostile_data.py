"""A copy of the real data set with hostile text in every kind of field, a change set with the same, and a
copy in which a person is accountable (so findings name a person). Written as data set folders, as a user
would have them, for the command-line tests of the HTML outputs and of personal data."""

from __future__ import annotations

from pathlib import Path

from samverkan.store.yaml_io import dataset_files, load_dataset
from tests.conftest import DATA

# each payload sets window.__pwned (or opens a dialog, or asks the network) if it ever runs
PAYLOADS = {
    "script": "<script>window.__pwned='script';alert('script')</script>",
    "end_script": "</script><script>window.__pwned='end_script'</script>",
    "img": '"><img src=x onerror="window.__pwned=\'img\';alert(1)">',
    "svg": "<svg onload=\"window.__pwned='svg'\"><circle r=9></circle></svg>",
    "link": '<a href="javascript:window.__pwned=\'link\'">klicka</a> javascript:alert(5)',
    "template": "{{ 7*7 }} {% if 1 %}49{% endif %} ${window.__pwned='tpl'} #{7*7}",
    "style": "</style><style>body{display:none!important}</style><link rel=stylesheet href=https://example.com/x.css>",
    "entities": "&lt;b&gt;fet&lt;/b&gt; &amp;amp; &#60;script&#62; &quot;&apos;",
    "rtl": "\u202egnp.exe\u202c \u2066isolerad\u2069 \u200fhöger",
    "iframe": "<iframe src=\"https://example.com/frame\"></iframe><img src='//example.com/pixel.gif'>",
    "attribute": "' onmouseover='window.__pwned=\"attr\"' x='",
}
LONG = "Långt namn " + "ÅÄÖ-" * 1500  # 6 000 characters
HOSTILE_ID = "norrmalm-2016/x>y~>z/../script"  # as hostile as the slug pattern allows: '>' '~' '/' '.'
TEXTS = [*PAYLOADS.values(), LONG]


def _plain(data) -> dict:
    return data.model_dump(mode="json", by_alias=True, exclude_defaults=True)


def _write(plain: dict, out: Path) -> Path:
    from samverkan.model.dataset import DataSet

    data = DataSet.model_validate(plain)
    out.mkdir(parents=True, exist_ok=True)
    for rel, text in dataset_files(data).items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text, encoding="utf-8")
    load_dataset(out)  # the copy must be a valid data set
    return out


def hostile_dataset(out: Path) -> Path:
    """data/stockholm with every payload in names, titles, sources, statements, notes, frequencies and an id."""
    data, _ = load_dataset(DATA)
    plain = _plain(data)
    p = list(PAYLOADS.values())
    groups = [g for g in plain["groups"] if g["agreement"] == "norrmalm-2016"]
    for i, g in enumerate(groups):
        g["name"] = p[i % len(p)] + f" grupp {i}"
        g["purpose"] = LONG if i == 0 else p[(i + 3) % len(p)]
        g["note"] = p[(i + 5) % len(p)]
        if g.get("frequency"):
            g["frequency"]["text"] = PAYLOADS["template"]
        g["sources"][0].update(document=PAYLOADS["link"], section=PAYLOADS["end_script"], quote=p[(i + 1) % len(p)])
    agreement = next(a for a in plain["agreements"] if a["id"] == "norrmalm-2016")
    agreement["title"] = PAYLOADS["script"] + " Norrmalm"
    agreement["note"] = PAYLOADS["style"]
    for i, role in enumerate(r for r in plain["roles"] if r["id"].startswith(("sdf-norrmalm/", "lpo-norrmalm/"))):
        role["title"] = p[(i + 2) % len(p)] + " roll"
    for i, org in enumerate(o for o in plain["organisations"] if o["id"] in ("sdf-norrmalm", "lpo-norrmalm")):
        org["name"] = p[(i + 7) % len(p)]
        org["short_name"] = PAYLOADS["rtl"]
    for i, person in enumerate(plain["people"]):
        person["name"] = p[i % len(p)] + " Person"
        person["contact"] = PAYLOADS["iframe"]
    for i, st in enumerate(plain["statements"]):
        if isinstance(st["value"], str):
            st["value"] = p[i % len(p)]
        st["sources"][0]["quote"] = p[(i + 4) % len(p)]
    for i, m in enumerate(m for m in plain["memberships"] if m["group"].startswith("norrmalm-2016/")):
        if i % 3 == 0:
            m["condition"] = p[i % len(p)]
    template = groups[0]
    plain["groups"].append({**template, "id": HOSTILE_ID, "name": PAYLOADS["attribute"], "purpose": LONG,
                            "requirements": []})
    plain["reporting_lines"].append({"from": HOSTILE_ID, "to": template["id"], "what": PAYLOADS["svg"],
                                     "sources": [{"document": PAYLOADS["img"], "quote": PAYLOADS["entities"]}]})
    return _write(plain, out)


def hostile_changeset(out: Path, data: Path) -> Path:
    """A change set against the hostile copy: payloads in its title, source and every operation."""
    import json

    group = next(g for g in load_dataset(data)[0].groups if g.agreement == "norrmalm-2016" and g.id != HOSTILE_ID)
    new = {"id": "norrmalm-2016/ny>grupp", "name": PAYLOADS["img"] + " ny", "agreement": "norrmalm-2016",
           "kind": "working", "level": "local", "purpose": PAYLOADS["template"],
           "sources": [{"document": PAYLOADS["script"], "section": PAYLOADS["style"], "quote": PAYLOADS["svg"]}]}
    text = {
        "title": PAYLOADS["end_script"] + " ändring " + PAYLOADS["rtl"],
        "source": {"document": PAYLOADS["link"], "dnr": PAYLOADS["entities"]},
        "description": PAYLOADS["iframe"],
        "as_of": "2017-01-01",
        "operations": [
            {"op": "add", "lines": "1-2", "quote": PAYLOADS["attribute"], "section": "groups", "entity": new},
            {"op": "add", "lines": "3", "quote": PAYLOADS["svg"], "section": "reporting_lines",
             "entity": {"from": new["id"], "to": group.id, "what": PAYLOADS["script"],
                        "sources": [{"document": PAYLOADS["img"]}]}},
            {"op": "update", "lines": "4", "quote": PAYLOADS["style"], "id": group.id,
             "fields": {"name": PAYLOADS["svg"] + " uppdaterad", "note": LONG}},
            {"op": "remove", "lines": "5", "quote": PAYLOADS["template"], "id": HOSTILE_ID, "cascade": True},
        ],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(text, ensure_ascii=False, indent=1), encoding="utf-8")  # JSON is YAML
    return out


def people_dataset(out: Path) -> Path:
    """data/stockholm where a person, not a function, is accountable for a group (SAM011 names the person),
    a membership names a person, and a note repeats a name and a phone number."""
    data, _ = load_dataset(DATA)
    plain = _plain(data)
    group = next(g for g in plain["groups"] if g["id"] == "norrmalm-2016/chefsamrad")
    src = [{"document": "004_f4e994a290e1df75.txt", "lines": "202", "quote": "Kommunpolis Måns Gauffin"}]
    plain["responsibilities"].append({"subject": "norrmalm-2016/samordnare", "holder": "person/mans-gauffin",
                                      "kind": "accountable", "sources": src})
    plain["memberships"].append({"group": group["id"], "member": "person/maria-stigle", "sources": src})
    group["note"] = "Maria Stigle (tel. 08 508 09062) sammankallar ibland."
    return _write(plain, out)


# text that means something to the programs the outputs go to: a terminal, an XML parser, a spreadsheet
PROGRAM_PAYLOADS = {
    "formula": '=HYPERLINK("https://example.com/x","klicka")',
    "plus": "+1+cmd|' /C calc'!A0",
    "minus": "-2+3+cmd|' /C calc'!A0",
    "at": "@SUM(1+9)*cmd|' /C calc'!A0",
    "tab": "\t=1+1",
    "cr": "\r=1+1",
    "esc": "\x1b[1A\x1b[2K\x1b[31mdold rad\x1b[0m",
    "osc": "\x1b]0;fönstertitel\x07\x1b]8;;https://example.com\x1b\\länk\x1b]8;;\x1b\\",
    "c1": "\x9b2J\x85rensad",
    "xml": "noll\x00byte\x01\x08\x0b\x0c\x1f \ufffe\uffff slut",
    "bidi": "\u202egnp.exe\u202c \u2066isolerad\u2069",
    "emoji": "file.yaml:100:63: :smile: :thumbs_up:",
}
"""What a formula prefix, a raw control character, ESC, a bidi control or a rich emoji code does if it gets
through; tests/test_sanitise.py checks every output."""


def program_hostile_dataset(out: Path) -> Path:
    """data/stockholm with PROGRAM_PAYLOADS at the start of organisation names, role titles and group names
    (so they open cells, findings and lines), in notes and in source quotes."""
    data, _ = load_dataset(DATA)
    plain = _plain(data)
    p = list(PROGRAM_PAYLOADS.values())
    for i, org in enumerate(o for o in plain["organisations"] if o.get("name")):
        org["name"] = p[i % len(p)] + f" org {i}"
    for i, role in enumerate(plain["roles"]):
        role["title"] = p[(i + 3) % len(p)] + f" roll {i}"
    for i, g in enumerate(plain["groups"]):
        g["name"] = p[(i + 5) % len(p)] + f" grupp {i}"
        g["note"] = p[(i + 7) % len(p)]
        for s in g.get("sources") or []:
            s["quote"] = p[i % len(p)]
    return _write(plain, out)


def program_hostile_waivers(out: Path, data: Path) -> Path:
    """A waiver file whose reasons and deciders start with formula prefixes and hold control characters, for
    every finding of `data` at 2017-01-01 (so the audit shows them)."""
    import datetime as dt
    import json

    from samverkan.rules.engine import check

    findings = check(load_dataset(data)[0], as_of=dt.date(2017, 1, 1))
    p = list(PROGRAM_PAYLOADS.values())
    waivers = [{"rule": f.rule, "subject": f.subject, "reason": p[i % len(p)] + " skäl",
                "decided_by": PROGRAM_PAYLOADS["formula"], "expires": "2099-01-01"}
               for i, f in enumerate(findings[:12])]
    out.write_text(json.dumps({"waivers": waivers}, indent=1), encoding="utf-8")  # \u escapes: YAML reads them
    return out


NAME_VARIANTS = ["Gauffins samordning", "GAUFFIN", "Towe Skjold", "TOWE SKJÖLD", "Skjölds",
                 "Towe Skjo\u0308ld", "ring +46 8 508 090 62", "(08) 508 090 62",
                 "0046 72 208 98 84", "MARIA.STIGLE@STOCKHOLM.COM", "Mans.Gauffin@Polisen.se"]
"""How the real data's people are also written: genitive, upper case, NFD, without diacritics, other phone
formats, e-mail in other case (tests/test_privacy.py)."""


def variants_dataset(out: Path) -> Path:
    """people_dataset with NAME_VARIANTS in group notes and source quotes."""
    people_dataset(out)
    data, _ = load_dataset(out)
    plain = _plain(data)
    groups = [g for g in plain["groups"] if g["agreement"] == "norrmalm-2016"]
    for i, variant in enumerate(NAME_VARIANTS):
        g = groups[i % len(groups)]
        g["note"] = (g.get("note") or "") + f" Kontakt: {variant}."
        g["sources"][0]["quote"] = variant
    for path in out.rglob("*.yaml"):
        path.unlink()
    return _write(plain, out)


def free_text_fields(model: type) -> dict[str, type | None]:
    """A model's fields that hold free text (a string or list of strings, neither an id nor a pattern's), by
    their name in the data files, each with None; and those holding models, each with the model's type."""
    import typing

    from pydantic import BaseModel

    fields = getattr(model, "model_fields", None) or model.__pydantic_fields__
    out: dict[str, type | None] = {}
    for name, info in fields.items():
        kinds = set(typing.get_args(info.annotation)) or {info.annotation}
        inner = {a for k in kinds for a in (typing.get_args(k) if typing.get_origin(k) is list else (k,))}
        inner.discard(type(None))
        patterned = any(getattr(m, "pattern", None) for m in info.metadata)
        key = info.alias or name
        if inner == {str} and not patterned and kinds.isdisjoint({typing.Any}):
            out[key] = None
        nested = [t for t in inner if isinstance(t, type) and (issubclass(t, BaseModel)
                                                               or hasattr(t, "__pydantic_fields__"))]
        if nested:
            out[key] = nested[0]
    return out


def planted_dataset(out: Path) -> Path:
    """people_dataset with one of the real people (a name, a surname, an id, a phone number, an e-mail address, in
    the spellings of NAME_VARIANTS) added to every free-text field of every entity and of what it holds (sources,
    frequencies, annexes, requirements, commitments, names and titles too), people's own entities left as they are."""
    from samverkan.model.entities import ENTITY_TYPES

    people_dataset(out)
    data, _ = load_dataset(out)
    plain = _plain(data)
    mentions = [*NAME_VARIANTS, *(f"{p.name} ({p.id})" for p in data.people)]
    count = [0]

    def plant(value: str) -> str:
        count[0] += 1
        return f"{value} – {mentions[count[0] % len(mentions)]}"

    def visit(model: type, item: dict) -> None:
        for key, kind in free_text_fields(model).items():
            value = item.get(key)
            if kind is None and isinstance(value, str):
                item[key] = plant(value)
            elif kind is None and isinstance(value, list):
                item[key] = [plant(v) for v in value]
            elif kind is not None and isinstance(value, dict):
                visit(kind, value)
            elif kind is not None and isinstance(value, list):
                for v in value:
                    visit(kind, v)

    for section, model in ENTITY_TYPES.items():
        if section != "people":
            for item in plain.get(section, []):
                visit(model, item)
    for path in out.rglob("*.yaml"):
        path.unlink()
    return _write(plain, out)
