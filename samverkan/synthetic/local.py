"""One local agreement between a district administration (SDF) and its local police area (LPO), shaped like
the real ones: a local steering group with an alternating chair, a preparation group, the coordinators, a
safety council, a forum for children and youth and a forum for safe places (sometimes a temporary working
group), five or six priority areas linked to the city-wide ones, four to six activities with owner and
contacts, and reporting lines up to the central preparation group and to the district committee.

The result is clean under the profile syntet-2023: `LocalPlan` keeps the dicts the violations change.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from samverkan.synthetic.central import Central
from samverkan.synthetic.draft import Draft, source
from samverkan.synthetic.register import District, Register
from samverkan.synthetic.roles import Roles

YEAR = 2024

ROLES: dict[str, tuple[str, str]] = {
    "stadsdelsdirektor": ("sdf", "Stadsdelsdirektör"),
    "avdelningschef": ("sdf", "Avdelningschef individ- och familjeomsorg"),
    "trygghetssamordnare": ("sdf", "Trygghets- och säkerhetssamordnare"),
    "preventionssamordnare": ("sdf", "Preventionssamordnare"),
    "faltassistent": ("sdf", "Fältassistent"),
    "socialsekreterare": ("sdf", "Socialsekreterare"),
    "fritidsledare": ("sdf", "Fritidsledare"),
    "enhetschef-fritid": ("sdf", "Enhetschef fritid"),
    "kommunikator": ("sdf", "Kommunikatör"),
    "lokalpolisomradeschef": ("lpo-head", "Lokalpolisområdeschef"),
    "kommunpolis": ("lpo", "Kommunpolis"),
    "ungdomspolis": ("lpo", "Ungdomspolis"),
    "omradespolis": ("lpo", "Områdespolis"),
    "gruppchef": ("lpo", "Gruppchef lokal samverkansgrupp"),
    "utredare": ("lpo", "Utredare grov organiserad brottslighet"),
    "brottsoffersamordnare": ("lpo", "Brottsoffersamordnare"),
    "rektor": ("utbildningsforvaltningen", "Rektor"),
    "grundskolechef": ("utbildningsforvaltningen", "Områdeschef grundskola"),
    "trafikplanerare": ("trafikkontoret", "Trafikplanerare"),
    "trygghetsvard": ("company", "Trygghetsvärd"),
    "omradeschef-bostad": ("company", "Områdeschef"),
}
"""Role key → (where it sits, title). 'lpo-head' is one post per LPO, shared by the agreements it covers."""

EXTERNAL = "ext"
"""The member key of the district's outside organisation (its association council)."""

# (group key, name, kind, standing, frequency (per year, words), members: (role key, capacity, chair))
GROUPS: list[tuple[str, str, str, bool, tuple[float, str] | None, list[tuple[str, str, str]]]] = [
    ("styrgrupp", "Lokal styrgrupp {place}", "steering", True, (4, "minst två gånger varje halvår"), [
        ("stadsdelsdirektor", "decision_maker", "alternating"),
        ("lokalpolisomradeschef", "decision_maker", "alternating"),
        ("grundskolechef", "member", "no"), ("trafikplanerare", "member", "no"), ("omradeschef-bostad", "member", "no"),
        ("avdelningschef", "member", "no"), ("kommunpolis", "rapporteur", "no"),
        ("trygghetssamordnare", "rapporteur", "no")]),
    ("beredningsgrupp", "Lokal beredningsgrupp {place}", "preparation", True, (6, "varannan månad"), [
        ("kommunpolis", "member", "yes"), ("trygghetssamordnare", "member", "no"),
        ("preventionssamordnare", "member", "no"), ("gruppchef", "member", "no"), ("rektor", "member", "no")]),
    ("samordnare", "Samordnarna", "coordinators", True, None, [
        ("kommunpolis", "member", "no"), ("trygghetssamordnare", "member", "no")]),
    ("trygghetsrad", "Trygghetsrådet i {place}", "council", True, (2, "två gånger per år, i juni och december"), [
        ("trygghetssamordnare", "member", "yes"), ("kommunpolis", "member", "no"), ("omradespolis", "member", "no"),
        (EXTERNAL, "member", "no"), ("trygghetsvard", "member", "no"), ("enhetschef-fritid", "member", "no"),
        ("kommunikator", "member", "no")]),
    ("forum-unga", "Samverkansforum barn och unga", "forum", True, (6, "en gång varannan månad"), [
        ("ungdomspolis", "member", "no"), ("socialsekreterare", "member", "no"), ("faltassistent", "member", "no"),
        ("rektor", "member", "no"), ("fritidsledare", "member", "no"), ("preventionssamordnare", "member", "no")]),
    ("forum-trygghet", "Samverkansforum trygga platser", "forum", True, (10, "varje månad utom juli och augusti"), [
        ("omradespolis", "member", "no"), ("gruppchef", "member", "no"), ("trygghetssamordnare", "member", "no"),
        ("trafikplanerare", "member", "no"), ("trygghetsvard", "member", "no"), ("enhetschef-fritid", "member", "no")]),
]
FORUM_GOALS = {"forum-unga": "Färre unga i kriminalitet, missbruk och psykisk ohälsa",
               "forum-trygghet": "Tryggare offentliga platser och färre brott i stadsdelsområdet"}
WORKING_GROUP = ("arbetsgrupp", "Arbetsgrupp mot kriminella nätverk", "working", False, (12, "varje månad 2024"), [
    ("utredare", "member", "yes"), ("avdelningschef", "member", "no"), ("socialsekreterare", "member", "no"),
    ("gruppchef", "member", "no")])
WORKING_SHARE = 0.5

EXTRA_MEMBERS = [
    ("styrgrupp", "preventionssamordnare", "coopted"), ("beredningsgrupp", "omradespolis", "member"),
    ("trygghetsrad", "fritidsledare", "member"), ("trygghetsrad", "avdelningschef", "invited"),
    ("forum-unga", "brottsoffersamordnare", "invited"), ("forum-trygghet", "kommunikator", "invited"),
    ("forum-trygghet", "utredare", "invited"), ("beredningsgrupp", "avdelningschef", "member"),
]
"""Further members an agreement may have (two to six of them); none changes what a rule decides."""

# (area key, name, the city-wide area it corresponds to, the forum that serves it)
AREAS = [
    ("unga", "Barn och unga i riskzon", "unga-i-riskzon", "forum-unga"),
    ("platser", "Trygga offentliga platser i {place}", "otrygga-platser", "forum-trygghet"),
    ("system", "Systemhotande brottslighet och otillåten påverkan", "systemhotande", "forum-trygghet"),
    ("brottsoffer", "Stöd till utsatta brottsoffer", "brottsoffer", "forum-unga"),
    ("krim", "Kriminella miljöer och nätverk", "kriminella-miljoer", "forum-trygghet"),
]
EXTRA_AREA = ("trafik", "Trafiktrygghet kring skolorna", None, "forum-trygghet")
EXTRA_AREA_SHARE = 0.3

# (key, name, forum, areas, owner (A), police contact (R), city contact (R), frequency)
ACTIVITIES = [
    ("foraldravandringar", "Föräldravandringar i {place}", "forum-unga", ["unga"], "enhetschef-fritid",
     "ungdomspolis", "fritidsledare", (26, "varannan fredag under terminerna")),
    ("skolsamverkan", "Skolsamverkan mot narkotika", "forum-unga", ["unga"], "rektor", "ungdomspolis",
     "faltassistent", (4, "en gång per termin och skola")),
    ("platssamverkan", "Platssamverkan {place} centrum", "forum-trygghet", ["platser"], "trygghetssamordnare",
     "omradespolis", "trygghetsvard", (12, "en gång i månaden")),
    ("trygghetsvandringar", "Trygghetsvandringar med boende", "forum-trygghet", ["platser"], "omradeschef-bostad",
     "omradespolis", "trygghetsvard", (2, "vår och höst")),
    ("brottsofferstod", "Stöd till brottsutsatta", "forum-unga", ["brottsoffer"], "avdelningschef",
     "brottsoffersamordnare", "socialsekreterare", (4, "en gång per kvartal")),
    ("avhopparstod", "Stöd till avhoppare", "forum-trygghet", ["krim"], "socialsekreterare", "utredare",
     "preventionssamordnare", (4, "en gång per kvartal")),
    ("paverkan", "Skydd mot otillåten påverkan", "forum-trygghet", ["system"], "kommunikator", "gruppchef",
     "trygghetssamordnare", (2, "två gånger per år")),
]

ANNEXES = [
    (1, "Kontaktuppgifter till parternas samordnare", "contacts"),
    (2, "Gemensam lokal lägesbild", "situation_picture"),
    (3, "Orsaksanalys", "other"),
    (4, "Åtgärdsplaner inklusive samverkansforum", "action_plan"),
    (5, "Samverkansstruktur", "structure"),
    (6, "Uppföljningsplan", "follow_up_plan"),
    (7, "Kommunikationsplan", "communication_plan"),
]


@dataclass
class LocalPlan:
    """The local agreement's entities by what they are, for the violations to change."""

    id: str
    district: District
    document: str
    agreement: dict
    groups: dict[str, dict] = field(default_factory=dict)
    memberships: dict[tuple[str, str], dict] = field(default_factory=dict)
    lines: dict[tuple[str, str], dict] = field(default_factory=dict)
    accountable: dict[str, dict] = field(default_factory=dict)
    """Subject id → its 'accountable' responsibility."""
    areas: dict[str, dict] = field(default_factory=dict)
    activities: list[dict] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    """Role key → role id."""
    follow_up: dict[str, dict] = field(default_factory=dict)
    """The follow-up objects (samverkan.synthetic.followup) by key: lagesbild, atgard-N, medborgarlofte."""


def build_local(draft: Draft, register: Register, central: Central, district: District, roles: Roles,
                rng: random.Random) -> LocalPlan:
    """One local agreement of a district with everything it sets up, in the order of the document."""
    a = f"{district.slug}-{YEAR}"
    local = _Local(draft, central, roles, rng, company=rng.choice(register.companies),
                   plan=LocalPlan(a, district, f"{a}.txt", {}))
    local.agreement()
    local.areas()
    local.groups()
    local.extra_members()
    local.group_responsibilities()
    local.activities()
    local.reporting_lines()
    return local.plan


@dataclass
class _Local:
    """What building one local agreement shares; the random draws happen in the order of the calls."""

    draft: Draft
    central: Central
    roles: Roles
    rng: random.Random
    company: str
    plan: LocalPlan
    line: int = 300
    """The last source line given to a role."""

    @property
    def district(self) -> District:
        return self.plan.district

    @property
    def doc(self) -> str:
        return self.plan.document

    def role(self, key: str) -> str:
        """The id of the role `key` of this agreement, made the first time it is asked for."""
        if key not in self.plan.roles:
            where, title = ROLES[key]
            self.line += 1
            self.plan.roles[key] = self.roles.get(self.role_id(key, where), title, self.doc, self.line)
        return self.plan.roles[key]

    def role_id(self, key: str, where: str) -> str:
        d = self.district
        if where in ("sdf", "lpo-head"):  # one post per administration or police area
            return f"{d.sdf if where == 'sdf' else d.lpo}/{key}"
        organisation = {"lpo": d.lpo, "company": self.company}.get(where, where)
        return f"{organisation}/{key}-{d.slug}"

    def agreement(self) -> None:
        a, place = self.plan.id, self.district.place
        month = self.rng.randint(1, 6)
        annexes = [{"number": n, "title": t, "kind": k} for n, t, k in ANNEXES if k != "communication_plan"
                   or self.rng.random() < 0.7]
        self.plan.agreement = self.draft.add("agreements", {
            "id": a, "title": f"Samverkansöverenskommelse mellan {place} stadsdelsförvaltning och Lokalpolisområde "
            f"{_lpo_place(self.draft, self.district.lpo)}", "level": "local",
            "parties": [self.district.sdf, self.district.lpo], "parent": self.central.id,
            "valid_from": f"{YEAR}-{month:02d}-01", "until_further_notice": True,
            "signatories": [self.role("stadsdelsdirektor"), self.role("lokalpolisomradeschef")], "annexes": annexes,
            "goal": "Att tillsammans förebygga brottslighet och öka tryggheten inom stadsdelsområdet.",
            "sources": source(self.doc, "1. Bakgrund", 1, 30)})

    def areas(self) -> None:
        a, doc = self.plan.id, self.doc
        extra_area = self.rng.random() < EXTRA_AREA_SHARE
        for n, (key, name, central_key, _forum) in enumerate([*AREAS, *([EXTRA_AREA] if extra_area else [])]):
            item = {"id": f"{a}/pa-{key}", "name": name.format(place=self.district.place), "agreement": a,
                    "sources": source(doc, "Bilaga 3, lägesbild", 40 + 10 * n, 8)}
            if central_key:
                item["corresponds_to"] = [self.central.areas[central_key]]
            self.plan.areas[key] = self.draft.add("priority_areas", item)

    def groups(self) -> None:
        group_specs = [*GROUPS, *([WORKING_GROUP] if self.rng.random() < WORKING_SHARE else [])]
        for n, (key, name, kind, standing, frequency, members) in enumerate(group_specs):
            self.plan.groups[key] = self.draft.add("groups", self.group(n, key, name, kind, standing, frequency))
            for member_key, capacity, chair in members:
                self.member(key, member_key, capacity, chair)

    def group(self, n: int, key: str, name: str, kind: str, standing: bool,
              frequency: tuple[float, str] | None) -> dict:
        item = {"id": f"{self.plan.id}/{key}", "name": name.format(place=self.district.place),
                "agreement": self.plan.id, "kind": kind, "level": "local",
                "sources": source(self.doc, "Bilaga 5, samverkansstruktur", 120 + 12 * n, 10)}
        if not standing:
            item["standing"] = False
            item["term"] = "1 januari – 31 december 2024"
        if frequency:
            item["frequency"] = {"per_year": frequency[0], "text": frequency[1],
                                 **({"minimum": True} if kind == "steering" else {})}
        served = self.served_by(key)
        if served:
            item["priority_areas"] = served
        if kind == "forum":
            item["term"] = "Tillsvidare"
            item["goal"] = FORUM_GOALS[key]
            item["follow_up"] = ["Andel invånare som känner sig trygga (trygghetsmätningen)",
                                 "Antal anmälda brott i området (polisens statistik)"]
            item["problems"] = ["Problembilden beskrivs i den gemensamma lägesbilden"]
        if kind == "coordinators":
            item["contacts"] = [{"party": "police", "holder": self.role("kommunpolis")},
                                {"party": "city", "holder": self.role("trygghetssamordnare")}]
        return item

    def served_by(self, group_key: str) -> list[str]:
        """The priority areas a group serves: a forum those it is the forum of, the working group 'krim'."""
        if group_key == "arbetsgrupp":
            return [self.plan.areas["krim"]["id"]]
        return [self.plan.areas[k]["id"] for k, _, _, forum in [*AREAS, EXTRA_AREA]
                if forum == group_key and k in self.plan.areas]

    def extra_members(self) -> None:
        for group_key, member_key, capacity in sorted(self.rng.sample(EXTRA_MEMBERS, self.rng.randint(2, 6))):
            if group_key in self.plan.groups and (group_key, member_key) not in self.plan.memberships:
                self.member(group_key, member_key, capacity, "no")

    def group_responsibilities(self) -> None:
        for subject_key, holder_key, kind in [("forum-unga", "preventionssamordnare", "accountable"),
                                              ("forum-unga", "ungdomspolis", "responsible"),
                                              ("forum-unga", "avdelningschef", "informed"),
                                              ("forum-trygghet", "trygghetssamordnare", "accountable"),
                                              ("forum-trygghet", "omradespolis", "responsible")]:
            self.responsibility(self.plan.groups[subject_key]["id"], self.role(holder_key), kind)

    def activities(self) -> None:
        for n in sorted(self.rng.sample(range(len(ACTIVITIES)), self.rng.randint(4, 6))):
            self.activity(n, *ACTIVITIES[n])

    def activity(self, n: int, key: str, name: str, forum: str, area_keys: list[str], owner: str, police: str,
                 city: str, frequency: tuple[float, str]) -> None:
        per_year, words = frequency
        act = self.draft.add("activities", {
            "id": f"{self.plan.id}/{key}", "name": name.format(place=self.district.place), "agreement": self.plan.id,
            "forum": self.plan.groups[forum]["id"], "priority_areas": [self.plan.areas[k]["id"] for k in area_keys],
            "goal": "Minskad brottslighet och ökad trygghet", "follow_up": ["Antal genomförda tillfällen per år"],
            "frequency": {"per_year": per_year, "text": words},
            "contacts": [{"party": "police", "holder": self.role(police)},
                         {"party": "city", "holder": self.role(city)}],
            "sources": source(self.doc, "Bilaga 4, åtgärdsplaner", 600 + 40 * n, 30)})
        self.plan.activities.append(act)
        self.responsibility(act["id"], self.role(owner), "accountable")
        self.responsibility(act["id"], self.role(police), "responsible")
        self.responsibility(act["id"], self.role(city), "responsible")

    def reporting_lines(self) -> None:
        groups, central, district = self.plan.groups, self.central, self.district
        self.report("styrgrupp", "central", central.preparation, "genomförandet av de lokala åtgärdsplanerna")
        self.report("styrgrupp", "sdn", district.sdn, "återrapportering till stadsdelsnämnden")
        self.report("beredningsgrupp", "styrgrupp", groups["styrgrupp"]["id"], "beredda frågor till styrgruppen")
        self.report("beredningsgrupp", "central", central.preparation, "resultat och genomförda åtgärder")
        self.report("samordnare", "styrgrupp", groups["styrgrupp"]["id"], "lägesbild och uppföljning")
        self.report("trygghetsrad", "samordnare", groups["samordnare"]["id"], "synpunkter på lägesbilden")
        for key in ("forum-unga", "forum-trygghet", "arbetsgrupp"):
            if key in groups:
                self.report(key, "beredningsgrupp", groups["beredningsgrupp"]["id"], "utfall mot mål och syfte")

    def report(self, src: str, dst: str, to: str, what: str) -> None:
        self.plan.lines[(src, dst)] = self.draft.add("reporting_lines", {
            "from": self.plan.groups[src]["id"], "to": to, "what": what,
            "sources": source(self.doc, "Bilaga 6, uppföljningsplan", 900 + 3 * len(self.plan.lines), 2)})

    def member(self, group_key: str, member_key: str, capacity: str, chair: str) -> None:
        if member_key == EXTERNAL:
            member = f"ext-{self.district.slug}-foreningsrad"
            if not self.draft.has(member):
                self.draft.add("organisations", {
                    "id": member, "name": f"Föreningsrådet i {self.district.place}", "kind": "external",
                    "sources": source(self.doc, "Bilaga 4, deltagare", 700, 1)})
        else:
            member = self.role(member_key)
        item = {"group": self.plan.groups[group_key]["id"], "member": member,
                "sources": source(self.doc, "Bilaga 5, deltagare", 130 + 2 * len(self.plan.memberships), 1)}
        if capacity != "member":
            item["capacity"] = capacity
        if chair != "no":
            item["chair"] = chair
        self.plan.memberships[(group_key, member_key)] = self.draft.add("memberships", item)

    def responsibility(self, subject: str, holder: str, kind: str) -> None:
        item = self.draft.add("responsibilities", {"subject": subject, "holder": holder, "kind": kind,
                                                   "sources": source(self.doc, "Bilaga 4, ansvar", 650, 2)})
        if kind == "accountable":
            self.plan.accountable[subject] = item


def _lpo_place(draft: Draft, lpo: str) -> str:
    return draft.by_id[lpo]["name"].removeprefix("Lokalpolisområde ")
