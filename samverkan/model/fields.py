"""The Swedish and English words for the fields of the model, for everything people read (finding messages,
the plan of a change set). One table; a dotted path ("frequency.per_year") takes its last known part, a key
the table does not know is shown with its underscores as spaces, never cut."""

from __future__ import annotations

from samverkan.io.i18n import Msg

FIELD_LABELS: dict[str, Msg] = {
    # agreements
    "title": Msg("titel", "title"),
    "level": Msg("nivå", "level"),
    "parties": Msg("parter", "parties"),
    "parent": Msg("överordnad överenskommelse", "parent agreement"),
    "parent_dnr": Msg("överordnat avtals diarienummer", "registry number of the parent agreement"),
    "replaces": Msg("ersätter", "replaces"),
    "replaces_dnr": Msg("ersätter (diarienummer)", "replaces (registry number)"),
    "valid_from": Msg("gäller från", "valid from"),
    "valid_to": Msg("gäller till", "valid to"),
    "until_further_notice": Msg("tillsvidare", "until further notice"),
    "extension": Msg("förlängning", "extension"),
    "extension.period_years": Msg("förlängning (år)", "extension (years)"),
    "extension.consult_months_before": Msg("samråd före förlängning (månader)",
                                           "consultation before extension (months)"),
    "revision_interval_years": Msg("revisionsintervall (år)", "revision interval (years)"),
    "signatories": Msg("undertecknare", "signatories"),
    "annexes": Msg("bilagor", "annexes"),
    "dnr": Msg("diarienummer", "registry numbers"),
    "goal": Msg("mål", "goal"),
    "note": Msg("anteckning", "note"),
    # groups and activities
    "name": Msg("namn", "name"),
    "agreement": Msg("överenskommelse", "agreement"),
    "purpose": Msg("syfte", "purpose"),
    "problems": Msg("problembild", "problems"),
    "term": Msg("löptid", "term"),
    "frequency": Msg("mötesfrekvens", "meeting frequency"),
    "frequency.per_year": Msg("mötesfrekvens (gånger per år)", "meeting frequency (times a year)"),
    "frequency.text": Msg("mötesfrekvens (dokumentets ord)", "meeting frequency (the document's words)"),
    "frequency.minimum": Msg("mötesfrekvens är ett minimum", "meeting frequency is a minimum"),
    "priority_areas": Msg("prioriterade områden", "priority areas"),
    "contacts": Msg("kontaktpersoner", "contacts"),
    "commitments": Msg("åtaganden", "commitments"),
    "follow_up": Msg("uppföljning", "follow-up"),
    "kind": Msg("slag", "kind"),
    "standing": Msg("stående", "standing"),
    "template": Msg("mall", "template"),
    "requirements": Msg("krav på medlemmar", "member requirements"),
    "forum": Msg("forum", "forum"),
    "participants": Msg("deltagare", "participants"),
    "participants.police": Msg("deltagare från polisen", "participants from the police"),
    "participants.city": Msg("deltagare från staden", "participants from the city"),
    # organisations, roles, people
    "short_name": Msg("kortnamn", "short name"),
    "other_names": Msg("andra namn", "other names"),
    "org_number": Msg("organisationsnummer", "organisation number"),
    "party": Msg("part", "party"),
    "covers": Msg("omfattar", "covers"),
    "successors": Msg("efterträdare", "successors"),
    "organisation": Msg("organisation", "organisation"),
    "holder": Msg("innehavare", "holder"),
    "contact": Msg("kontaktuppgifter", "contact details"),
    # memberships, responsibilities, reporting lines, statements
    "group": Msg("grupp", "group"),
    "member": Msg("medlem", "member"),
    "capacity": Msg("egenskap", "capacity"),
    "chair": Msg("ordförande", "chair"),
    "on_behalf_of": Msg("för", "on behalf of"),
    "condition": Msg("villkor", "condition"),
    "subject": Msg("gäller", "subject"),
    "from": Msg("från", "from"),
    "to": Msg("till", "to"),
    "what": Msg("vad", "what"),
    "field": Msg("uppgift", "field"),
    "value": Msg("värde", "value"),
    "sources": Msg("källor", "sources"),
    "corresponds_to": Msg("motsvarar stadsövergripande område", "corresponds to the city-wide area"),
    # the fields of a draft read from a document (`samverkan extract`)
    "members": Msg("medlemmar", "members"),
    "chair_alternating": Msg("växlande ordförande", "alternating chair"),
    "frequency_per_year": Msg("möten per år", "meetings per year"),
    "reports_to": Msg("rapporterar till", "reports to"),
    # statements of facts the model has no field for
    "extended_to": Msg("förlängd till", "extended to"),
    "extension_consulted": Msg("samråd om förlängning", "extension consulted"),
    "revised_on": Msg("reviderad", "revised on"),
    "causal_analysis": Msg("orsaksanalys", "causal analysis"),
    "documentation": Msg("dokumentation", "documentation"),
}


def field_label(name: str, lang: str = "sv") -> str:
    """The words for a field or a dotted path of fields."""
    if name in FIELD_LABELS:
        return FIELD_LABELS[name].get(lang)
    head, _, tail = name.rpartition(".")
    if head and head in FIELD_LABELS:
        return f"{FIELD_LABELS[head].get(lang)} ({field_label(tail, lang)})"
    return name.replace("_", " ")


# --- the words of the closed lists of values (kinds, parties, levels, capacities, statuses) ---

CHOICES: dict[str, list[tuple[str, str, str, tuple[str, ...]]]] = {
    # name: [(value, Swedish word, English word, other accepted words)]
    "group_kind": [
        ("steering", "styrgrupp", "steering group", ("chefsamråd", "ledningsgrupp")),
        ("preparation", "beredningsgrupp", "preparation group", ()),
        ("working", "arbetsgrupp", "working group", ()),
        ("forum", "samverkansforum", "forum", ("forum",)),
        ("council", "råd", "council", ("samråd",)),
        ("coordinators", "samordnare", "coordinators", ("samordnarna",)),
    ],
    "capacity": [
        ("member", "ledamot", "member", ("deltagare", "medlem")),
        ("decision_maker", "beslutsfattare", "decision maker", ()),
        ("rapporteur", "föredragande", "rapporteur", ()),
        ("coopted", "adjungerad", "co-opted", ("adjungerande", "coopted")),
        ("invited", "inbjuden", "invited", ("vid behov",)),
    ],
    "chair": [
        ("no", "nej", "no", ()),
        ("yes", "ja", "yes", ("ordförande",)),
        ("alternating", "alternerande", "alternating", ("växlande",)),
    ],
    "raci": [
        ("accountable", "A", "A", ("ansvarig", "accountable")),
        ("responsible", "R", "R", ("utförande", "utförare", "responsible")),
        ("consulted", "C", "C", ("rådfrågad", "konsulterad", "consulted")),
        ("informed", "I", "I", ("informerad", "informed")),
    ],
    "level": [
        ("local", "lokal", "local", ()),
        ("central", "central", "central", ("stadsövergripande", "city-wide")),
    ],
    "party": [
        ("city", "staden", "the city", ("stad", "kommunen", "city")),
        ("police", "polisen", "the police", ("polis", "police")),
        ("other", "annan", "other", ()),
    ],
    "organisation_kind": [
        ("district_administration", "stadsdelsförvaltning", "district administration", ("sdf",)),
        ("local_police_area", "lokalpolisområde", "local police area", ("lpo",)),
        ("police_area", "polisområde", "police area", ()),
        ("police_region", "polisregion", "police region", ()),
        ("city", "kommun", "municipality", ("stad",)),
        ("specialist_administration", "fackförvaltning", "specialist administration", ()),
        ("city_office", "stadsledningskontor", "city office", ()),
        ("company", "bolag", "company", ()),
        ("political_body", "politiskt organ", "political body", ("nämnd",)),
        ("external", "extern", "external", ()),
    ],
    "necessity": [
        ("required", "ska", "required", ("krav",)),
        ("recommended", "bör", "recommended", ("rekommendation",)),
    ],
    "annex_kind": [
        ("framework_agreement", "samverkansavtal", "framework agreement", ()),
        ("contacts", "kontaktuppgifter", "contacts", ()),
        ("situation_picture", "lägesbild", "situation picture", ()),
        ("action_plan", "åtgärdsplan", "action plan", ()),
        ("structure", "samverkansstruktur", "structure", ()),
        ("follow_up_plan", "uppföljningsplan", "follow-up plan", ()),
        ("communication_plan", "kommunikationsplan", "communication plan", ()),
        ("priority_areas", "prioriterade områden", "priority areas", ()),
        ("other", "annan", "other", ()),
    ],
    "line_kind": [
        ("reports", "rapporterar", "reports", ("rapportering", "rapporterar till")),
        ("informs", "informerar", "informs", ("information", "informerar om")),
    ],
    "action_status": [
        ("planned", "planerad", "planned", ()),
        ("ongoing", "pågår", "ongoing", ("pågående",)),
        ("done", "genomförd", "done", ("klar",)),
        ("cancelled", "avbruten", "cancelled", ("inställd",)),
    ],
    "promise_status": [
        ("planned", "planerat", "planned", ()),
        ("ongoing", "pågår", "ongoing", ("pågående",)),
        ("fulfilled", "uppfyllt", "fulfilled", ()),
        ("partly_fulfilled", "delvis uppfyllt", "partly fulfilled", ()),
        ("not_fulfilled", "inte uppfyllt", "not fulfilled", ("ej uppfyllt",)),
    ],
    "follow_up_subject": [
        ("structure", "samverkansstrukturen", "the structure", ("struktur",)),
        ("situation_picture", "lägesbilden", "the situation picture", ("lägesbild",)),
        ("forums", "samverkansforumen", "the forums", ("forum",)),
        ("action_plan", "åtgärdsplanen", "the action plan", ("åtgärdsplan",)),
        ("communication", "kommunikationen", "communication", ("kommunikation",)),
        ("report", "återrapporteringen", "the report", ("rapport",)),
        ("other", "annat", "other", ()),
    ],
    "value_type": [
        ("str", "text", "text", ()),
        ("int", "heltal", "integer", ()),
        ("float", "decimaltal", "decimal", ()),
        ("bool", "ja/nej", "yes/no", ()),
    ],
}


def choice_word(name: str, value: str, lang: str) -> str:
    for v, sv, en, _ in CHOICES[name]:
        if v == value:
            return en if lang == "en" else sv
    return value


def value_word(entity: object, field: str, value: object, lang: str = "sv") -> str | None:
    """The word for `value` of a closed list (a Literal field of the entity's model), or None when the field is
    free text or no list of words covers it."""
    from typing import Literal, get_args, get_origin

    info = getattr(type(entity), "model_fields", {}).get(field)
    if info is None or not isinstance(value, str):
        return None
    allowed = _literal_values(info.annotation, Literal, get_args, get_origin)
    if value not in allowed:
        return None
    for name, words in CHOICES.items():
        if allowed <= {v for v, *_ in words}:
            return choice_word(name, value, lang)
    return None


def _literal_values(annotation, literal, get_args, get_origin) -> set:
    if get_origin(annotation) is literal:
        return set(get_args(annotation))
    return set().union(*(_literal_values(a, literal, get_args, get_origin) for a in get_args(annotation))) \
        if get_args(annotation) else set()


def field_named(name: str) -> Msg:
    """A field as a fix names it to people: 'fältet ”ersätter”' (the workbook's column, the YAML key in JSON)."""
    return Msg(f"fältet ”{field_label(name, 'sv')}”", f"the field “{field_label(name, 'en')}”")


SECTION_LABELS: dict[str, Msg] = {  # the sections of a data set as people call them (the workbook's sheets)
    "organisations": Msg("organisationer", "organisations"), "people": Msg("personer", "people"),
    "roles": Msg("funktioner", "functions"), "agreements": Msg("överenskommelser", "agreements"),
    "priority_areas": Msg("prioriterade områden", "priority areas"), "groups": Msg("grupper", "groups"),
    "activities": Msg("aktiviteter", "activities"), "memberships": Msg("medlemskap", "memberships"),
    "responsibilities": Msg("ansvar", "responsibilities"), "reporting_lines": Msg("rapportering", "reporting"),
    "statements": Msg("uppgifter", "statements"), "situation_pictures": Msg("lägesbilder", "situation pictures"),
    "action_items": Msg("åtgärder", "measures"), "promises": Msg("medborgarlöften", "citizen promises"),
    "follow_up_items": Msg("uppföljningspunkter", "follow-up items"), "meetings": Msg("möten", "meetings"),
}

ENTITY_WORDS: dict[str, Msg] = {  # one entity of each section, in the workbook's words (its sheets, singular)
    "organisations": Msg("organisation", "organisation"), "people": Msg("person", "person"),
    "roles": Msg("funktion", "function"), "agreements": Msg("överenskommelse", "agreement"),
    "priority_areas": Msg("prioriterat område", "priority area"), "groups": Msg("grupp", "group"),
    "activities": Msg("aktivitet", "activity"), "memberships": Msg("medlemskap", "membership"),
    "responsibilities": Msg("ansvar", "responsibility"), "reporting_lines": Msg("rapporteringslinje", "reporting line"),
    "statements": Msg("uppgift", "statement"), "situation_pictures": Msg("lägesbild", "situation picture"),
    "action_items": Msg("åtgärd", "measure"), "promises": Msg("medborgarlöfte", "citizen promise"),
    "follow_up_items": Msg("uppföljningspunkt", "follow-up item"), "meetings": Msg("möte", "meeting"),
}


def section_label(section: str, lang: str = "sv") -> str:
    """A section's name for people; an unknown one with its underscores as spaces."""
    label = SECTION_LABELS.get(section)
    return label.get(lang) if label else section.replace("_", " ")
