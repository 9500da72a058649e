"""SHACL shapes for a profile at a date: SAM010 and SAM020 from the Turtle template, SAM030 generated.

`shapes_turtle(profile, as_of)` writes every shape for the profile's demands of SAM010, SAM020 and SAM030:
- SAM010, SAM020: `sam010_sam020.ttl` with its %%...%% values filled in, once per demand.
- SAM030: one shape per member spec of every SAM030 demand (`shape:SAM030-<demand>-<n>`), each a
  SHACL-SPARQL constraint on the groups of the demand's level and kinds that are in scope at the date: it
  fails when no full member (capacity decision_maker, rapporteur or member, no condition) meets the spec.
  How a member meets a spec is samverkan's `representation.member_matches`, written in SPARQL:
  - organisations / organisation_kinds: the organisation of the member (itself, the organisation of its post,
    or of a post its person holds) or the one it sits on behalf of;
  - party: of the on-behalf-of organisation when there is one, else of the member's organisation;
  - titles: the post's title (or a title of a post the person holds), normalised in SPARQL (lower case,
    diacritics of Latin letters removed, anything but a-z0-9 to one space) contains the wanted title as whole
    words and no occurrence is preceded by a qualifier (biträdande, ställföreträdande, tf, vice, ersättare);
  - title_terms: the normalised title has a term at a word start;
  - any_of: the spec's own constraints, or any one alternative.

What this SPARQL cannot say the way samverkan does is in `compare.py` (`excluded`), which keeps those cases
out of the comparison: near spellings (rapidfuzz ratio ≥ 90), normalisation beyond Latin diacritics, the
first occurrence of a title, and a person's organisation being the one of the first post the person holds.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from samverkan.rules.base import _QUALIFIERS, normalise
from samverkan.rules.demand import MemberSpec
from samverkan.rules.profile import Profile

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "sam010_sam020.ttl"
FULL_CAPACITIES = ("decision_maker", "rapporteur", "member")
QUALIFIERS = sorted(_QUALIFIERS)
ID = "https://samverkan.example/id/"


def _diacritic_classes() -> dict[str, str]:
    """Base letter → the lower-case Latin letters NFKD turns into it (à → a, ...), as samverkan's normalise does."""
    classes: dict[str, list[str]] = {}
    for code in range(0xC0, 0x100):  # Latin-1; deeper REPLACE nesting overflows rdflib's SPARQL parser
        ch = chr(code).lower()
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if len(base) == 1 and "a" <= base <= "z" and base != ch and ch not in classes.get(base, []):
            classes.setdefault(base, []).append(ch)
    return {base: "".join(sorted(chars)) for base, chars in sorted(classes.items())}


DIACRITICS = _diacritic_classes()


def python_normalise(text: str | None) -> str:
    """samverkan's normalise as the shapes' patterns see it: Latin-1 diacritics folded, case ignored, anything
    but a-z0-9 a separator (to find where it differs from samverkan's normalise)."""
    out = (text or "").lower()
    for base, chars in DIACRITICS.items():
        out = re.sub(f"[{chars}]", base, out)
    return re.sub(r"^ +| +$", "", re.sub(r"[^a-z0-9]+", " ", out))


def title_regexes(wanted: str) -> tuple[str, str]:
    """(must match, must not match) for a wanted title on a normalised title (what `raw_title_patterns` says)."""
    w = normalise(wanted)
    return f"(^| ){w}( |$)", f"(^| )({'|'.join(QUALIFIERS)}) {w}( |$)"


def python_title_match(wanted: str, actual_normalised: str) -> bool:
    """What the shapes' title test decides, on a normalised title."""
    must, must_not = title_regexes(wanted)
    return bool(normalise(wanted)) and bool(re.search(must, actual_normalised)) and not re.search(
        must_not, actual_normalised)


# --- the same tests on the raw title, for sh:pattern (flags "i") --------------------------------------------

SEPARATOR = "[^a-z0-9" + "".join(DIACRITICS.values()) + "]"
"""A character that samverkan's normalise turns into a space (within Latin-1)."""


def raw(normalised: str) -> str:
    """A regex on the raw title for a normalised text: diacritics and case allowed, any separators between words."""
    out = []
    for ch in normalised:
        if ch == " ":
            out.append(SEPARATOR + "+")
        elif ch in DIACRITICS:
            out.append(f"[{ch}{DIACRITICS[ch]}]")
        else:
            out.append(ch)
    return "".join(out)


def raw_title_patterns(wanted: str) -> tuple[str, str]:
    """(must match, must not match) on the raw title: `title_regexes` for sh:pattern."""
    w = raw(normalise(wanted))
    quals = "|".join(raw(q) for q in QUALIFIERS)
    return f"(^|{SEPARATOR}){w}({SEPARATOR}|$)", f"(^|{SEPARATOR})({quals}){SEPARATOR}+{w}({SEPARATOR}|$)"


def raw_terms_pattern(terms: list[str]) -> str:
    return f"(^|{SEPARATOR})(" + "|".join(raw(normalise(t)) for t in terms if normalise(t)) + ")"


def _iri(entity_id: str) -> str:
    from samverkan.store.rdf import iri

    return f"<{iri(entity_id)}>"


def _local(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)


# sam:seat is the member as the agreement names it (a post, a person, an organisation); org:member is its agent
ORGS = ("[ sh:alternativePath ( sam:seat ( sam:seat org:postIn ) "
        "( sam:seat [ sh:inversePath org:heldBy ] org:postIn ) sam:onBehalfOf ) ]")
OWN_PARTY = ("[ sh:alternativePath ( ( sam:seat sam:party ) ( sam:seat org:postIn sam:party ) "
             "( sam:seat [ sh:inversePath org:heldBy ] org:postIn sam:party ) ) ]")
POSTS = "[ sh:alternativePath ( sam:seat ( sam:seat [ sh:inversePath org:heldBy ] ) ) ]"


def _all(shapes: list[str]) -> str:
    return shapes[0] if len(shapes) == 1 else "[ sh:and ( " + " ".join(shapes) + " ) ]"


def _any(shapes: list[str]) -> str:
    return shapes[0] if len(shapes) == 1 else "[ sh:or ( " + " ".join(shapes) + " ) ]"


def _on_posts(label_test: str) -> str:
    return (f"[ sh:path {POSTS} ; sh:qualifiedMinCount 1 ; sh:qualifiedValueShape [ sh:class org:Post ; "
            f"sh:property [ sh:path skos:prefLabel ; sh:qualifiedValueShape {label_test} ; "
            f"sh:qualifiedMinCount 1 ] ] ]")


def _own(spec: MemberSpec) -> str:
    """A SHACL Core shape of a membership node: it meets the spec's own constraints."""
    parts = []
    if spec.organisations:
        orgs = " ".join(_iri(x) for x in spec.organisations)
        parts.append(f"[ sh:path {ORGS} ; sh:qualifiedValueShape [ sh:in ( {orgs} ) ] ; sh:qualifiedMinCount 1 ]")
    if spec.organisation_kinds:
        kinds = " ".join(f"kind:{k}" for k in spec.organisation_kinds)
        parts.append(f"[ sh:path {ORGS} ; sh:qualifiedMinCount 1 ; "
                     f"sh:qualifiedValueShape [ sh:class org:Organization ; "
                     f"sh:property [ sh:path org:classification ; sh:minCount 1 ; sh:in ( {kinds} ) ] ] ]")
    if spec.party:
        p = f'"{spec.party}"'
        parts.append(
            f"[ sh:or ( [ sh:and ( [ sh:path sam:onBehalfOf ; sh:minCount 1 ] "
            f"[ sh:path ( sam:onBehalfOf sam:party ) ; sh:hasValue {p} ] ) ] "
            f"[ sh:and ( [ sh:path sam:onBehalfOf ; sh:maxCount 0 ] [ sh:path {OWN_PARTY} ; sh:hasValue {p} ] ) ] ) ]")
    if spec.titles:
        tests = []
        for wanted in spec.titles:
            if normalise(wanted):
                must, must_not = raw_title_patterns(wanted)
                tests.append(f'[ sh:pattern "{must}" ; sh:flags "i" ; '
                             f'sh:not [ sh:pattern "{must_not}" ; sh:flags "i" ] ]')
        parts.append(_on_posts(_any(tests or ["[ sh:in ( ) ]"])))
    if spec.title_terms:
        parts.append(_on_posts(f'[ sh:pattern "{raw_terms_pattern(spec.title_terms)}" ; sh:flags "i" ]'))
    return _all(parts)


def member_shape(spec: MemberSpec) -> str:
    """A SHACL Core shape of a membership node: it meets the spec (its own constraints, or any alternative)."""
    branches = [_own(spec)] if spec.constrained() else []
    branches += [member_shape(alt) for alt in spec.any_of]
    return _any(branches)


SAM030_HEAD = """
# --- SAM030, generated from the profile's demands: one shape per member spec -------------------------------

shape:FullMember
    a sh:NodeShape ;
    sh:property [ sh:path org:role ; sh:qualifiedMinCount 1 ;
                  sh:qualifiedValueShape [ sh:in ( role:decision_maker role:rapporteur role:member ) ] ] ;
    sh:property [ sh:path sam:condition ; sh:maxCount 0 ] .
"""

SAM030 = """
shape:SAM030-{demand}-{n}
    a sh:NodeShape ;
    sam:rule "SAM030" ; sam:check "{demand_id}#{n}" ;
    sh:severity {severity} ;
    sh:message "{message}" ;
    sh:target [
        a sh:SPARQLTarget ;
        sh:prefixes shape:prefixes ;
        sh:select \"\"\"
SELECT ?this WHERE {{
    ?this a org:OrganizationalUnit ; sam:template false ; sam:level "{level}" ; org:classification ?kind ;
          sam:agreement ?a .
    FILTER (?kind IN ({kinds}))
    FILTER NOT EXISTS {{ ?a sam:validFrom ?from . FILTER (?from > "{as_of}"^^xsd:date) }}
    FILTER NOT EXISTS {{ ?newer sam:replaces ?a .
                        FILTER NOT EXISTS {{ ?newer sam:validFrom ?nf . FILTER (?nf > "{as_of}"^^xsd:date) }} }}
    FILTER EXISTS {{ ?m org:organization ?this }}
}}
\"\"\" ] ;
    sh:property [
        sh:path [ sh:inversePath org:organization ] ;
        sh:qualifiedMinCount 1 ;
        sh:qualifiedValueShape [ sh:and ( shape:FullMember
            {member} ) ]
    ] .
"""


def sam030_shapes(profile: Profile, as_of: dt.date) -> str:
    out = [SAM030_HEAD]
    for demand in profile.demands_for("SAM030"):
        for n, spec in enumerate(demand.members, 1):
            label = spec.label.en if spec.label else f"member {n}"
            out.append(SAM030.format(
                demand=_local(demand.id), demand_id=demand.id, n=n, level=demand.level, as_of=as_of.isoformat(),
                kinds=", ".join(f"kind:{k}" for k in demand.kinds),
                severity="sh:Violation" if spec.necessity == "required" else "sh:Warning",
                message=f"The group lacks {label} as a regular member ({spec.necessity})".replace('"', "'"),
                member=member_shape(spec)))
    return "".join(out)


def core_shapes(profile: Profile, as_of: dt.date) -> str:
    """The shared shapes and the SAM010 and SAM020 shapes of the template, filled in per demand."""
    text = TEMPLATE.read_text(encoding="utf-8").replace("%%AS_OF%%", as_of.isoformat())
    head, _, body = text.partition("# --- SAM010")
    sam010, _, sam020 = ("# --- SAM010" + body).partition("# --- SAM020")
    sam020 = "# --- SAM020" + sam020
    out = [head]
    for demand in profile.demands_for("SAM010"):
        exempt = ", ".join(f"kind:{k}" for k in demand.exempt_kinds) or "sam:none"
        out.append(sam010.replace("%%DEMAND%%", _local(demand.id)).replace("%%EXEMPT_KINDS%%", exempt)
                   .replace("%%ACTIVITIES%%", str(demand.activities).lower()))
    for demand in profile.demands_for("SAM020"):
        out.append(sam020.replace("%%DEMAND%%", _local(demand.id)).replace("%%TARGET_KIND%%", demand.target_kind))
    return "".join(out)


def shapes_turtle(profile: Profile, as_of: dt.date) -> str:
    """Every shape (SAM010, SAM020, SAM030) for the profile's demands at the date, as Turtle."""
    return core_shapes(profile, as_of) + sam030_shapes(profile, as_of)


def shapes_graph(profile: Profile, as_of: dt.date):
    from rdflib import Graph

    return Graph().parse(data=shapes_turtle(profile, as_of), format="turtle")
