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
