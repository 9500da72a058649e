"""A record → a draft data set: the agreement, its groups, activities, priority areas, memberships,
responsibilities, reporting lines and statements, with names resolved against a register.

What resolves is referenced by its register id (and the register entities it needs are copied into the
draft); what does not becomes a draft role or organisation whose note says so, or, where it is no name of
a post at all, is only listed. Every entity cites the input file and its lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from samverkan.extract.document import Document, Span
from samverkan.extract.meaning.phrases import group_kind
from samverkan.extract.record import Item, Note, Record
from samverkan.extract.resolve import Resolution, Resolver, key, singular, slug
from samverkan.io.i18n import Msg
from samverkan.model.dataset import DataSet
from samverkan.model.entities import (
    ENTITY_TYPES,
    Activity,
    Agreement,
    Annex,
    Commitment,
    Contact,
    Entity,
    Extension,
    Frequency,
    Group,
    MemberRequirement,
    Membership,
    Organisation,
    Person,
    PriorityArea,
    ReportingLine,
    Responsibility,
    Role,
    SourceRef,
    Statement,
)
from samverkan.model.validate import ALLOWED_PARENT_KINDS

ORG_NAME = re.compile(r"(?i)^[\wåäö\-]+s?\s+(?:stadsdels)?förvaltning(?:en)?$|^[\wåäö]*(?:kontoret|förvaltningen)$")
DRAFT_NOTE = "UTKAST: finns inte i registret; granska och lägg till eller rätta (draft: not in the register)."
ANNEX_KINDS = [
    (r"samverkansavtal|avtalet|ramavtal", "framework_agreement"), (r"kontakt", "contacts"),
    (r"lägesbild", "situation_picture"), (r"åtgärdsplan|handlingsplan", "action_plan"),
    (r"struktur", "structure"), (r"uppföljning", "follow_up_plan"), (r"kommunikation", "communication_plan"),
    (r"prioriterade", "priority_areas"),
]
GROUP_KINDS = [(r"styrgrupp|chefsamråd|ledningsgrupp", "steering"), (r"beredningsgrupp", "preparation"),
               (r"arbetsgrupp", "working"), (r"råd\b|rådet\b", "council"), (r"samordnar", "coordinators")]
ORG_KIND_OF_TITLE = [(r"stadsdelsdirektör|stadsdelsförvaltning", "district_administration"),
                     (r"lokalpolisområde|kommunpolis", "local_police_area"), (r"bostadsbolag|bolag", "company"),
                     (r"fackförvaltning", "specialist_administration")]


@dataclass
class Resolved:
    """One mention of the document and what it became."""

    context: str
    """The item the mention is in (a group's name), or, with `field`, the field it fills ("parties")."""
    mention: str
    span: Span
    resolution: Resolution
    field: bool = False


@dataclass
class Draft:
    data: DataSet
    agreement_id: str
    resolved: list[Resolved] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    copied: list[str] = field(default_factory=list)
    drafted: list[str] = field(default_factory=list)


COMMITTEE = r"(?:nämnd(?:en)?|styrelsen?|utskott(?:et)?|fullmäktige)\b"
BODY = re.compile(r"(?i)" + COMMITTEE + r"|^(?:lokal)?polisområde\s|^polisregion\s")
"""A report target that names a body of one side, not a group: a committee, a police area."""


def guess_party(mention: str) -> str | None:
    low = mention.casefold()
    if re.search(r"polis|lokalpolisområde", low):
        return "police"
    if re.search(r"stadsdel|\bsdf\b|förvaltning|kontoret|\bstadens\b|kommun", low):  # "kommundirektör"
        return "city"
    return None


def _kind(name: str, table: list[tuple[str, str]], default: str) -> str:
    for pattern, kind in table:
        if re.search(pattern, name.casefold()):
            return kind
    return default


class Builder:
    def __init__(self, record: Record, register: DataSet | None):
        self.record = record
        self.doc: Document = record.document
        self.register = register
        self.out: dict[str, list[Entity]] = {s: [] for s in ENTITY_TYPES}
        self.ids: set[str] = set()
        self.draft = Draft(DataSet(), "")
        self.parties: dict[str, str] = {}
        self.resolver = Resolver(register, {})
        self.by_name: dict[str, str] = {}  # group/activity name (key) → id
        self.members: dict[str, dict[str, set[str]]] = {}  # group id → party → member ids (from the main text)

    # --- helpers -----------------------------------------------------------------------------------

    def source(self, span: Span, section: str | None = None) -> list[SourceRef]:
        return [SourceRef(document=self.doc.name, section=section, lines=str(span), quote=self.doc.quote(span, 240))]

    def add(self, section: str, entity: Entity) -> Entity:
        if entity.id in self.ids:
            return next(e for e in self.out[section] if e.id == entity.id)
        self.ids.add(entity.id)
        self.out[section].append(entity)
        return entity

    def unique(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self.ids:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def note(self, kind: str, sv: str, en: str, span: Span | None = None) -> None:
        self.draft.notes.append(Note(kind, Msg(sv, en), span))

    def ocr_note(self, span: Span) -> str | None:
        fixes = self.doc.corrections_in(span)
        if not fixes:
            return None
        pairs = dict.fromkeys(f"{c.original}→{c.resolved}" for c in fixes)
        return "OCR: " + ", ".join(list(pairs)[:30])

    def refs(self, mention: str, party: str | None, span: Span, context: str, *, draft: bool = True,
             field: bool = False) -> list[str]:
        """Ids a mention stands for; unresolved titles become draft roles (flagged), other names draft orgs."""
        ids = []
        mention = re.sub(r"(?i)\s+bjuds\s+in\b.*$", "", mention)
        for res in self.resolver.resolve(mention, party):
            if res.ids:
                ids += res.ids
            elif draft and res.how == "unresolved" and self._draftable(res.mention):
                made = self.draft_entity(res.mention, party, span)
                res = Resolution(res.mention, [made], "draft", res.detail)
                ids.append(made)
            self.draft.resolved.append(Resolved(context, res.mention, span, res, field))
        return ids

    @staticmethod
    def _draftable(mention: str) -> bool:
        words = mention.split()
        return 0 < len(words) <= 6 and not re.search(r"\d|enligt|punkten", mention)

    def draft_entity(self, mention: str, party: str | None, span: Span) -> str:
        party = party or guess_party(mention)
        if party is None and mention[:1].islower() and "city" in self.parties:
            party = "city"  # a function no word places ("säkerhetschef"): most are the municipality's, to review
        owner = self.parties.get(party) if party else None
        org_like = ORG_NAME.match(mention.strip()) or (mention.isupper() and len(mention) > 1)
        looks_like_title = party is not None and not org_like
        if owner and looks_like_title:
            title = self.resolver.title_of(mention, self.org(owner))
            rid = f"{owner}/{slug(title)}"
            if rid not in self.ids:
                self.add("roles", Role(id=rid, title=title, organisation=owner, note=DRAFT_NOTE,
                                       sources=self.source(span)))
                self.draft.drafted.append(rid)
            return rid
        oid = f"ext-{slug(mention)}"
        if oid not in self.ids:
            self.add("organisations", Organisation(id=oid, name=mention.strip(), kind="external", note=DRAFT_NOTE,
                                                   sources=self.source(span)))
            self.draft.drafted.append(oid)
        return oid

    def org(self, org_id: str) -> Organisation | None:
        for source in (self.out["organisations"], self.register.organisations if self.register else []):
            for o in source:
                if o.id == org_id:
                    return o
        return None

    def is_role_or_person(self, entity_id: str) -> bool:
        ids = {e.id for e in [*self.out["roles"], *self.out["people"]]}
        if self.register is not None:
            ids |= {e.id for e in [*self.register.roles, *self.register.people]}
        return entity_id in ids

    def party_of_id(self, entity_id: str) -> str | None:
        org_id = entity_id.split("/")[0]
        org = self.org(org_id)
        return org.party if org else None

    # --- the agreement ----------------------------------------------------------------------------

    def parties_(self) -> list[str]:
        ids = []
        for item in self.record.section("parties"):
            name, party = item.get("name") or item.name, item.get("party")
            org = self.resolver.organisation(name)
            if org is not None:
                oid = org.id
                self.draft.resolved.append(
                    Resolved("parties", name, item.span, Resolution(name, [oid], "register"), True))
            else:
                kind, oid = _draft_org_kind(name, party)
                if oid not in self.ids:
                    self.add("organisations", Organisation(
                        id=oid, name=name, kind=kind, party=party if party in ("city", "police", "other") else None,
                        org_number=item.get("org_number"), note=DRAFT_NOTE, sources=self.source(item.span, "Parter")))
                    self.draft.drafted.append(oid)
                self.draft.resolved.append(Resolved("parties", name, item.span, Resolution(name, [oid], "draft"), True))
            self.parties.setdefault(party, oid)
            ids.append(oid)
        self.resolver = Resolver(self.register_with_drafts(), self.parties)
        return ids

    def register_with_drafts(self) -> DataSet:
        base = self.register or DataSet()
        return DataSet(organisations=[*base.organisations, *self.out["organisations"]],
                       roles=[*base.roles, *self.out["roles"]], people=list(base.people))

    def agreement(self) -> Agreement:
        item = self.record.first("agreement") or Item("agreement", "Samverkansöverenskommelse", Span(1, 1))
        parties = self.parties_()
        if not parties:
            self.note("missing", "inga parter hittades (org nr eller 'mellan … och …'); en utkastpart används",
                      "no parties found (org nr or 'mellan … och …'); a draft party is used")
            parties = [self.draft_entity("Okänd part", None, Span(1, 1))]
        kinds = {self.org(p).kind for p in parties if self.org(p)}
        local = item.get("level") == "local" if item.get("level") in ("local", "central") else \
            bool(kinds & {"district_administration", "local_police_area"})  # as the reader read it, else by kind
        year = (item.get("valid_from") or "")[:4] or _first_year(self.doc) or "utkast"
        if local:
            sdfs = [p for p in parties if self.org(p) and self.org(p).kind == "district_administration"]
            sdf = (sdfs or parties)[0]
            base = re.sub(r"^(sdf|lpo|ext)-", "", sdf)
        else:
            base = "stockholm" if "stockholms-stad" in parties else slug(item.name)[:30]
        aid = self.unique(f"{base}-{year}")
        self.draft.agreement_id = aid
        extension = None
        if item.get("extension_years") or item.get("extension_consult_months"):
            text = item.get("extension_text") or ""
            condition = re.search(r"(?i)under\s+förutsättning\s+att\s+(.+?)\.?$", text)
            extension = Extension(period_years=item.get("extension_years"),
                                  consult_months_before=item.get("extension_consult_months"),
                                  condition=condition.group(1) if condition else None, text=text or "förlängning")
        present = set(item.get("annexes_present") or [])
        annexes = []
        for entry in item.get("annexes") or []:
            number, _, title = entry.partition(" ")
            annexes.append(Annex(number=int(number), title=title, kind=_kind(title, ANNEX_KINDS, "other"),
                                 present=int(number) in present))
        listed = {a.number for a in annexes}
        for number, title in sorted((item.get("annex_titles") or {}).items(), key=lambda kv: int(kv[0])):
            if int(number) not in listed:
                annexes.append(Annex(number=int(number), title=title, kind=_kind(title, ANNEX_KINDS, "other")))
        signatories = []
        for sig in self.record.section("signatories"):
            title = sig.get("title")
            if title:
                found = self.refs(title, guess_party(title) or ("police" if "polis" in title.casefold() else "city"),
                                  sig.span, "signatories", draft=True, field=True)
                signers = [f for f in found if self.is_role_or_person(f)]
                signatories += [f for f in signers if f not in signatories]
                if len(signers) < len(found):
                    self.note("unresolved", f"underskrift '{sig.name}, {title}': titeln blev ingen roll; lägg till "
                              "rollen för hand", f"signature '{sig.name}, {title}': the title became no role; add "
                              "the role by hand", sig.span)
        if not signatories and self.record.section("signatories") == []:
            self.note("missing", "inga underskrifter hittades", "no signatures found")
        notes = [n for n in [self.ocr_note(item.span)] if n]
        agreement = Agreement(
            id=aid, title=item.name, level="local" if local else "central", parties=parties,
            valid_from=item.get("valid_from"), valid_to=item.get("valid_to"),
            until_further_notice=bool(item.get("until_further_notice")), extension=extension,
            revision_interval_years=item.get("revision_interval_years"), signatories=signatories,
            annexes=annexes, dnr=item.get("dnr") or [], note="; ".join(notes) or None,
            sources=self.source(item.span if item.span.end - item.span.start < 400 else Span(item.span.start,
                                                                                               item.span.start))
            + [s for f in ("valid_from", "extension_years", "annexes", "revision_interval_years")
               if (fld := item.fields.get(f)) for s in self.source(fld.span)],
        )
        if not agreement.valid_from and local:
            self.note("missing", "giltighetstiden ('löper från och med … till och med …') hittades inte",
                      "the period ('löper från och med … till och med …') was not found")
        return self.add("agreements", agreement)

    # --- priority areas ---------------------------------------------------------------------------

    def priority_areas(self, aid: str) -> None:
        for item in self.record.section("priority_areas"):
            pid = self.unique(f"{aid}/pa-{slug(item.name)}")
            self.add("priority_areas", PriorityArea(id=pid, name=item.name, agreement=aid,
                                                    sources=self.source(item.span, "Prioriterade områden")))

    def areas_for(self, name: str) -> list[str]:
        words = {w for w in re.findall(r"[\wåäö]{4,}", name.casefold())}
        out = []
        for pa in self.out["priority_areas"]:
            pa_words = re.findall(r"[\wåäö]{4,}", pa.name.casefold())
            if pa_words and all(any(w.startswith(p) or p.startswith(w) for w in words) for p in pa_words):
                out.append(pa.id)
        return out

    # --- groups from the agreement text --------------------------------------------------------------

    def membership(self, group: str, member: str, span: Span, **fields) -> None:
        mid = f"{group}~{member}"
        for m in self.out["memberships"]:
            if m.id == mid:
                if fields.get("chair") and m.chair == "no":
                    m.chair = fields["chair"]
                return
        self.add("memberships", Membership(group=group, member=member, sources=self.source(span), **fields))
        party = self.party_of_id(member)
        self.members.setdefault(group, {}).setdefault(party or "other", set()).add(member)

    def responsibility(self, subject: str, holder: str, kind: str, span: Span) -> None:
        rid = f"{subject}~{kind}~{holder}"
        if rid not in self.ids:
            self.add("responsibilities", Responsibility(subject=subject, holder=holder, kind=kind,
                                                         sources=self.source(span)))

    def frequency(self, item: Item) -> Frequency | None:
        """The meetings the record settled on: read by meaning (`frequency_per_year`, which wins where both
        passes read one), else the template's, with the words they were read from."""
        text, per_year = item.get("frequency_text"), item.get("frequency")
        if "frequency_per_year" in item.fields and (not text or item.get("frequency_per_year") != per_year):
            per_year = item.get("frequency_per_year")
            return Frequency(per_year=per_year or None, text=self.doc.quote(item.fields["frequency_per_year"].span,
                                                                            200))
        if not text:
            return None
        return Frequency(per_year=per_year or None, text=text, minimum=bool(item.get("frequency_minimum")))

    def groups(self, aid: str, level: str) -> None:
        for item in self.record.section("groups"):
            template = level == "central" and item.get("level") == "local"
            gid = self.unique(f"{aid}/{slug(item.name)}")
            notes = [n for n in [self.ocr_note(item.span)] if n]
            if item.get("tasks"):
                notes.insert(0, "Uppdrag: " + "; ".join(item.get("tasks")))
            group = Group(
                id=gid, name=item.name, agreement=aid, kind=item.get("kind") or group_kind(item.name),
                level=item.get("level") or level,
                standing=item.get("standing", True), template=template, purpose=item.get("purpose"),
                frequency=self.frequency(item), note="\n".join(notes) or None, sources=self.source(item.span),
            )
            self.add("groups", group)
            self.by_name[key(item.name)] = gid
            if template:
                group.requirements = self.requirements(item)
                continue
            field_ = item.fields.get("members")
            for entry in item.get("members") or []:
                capacity, _, mention = entry.partition(": ") if ": " in entry else ("member", "", entry)
                if capacity not in ("decision_maker", "rapporteur", "coopted", "member", "invited"):
                    capacity, mention = "member", entry
                party = guess_party(mention)
                for member in self.refs(mention, party, field_.span, item.name):
                    condition = item.get("coopted_condition") if capacity == "coopted" else None
                    self.membership(gid, member, field_.span, capacity=capacity, condition=condition)
            chairs = item.get("chair_between") or item.get("chairs") or []
            chair_field = item.fields.get("chair_between") or item.fields.get("chairs")
            alternating = item.get("chair") == "alternating" or bool(item.get("chair_alternating"))
            if not chairs and item.get("chair") not in (None, "alternating", "yes"):  # read by meaning
                chair = item.get("chair")
                chairs, chair_field = (chair if isinstance(chair, list) else [chair]), item.fields["chair"]
            for mention in chairs:
                for holder in self.refs(mention, guess_party(mention), chair_field.span, item.name):
                    self.membership(gid, holder, chair_field.span, chair="alternating" if alternating else "yes")
                    self.responsibility(gid, holder, "accountable", chair_field.span)

    def requirements(self, item: Item) -> list[MemberRequirement]:
        out = []
        for necessity, key_ in (("required", "members"), ("recommended", "recommended")):
            for mention in item.get(key_) or []:
                org = self.resolver.organisation(mention)
                kind = _kind(mention, ORG_KIND_OF_TITLE, "")
                if org is not None:
                    out.append(MemberRequirement(organisation=org.id, necessity=necessity, note=mention))
                elif re.search(r"(?i)förvaltning|lokalpolisområde|bolag", mention) and " " not in mention.strip() \
                        or re.search(r"(?i)^(en funktion|stadens)", mention):
                    out.append(MemberRequirement(organisation_kind=kind or None, title=None if kind else mention,
                                                 necessity=necessity, note=mention))
                else:
                    title = singular(key(mention))
                    out.append(MemberRequirement(title=title, organisation_kind=kind or None, necessity=necessity,
                                                 note=mention if title != key(mention) else None))
        return out

    # --- forums and activities (åtgärdsplaner) ------------------------------------------------------

    def work_items(self, aid: str) -> None:
        plans = {p.name: p for p in self.record.section("plans")}
        forum_of_plan: dict[str, str] = {}
        for item in self.record.section("work_items"):
            plan = plans.get(item.get("plan") or "")
            kind = "council" if re.search(r"(?i)råd\b", item.name) else "forum"
            is_activity = plan is not None and plan.name in forum_of_plan and kind == "forum"
            wid = self.unique(f"{aid}/{slug(item.name)}")
            common = dict(
                id=wid, name=item.name, agreement=aid, goal=(plan.get("goal") if plan else None) or item.get("goal"),
                purpose=item.get("purpose"), problems=(plan.get("problems") if plan else None) or [],
                term=item.get("term"), frequency=self.frequency(item),
                priority_areas=self.areas_for(plan.name if plan else item.name),
                follow_up=item.get("follow_up") or [], note=self.work_note(item, plan),
                sources=self.source(item.span, f"Åtgärdsplan: {plan.name}" if plan else None),
            )
            if is_activity:
                entity = self.add("activities", Activity(forum=forum_of_plan[plan.name], **common))
            else:
                entity = self.add("groups", Group(kind=kind, level="local", **common))
                if plan is not None:
                    forum_of_plan.setdefault(plan.name, wid)
            self.by_name[key(item.name)] = entity.id
            self.work_members(entity, item)

    def work_note(self, item: Item, plan: Item | None) -> str | None:
        lines = []
        for key_, label in (("owner", "Aktivitetsansvarig"), ("description", "Aktivitet"),
                            ("financing", "Finansiering"), ("communication", "Kommunikation")):
            if item.get(key_):
                lines.append(f"{label}: {item.get(key_)}")
        if item.get("numbered") and plan:
            lines.insert(0, f"{plan.name}, {item.get('numbered')}.")
        ocr = self.ocr_note(item.span)
        return "\n".join([*lines, *([ocr] if ocr else [])]) or None

    def work_members(self, entity: Group | Activity, item: Item) -> None:
        wid = entity.id
        contacts, commitments = [], []
        for party, prefix in (("police", "police"), ("city", "district")):
            fld = item.fields.get(f"{prefix}_contact")
            if fld:
                for holder in self.refs(fld.value, party, fld.span, item.name):
                    contacts.append(Contact(party=party, holder=holder))
                    self.membership(wid, holder, fld.span)
                    self.responsibility(wid, holder, "responsible", fld.span)
            fld = item.fields.get(f"{prefix}_participants")
            for mention in (fld.value if fld else []):
                for member in self.refs(mention, party, fld.span, item.name):
                    condition = _condition(mention)
                    self.membership(wid, member, fld.span, condition=condition)
            if item.get(f"{prefix}_commitments"):
                commitments.append(Commitment(party=party, text=item.get(f"{prefix}_commitments")))
        fld = item.fields.get("other_participants")
        invited = bool(item.get("other_participants_note"))
        for mention in (fld.value if fld else []):
            condition = item.get("other_participants_note") or _condition(mention)
            for member in self.refs(mention, None, fld.span, item.name):
                self.membership(wid, member, fld.span, capacity="invited" if invited or condition else "member",
                                condition=condition)
        entity.contacts, entity.commitments = contacts, commitments
        owner = item.fields.get("owner")
        if owner:
            holders = self.refs(owner.value, guess_party(owner.value) or "city", owner.span, item.name)
            for holder in holders[:1]:
                self.responsibility(wid, holder, "accountable", owner.span)
                if any(m.group == wid and m.member == holder for m in self.out["memberships"]):
                    self.membership(wid, holder, owner.span, chair="yes")
        else:
            self.note("missing", f"'{item.name}': aktivitetsansvarig saknas", f"'{item.name}': no aktivitetsansvarig",
                      item.span)

    # --- the structure overview (bilaga 5): new groups and contradictions ----------------------------

    def structure(self, aid: str) -> None:
        entries = [e for e in self.record.section("structure") if e.get("participants") or e.get("frequency_text")]
        names = list(self.by_name)
        pairs = []
        for entry in entries:
            bare = re.sub(r"(?i)^aktivitet(?:\s*/\s*metod)?\s*\d*\s*:\s*", "", entry.name)
            for name in names:
                pairs.append(((fuzz.token_set_ratio(key(bare), name), fuzz.ratio(key(bare), name)), entry.name, name))
        pairs.sort(reverse=True)
        matched: dict[str, str] = {}
        used: set[str] = set()
        for (score, _), entry_name, name in pairs:
            if score >= 85 and entry_name not in matched and name not in used:
                matched[entry_name] = name
                used.add(name)
        for entry in entries:
            if entry.name in matched:
                self.cross_check(self.by_name[matched[entry.name]], entry)
            elif entry.get("participants"):
                self.structure_group(aid, entry)

    def structure_group(self, aid: str, entry: Item) -> None:
        gid = self.unique(f"{aid}/{slug(entry.name)}")
        kind = _kind(entry.name, GROUP_KINDS, "forum")
        purpose = entry.get("task") or entry.get("purpose")
        if entry.get("task"):
            purpose = f"Uppdrag: {entry.get('task')}"
        self.add("groups", Group(id=gid, name=entry.name, agreement=aid, kind=kind, level="local", purpose=purpose,
                                 frequency=self.frequency(entry),
                                 sources=self.source(entry.span, "Samverkansstruktur")))
        self.by_name[key(entry.name)] = gid
        fld = entry.fields["participants"]
        for mention in entry.get("participants"):
            for member in self.refs(mention, guess_party(mention), fld.span, entry.name):
                self.membership(gid, member, fld.span)

    def cross_check(self, subject: str, entry: Item) -> None:
        """Statements where the overview contradicts the main text: another frequency, other participants."""
        entity = next((e for e in [*self.out["groups"], *self.out["activities"]] if e.id == subject), None)
        if entity is None:
            return
        main_span = Span(*[int(x) for x in (entity.sources[0].lines or "1").split("-")] * 1) \
            if "-" in (entity.sources[0].lines or "") else Span(1, 1)
        freq = entry.get("frequency")
        if freq and entity.frequency and entity.frequency.per_year and freq != entity.frequency.per_year:
            self.statements(subject, "frequency.per_year", _number(entity.frequency.per_year), _number(freq),
                            main_span, entry.fields["frequency"].span)
        fld = entry.fields.get("participants")
        if not fld:
            return
        overview: dict[str, set[str]] = {}
        for mention in fld.value:
            for res in self.resolver.resolve(mention, guess_party(mention)):
                for rid in res.ids:
                    overview.setdefault(self.party_of_id(rid) or "other", set()).add(rid)
        main = self.members.get(subject, {})
        for party in ("police", "city"):
            a, b = main.get(party, set()), overview.get(party, set())
            if a and b and not a & b:
                self.statements(subject, f"participants.{party}", ", ".join(sorted(a)), ", ".join(sorted(b)),
                                main_span, fld.span)
        if entity.__class__ is Group and entity.kind == "steering":
            formal = {m.member for m in self.out["memberships"]
                      if m.group == subject and m.capacity in ("decision_maker", "rapporteur")}
            listed = set().union(*overview.values()) if overview else set()
            if formal - listed and listed:
                self.statements(subject, "participants", ", ".join(sorted(formal)), ", ".join(fld.value),
                                main_span, fld.span)

    def statements(self, subject: str, field_: str, first, second, span_a: Span, span_b: Span) -> None:
        for value, span, where in ((first, span_a, "text"), (second, span_b, "overview")):
            sid = self.unique(f"{subject}/{slug(field_)}/{where}")
            self.add("statements", Statement(id=sid, subject=subject, field=field_, value=value,
                                             sources=self.source(span)))
        self.note("contradiction", f"{subject}: {field_} anges olika ({first} / {second})",
                  f"{subject}: {field_} is stated differently ({first} / {second})", span_b)

    # --- reporting lines --------------------------------------------------------------------------

    def find_group(self, words: str, exclude: str | None = None) -> str | None:
        text = key(words)
        best = None
        for name, gid in self.by_name.items():
            if gid == exclude:
                continue
            score = max(fuzz.ratio(text, name), fuzz.partial_ratio(name, text) if len(name) >= 8 else 0,
                        fuzz.ratio(re.sub(r"(ets|ens|s)$", "", text), re.sub(r"(et|en|na|arna)$", "", name)))
            if score >= 85 and (best is None or score > best[0]):
                best = (score, gid)
        return best[1] if best else None

    def line(self, source: str, target: str, what: str, span: Span, frequency: Frequency | None = None) -> None:
        if source == target:
            return
        rid = f"{source}~>{target}"
        if rid not in self.ids:
            self.add("reporting_lines", ReportingLine(**{"from": source, "to": target}, what=what[:200],
                                                      frequency=frequency, sources=self.source(span)))

    def reporting(self) -> None:
        """The reporting lines: from the groups' own texts, their stated superiors and the follow-up plan."""
        for group in list(self.out["groups"]):
            self.reporting_from_text(group)
        for item in self.record.section("groups"):
            self.reporting_from_reports_to(item)
        for entry in self.record.section("follow_up_plan"):
            self.reporting_from_follow_up(entry)

    def reporting_from_text(self, group: Group) -> None:
        """Lines a group's purpose or note names: it prepares questions for, or coordinates the meetings of, another."""
        text = " ".join(filter(None, [group.purpose, group.note]))
        patterns = [r"(?i)bereda\s+frågor\s+(?:för|till)\s+([\wåäö]+)"]
        if group.kind == "coordinators":
            patterns.append(r"(?i)([\wåäö]+)s\s+sammanträden")
        for pattern in patterns:
            for found in re.finditer(pattern, text):
                target = self.find_group(found.group(1), exclude=group.id)
                if target:
                    self.line(group.id, target, found.group(0), _span(group))

    def reporting_from_reports_to(self, item: Item) -> None:
        """Lines from a recognised group's `reports_to`: to a group of the draft, else to a body (a committee, a
        police area) from the register or drafted; any other superior is noted."""
        targets = item.get("reports_to")
        for target in targets if isinstance(targets, list) else [targets] if targets else []:
            span = item.fields["reports_to"].span
            source = self.by_name.get(key(item.name))
            dest = self.by_name.get(key(target)) or (self.body(target, span) if source else None)
            if source and dest:
                self.line(source, dest, f"rapporterar till {target}", span)
            elif source:
                self.note("unresolved", f"'{item.name}' rapporterar till '{target}', som inte är en grupp i "
                          "utkastet; lägg till rapportvägen för hand om den ska finnas med",
                          f"'{item.name}' reports to '{target}', which is no group of the draft; add the "
                          "reporting line by hand if it belongs in it", span)

    def body(self, name: str, span: Span) -> str | None:
        """The organisation a report target names when it is a body ("kommunstyrelsen", "stadsdelsnämnden",
        "Polisområde City"): the register's, else a draft of the side its name says, a committee under the party
        of that side."""
        org = self.resolver.organisation(name)
        if org is not None:
            self.draft.resolved.append(Resolved("reports_to", name, span, Resolution(name, [org.id], "register"), True))
            return org.id
        if not BODY.search(name):
            return None
        party = "police" if "polis" in name.casefold() else "city"
        kind, oid = _draft_org_kind(name, party)
        if kind == "external":
            return None
        if oid not in self.ids:
            parent = self._parent_for(kind, self.parties.get(party))
            self.add("organisations", Organisation(id=oid, name=name, kind=kind, party=party, parent=parent,
                                                   note=DRAFT_NOTE, sources=self.source(span)))
            self.draft.drafted.append(oid)
        self.draft.resolved.append(Resolved("reports_to", name, span, Resolution(name, [oid], "draft"), True))
        return oid

    def _parent_for(self, kind: str, party_id: str | None) -> str | None:
        """The party a drafted body sits under, if a body of its kind may (a committee sits under a municipality,
        not under a förvaltning or an outside organisation the reader took for the party); else none."""
        party = self.org(party_id) if party_id else None
        return party_id if party is not None and party.kind in ALLOWED_PARENT_KINDS[kind] else None

    def reporting_from_follow_up(self, entry: Item) -> None:
        """Lines from a follow-up entry's sentences: who informs whom, or what is presented to whom."""
        text = " ".join(filter(None, [entry.get("task"), entry.get("method")]))
        freq_text = entry.get("frequency")
        freq = Frequency(per_year=entry.get("frequency_per_year"), text=freq_text) if freq_text else None
        for sentence in re.split(r"(?<=\.)\s+", text):
            inform = re.search(r"(?i)^(?P<who>.+?)\s+ansvarar\s+för\s+att\s+informera\s+(?P<to>[\wåäö]+)", sentence)
            present = re.search(r"(?i)presenteras\s+för\s+(?P<to>.+?)\.?$", sentence)
            if inform:
                self.inform_lines(inform, sentence, entry.span, freq)
            elif present:
                self.present_lines(entry, present, sentence, freq)

    def inform_lines(self, inform: re.Match, sentence: str, span: Span, freq: Frequency | None) -> None:
        """'X ansvarar för att informera Y': a line from each group X names to Y."""
        target = self.find_group(inform.group("to"))
        if not target:
            return
        for source in self.subjects(inform.group("who")):
            self.line(source, target, sentence, span, freq)

    def present_lines(self, entry: Item, present: re.Match, sentence: str, freq: Frequency | None) -> None:
        """'… presenteras för Y och Z': a line from the entry's first responsible group to each named group."""
        responsible = (entry.get("responsible") or "").split(" och ")[0].split(",")[0]
        source = self.find_group(responsible)
        for part in re.split(r"\s+samt\s+|,\s*|\s+och\s+", present.group("to")):
            target = self.find_group(part)
            if source and target:
                self.line(source, target, sentence, entry.span, freq)

    def subjects(self, who: str) -> list[str]:
        if re.search(r"(?i)respektive\s+(samverkans)?forum", who):
            return [g.id for g in self.out["groups"] if g.kind == "forum"]
        found = self.find_group(who)
        return [found] if found else []

    # --- the register entities the draft needs ------------------------------------------------------

    def copy_city_wide(self) -> None:
        """The register's city-wide agreements, whole: a local agreement is checked against them (its reporting
        chain must reach their steering group), so the draft carries them as context."""
        if self.register is None:
            return
        central = {a.id for a in self.register.agreements if a.level == "central"}
        for section, items in self.register.sections():
            for entity in items:
                if entity.id in self.ids:
                    continue
                if entity.id in central or self.register.agreement_of(entity.id) in central:
                    self.add(section, entity.model_copy(deep=True))
                    self.draft.copied.append(entity.id)

    def copy_register(self) -> None:
        if self.register is None:
            return
        wanted: list[str] = []
        for items in self.out.values():
            for e in items:
                wanted += _references(e)
        index = self.register.by_id
        seen: set[str] = set()
        while wanted:
            rid = wanted.pop()
            if rid in seen or rid in self.ids:
                continue
            seen.add(rid)
            entity = index.get(rid)
            if entity is None or not isinstance(entity, (Organisation, Role, Person)):
                continue
            section = self.register.section_of(entity)
            self.add(section, entity.model_copy(deep=True))
            self.draft.copied.append(rid)
            wanted += _references(entity)

    def build(self) -> Draft:
        agreement = self.agreement()
        self.priority_areas(agreement.id)
        self.groups(agreement.id, agreement.level)
        self.work_items(agreement.id)
        self.structure(agreement.id)
        self.reporting()
        self.copy_city_wide()
        self.copy_register()
        self.check_missing()
        self.draft.data = DataSet(name=f"utkast-{agreement.id}", **self.out)
        return self.draft

    def check_missing(self) -> None:
        for item in self.record.section("work_items"):
            for key_, label in (("frequency_text", "Mötesfrekvens"), ("purpose", "Syfte"),
                                ("police_contact", "Polisens kontakt"),
                                ("district_contact", "Stadsdelsförvaltningens kontakt"), ("follow_up", "Uppföljning")):
                if not item.get(key_):
                    self.note("missing", f"'{item.name}': fältet {label} saknas",
                              f"'{item.name}': the field {label} is missing", item.span)
        for group in self.out["groups"]:
            if not group.template and not any(m.group == group.id for m in self.out["memberships"]):
                self.note("missing", f"'{group.name}': inga medlemmar hittades", f"'{group.name}': no members found")


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _span(entity: Entity) -> Span:
    lines = entity.sources[0].lines or "1"
    start, _, end = lines.partition("-")
    return Span(int(start), int(end or start))


def _condition(mention: str) -> str | None:
    found = re.search(r"\((om [^)]*|vid behov[^)]*)\)", mention)
    if found:
        return found.group(1)
    found = re.search(r"(?i)\b(bjuds in .*)$", mention)
    return found.group(1) if found else None


def _references(entity: Entity) -> list[str]:
    out = []
    if isinstance(entity, Organisation):
        out += [x for x in [entity.parent, *entity.successors, *entity.covers] if x]
    elif isinstance(entity, Role):
        out += [x for x in [entity.organisation, entity.holder] if x]
    elif isinstance(entity, Agreement):
        out += [*entity.parties, *entity.signatories]
    elif isinstance(entity, (Group, Activity)):
        out += [c.holder for c in entity.contacts]
        out += [r.organisation for r in getattr(entity, "requirements", []) if r.organisation]
    elif isinstance(entity, Membership):
        out += [x for x in [entity.member, entity.on_behalf_of] if x]
    elif isinstance(entity, Responsibility):
        out.append(entity.holder)
    elif isinstance(entity, ReportingLine):
        out.append(entity.to)
    return out


def _draft_org_kind(name: str, party: str | None = None) -> tuple[str, str]:
    """The kind and id of a party not in the register, from its name and the side the reader gave it: "Polisen i
    Nyby" (the local police) and "LPO Nyby" are a local police area, "Nyby kommun" and "Region Gotland" as the
    municipal side a municipality, a committee a political body; only a party of neither side is external."""
    low = name.casefold()
    if found := re.match(r"(?:lokalpolisområde|lpo|polisen\s+i)\s+(.+)$", low):
        return "local_police_area", f"lpo-{slug(found.group(1))}"
    if found := re.match(r"(.+?)s?\s+stadsdelsförvaltning", low):
        return "district_administration", f"sdf-{slug(found.group(1))}"
    if "polisregion" in low or party == "police" and re.fullmatch(r"polismyndigheten|polisen", low):
        return "police_region", slug(name)
    if re.match(r"polisområde\s", low):
        return "police_area", slug(name)
    if re.search(r"\b(?:stad|kommun)$", low) or party == "city" and re.match(r"region\s", low):
        return "city", slug(name)
    if party == "city" and re.search(COMMITTEE, low):
        return "political_body", slug(name)
    if party == "city" and re.search(r"(?:stadsdel|stadsområde)", low):
        return "district_administration", f"sdf-{slug(name)}"
    if party == "city" and re.search(r"förvaltning", low):
        return "specialist_administration", slug(name)
    return "external", f"ext-{slug(name)}"


def _first_year(doc: Document) -> str | None:
    for _, text in doc.text_lines():
        found = re.search(r"\b(19[89]\d|20[0-4]\d)\b", text)
        if found:
            return found.group(1)
    return None


def build_draft(record: Record, register: DataSet | None = None) -> Draft:
    return Builder(record, register).build()
