"""A group as the text describes it (`Group`: its fields and the spans that gave them), and a group's name as a
sentence mentions it (`Mention`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from samverkan.extract.document import Span
from samverkan.extract.meaning.text import fold

# the role a member plays at the meetings ("Samordnaren är sammankallande"), no member of its own
ROLE_ONLY = {"sammankallande", "föredragande", "mötesledare"}


@dataclass
class Group:
    key: str
    name: str
    span: Span
    weight: int  # how good the name is: table or heading 3, sentence subject 2, other mention 1
    fields: dict = field(default_factory=dict)
    spans: dict = field(default_factory=dict)
    excluded: bool = False  # the text puts it outside the agreement ("regleras inte av denna överenskommelse")
    named_by_heading: bool = False  # a heading with no group word ("EST"): kept only if the text bears it out
    of_people: bool = False  # named by a word for people ("ungdomsgruppen"): kept only if the text bears it out
    chair_titled: bool = False  # the chair was read from "ordförande", not from who leads
    chair_of_all: bool = False  # the chair goes round all its members ("roterar mellan ledamöterna"): none named
    cooperation: bool = False  # the text says it is a cooperation between bodies ("X, ett samarbete mellan A och B")
    function: bool = False  # the text says it is the samordningsfunktion ("X är kommunens samordningsfunktion")
    meets_before: str = ""  # the group before each of whose meetings it meets ("två veckor före varje möte i X")
    anonymous: bool = False  # "en tredje grupp, som …": kept only if the text names it later
    level_kind: str | None = None  # the kind the level it is described under gives it ("Nivå 1 – strategisk")
    prepares: bool = False  # it prepares another's meetings ("bereder ledningsgruppens möten")
    spelled: str = ""  # the words its initials stand for, by the document's key ("operativ ledningsgrupp")
    tenses: set = field(default_factory=set)  # "past", "present": how the sentences about it are told
    apposed: bool = False  # named by a name after its group word ("samverkansgruppen Trygga Nyby"): that word says
    # what kind it is, whatever its members
    met_in: bool = False  # people are said to meet in it ("möts A och B i Nattsamverkan"): what a body is for
    left: set = field(default_factory=set)  # members who leave it ("att fritidschefen lämnar gruppen")
    called: str = ""  # the group word a sentence says it is ("Nyby BRÅ är det lokala rådet"): "rådet" names it
    people_told: bool = False  # a bullet's name without a group word: kept only if its items say who is in it
    dated: list = field(default_factory=list)  # the spans of the dated meetings a plan lists under its name
    past: dict = field(default_factory=dict)  # the facts a sentence in the past tense gave it, by field
    earlier: list = field(default_factory=list)  # its members under the earlier agreement ("ingick tidigare A, B"),
    # its members now once the text names what changed
    grouped: bool = False  # the text calls it "gruppen" ("… ingår inte i gruppen"): a closed group, whatever its name
    informed: bool = False  # the text says only that it is told of the work ("X informeras om arbetet"): a body
    # the work is reported to, no group of the agreement unless it meets, is led or reports itself

    def has_word(self, head: str) -> bool:
        """Whether a bare group word ("rådet") names it: its name or the word it was said to be ends in it."""
        return any(p.endswith(fold(head)) for p in f"{self.key} {self.called}".split())
    widened: list = field(default_factory=list)  # those added to another group's members to make its own ("samma
    # sammansättning som X, utökad med A och B")
    serving: set = field(default_factory=set)  # members who serve it ("är rådets sekreterare"), no deciders
    answered: set = field(default_factory=set)  # the fields its own labelled fields gave ("Mötesfrekvens: …")
    tasked: list = field(default_factory=list)  # members a task's field named ("Uppdrag: samlar föreningar"),
    # until a field of its members names them

    def report_to(self, target: str, span: Span) -> None:
        """Adds a body it reports to, once; the words that say so widen its span either way."""
        reported = self.fields.get("reports_to", [])
        self.set("reports_to", reported if target in reported else [*reported, target], span, force=True)

    def set(self, key: str, value, span: Span, force: bool = False) -> None:
        if key in self.fields and not force:
            return
        if key == "members":
            value = [v for v in value if fold(v) not in ROLE_ONLY]
        if key == "chair" and fold(" ".join(value) if isinstance(value, list) else value) == fold(self.name):
            return  # "LG leder samverkan": the group leads the work, no one chairs it by that
        if value in ("", []):
            return
        self.fields[key] = value
        self.spans[key] = span
        self.span = self.span | span


@dataclass
class Mention:
    key: str
    name: str
    head: str  # the lemma of the group word ("styrgrupp")
    bare: bool  # only the head word, no name of its own ("gruppen")
    start: int
    end: int
    subject: bool
    of_people: bool = False  # "ungdomsgruppen" acting as a body: a group only if the text bears it out
