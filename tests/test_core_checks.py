"""The three core checks without blind spots (issue 14, item 6), each on the small data set of tests/rules_data.py
changed in one place: accountable parties, reporting chains, representation, and the agreements themselves."""

from __future__ import annotations

import datetime as dt

from samverkan.rules.engine import check
from tests.rules_data import AS_OF, SRC, changed, clean, find


def run(data, code: str, profile: str = "stockholm-2023", as_of: dt.date = AS_OF):
    return check(data, profile, as_of, lang="en", select=[code])


def _org(s, id, name, kind, **extra):
    s["organisations"].append({"id": id, "name": name, "kind": kind, **extra, "sources": SRC})


def _role(s, id, title):
    s["roles"].append({"id": id, "title": title, "organisation": id.split("/")[0], "sources": SRC})


# --- accountable party (SAM010) ----------------------------------------------------------------------------


def test_an_outside_company_as_owner_is_a_finding():
    def outside(s):
        _org(s, "ext-vaktbolag", "Vaktbolaget AB", "external")
        _role(s, "ext-vaktbolag/vd", "VD")
        for m in s["memberships"]:
            if m["group"] == "a-2023/forum-unga":
                m.pop("chair", None)
        s["memberships"].append({"group": "a-2023/forum-unga", "member": "ext-vaktbolag/vd", "chair": "yes",
                                 "sources": SRC})
    [f] = run(changed(outside), "SAM010")
    assert f.subject == "a-2023/forum-unga" and "belongs to none of the agreement's parties" in f.message_en
    assert "ext-vaktbolag" in f.path


def test_another_districts_official_as_owner_is_a_finding_unless_acting_for_a_party():
    def other_district(s, behalf=None):
        _org(s, "sdf-b", "B stadsdelsförvaltning", "district_administration", parent="stockholms-stad")
        _role(s, "sdf-b/trygghetssamordnare", "Trygghetssamordnare")
        for m in s["memberships"]:
            if m["group"] == "a-2023/forum-trygghet":
                m.pop("chair", None)
        s["memberships"].append({"group": "a-2023/forum-trygghet", "member": "sdf-b/trygghetssamordnare",
                                 "chair": "yes", **({"on_behalf_of": behalf} if behalf else {}), "sources": SRC})
    [f] = run(changed(other_district), "SAM010")
    assert "Trygghetssamordnare (B stadsdelsförvaltning)" in f.message_en and f.severity == "error"
    assert run(changed(lambda s: other_district(s, "sdf-a")), "SAM010") == []


def test_an_alternating_chair_needs_two_holders():
    def lone(s):
        s["memberships"] = [m for m in s["memberships"]
                            if not (m["group"] == "a-2023/styrgrupp" and m["member"] == "lpo-a/lokalpolisomradeschef")]
    [f] = run(changed(lone), "SAM010")
    assert f.severity == "warning" and "only A stadsdelsförvaltning" not in f.message_en
    assert "said to alternate but only" in f.message_en and f.path == ["a-2023/styrgrupp", "sdf-a/stadsdelsdirektor"]


# --- reporting chains (SAM020, SAM021) -----------------------------------------------------------------------


def test_an_information_flow_is_not_a_reporting_line():
    def informs(s):  # the forum's only line becomes a lägesbild it is shown: it now reports to nobody
        line = next(x for x in s["reporting_lines"] if x["from"] == "a-2023/forum-unga")
        line["kind"] = "informs"
    [f] = run(changed(informs), "SAM020")
    assert f.subject == "a-2023/forum-unga" and "reports to nobody" in f.message_en


def test_a_cut_link_is_named_where_it_is_cut():
    def cut(s):  # the local styrgrupp and beredningsgrupp no longer report to the city-wide beredningsgrupp
        s["reporting_lines"] = [x for x in s["reporting_lines"] if x["to"] != "c-2023/beredningsgrupp"]
    findings = run(changed(cut), "SAM020")
    [f] = findings
    assert f.subject == "a-2023/styrgrupp"  # the group where the chain stops, not a forum further down
    assert f.path[-1] == "a-2023/styrgrupp" and "Forum Unga" in f.message_en


# --- representation (SAM030) --------------------------------------------------------------------------------


def test_a_required_role_matches_organisation_and_title():
    def other_director(s):  # B's stadsdelsdirektör sits in A's styrgrupp instead of A's own
        _org(s, "sdf-b", "B stadsdelsförvaltning", "district_administration", parent="stockholms-stad")
        _role(s, "sdf-b/stadsdelsdirektor", "Stadsdelsdirektör")
        for m in s["memberships"]:
            if m["group"] == "a-2023/styrgrupp" and m["member"] == "sdf-a/stadsdelsdirektor":
                m["member"] = "sdf-b/stadsdelsdirektor"
    fs = run(changed(other_director), "SAM030")
    assert any(f.subject == "a-2023/styrgrupp" and "lacks" in f.message_en and f.severity == "error" for f in fs)


def test_members_of_a_ceased_organisation_are_a_finding():
    def ceased(s):
        find(s, "organisations", "trafikkontoret").update(valid_to="2023-06-30")
    fs = [f for f in run(changed(ceased), "SAM030") if "ceased" in f.message_en and f.agreement == "a-2023"]
    assert len(fs) == 1 and fs[0].subject == "a-2023" and "Trafikplanerare (Trafikkontoret)" in fs[0].message_en


def test_a_youth_group_is_recognised_by_what_it_does_not_its_name():
    def renamed(s):  # same forum, a name without 'unga': still the youth group (its area and members say so)
        find(s, "groups", "a-2023/forum-unga")["name"] = "Forum Centrum"
    assert run(changed(renamed), "SAM080", "remiss-hl-2019") == run(clean(), "SAM080", "remiss-hl-2019") == []

    def name_only(s):  # a group called 'unga' that works on places with two members is not the youth group
        find(s, "groups", "a-2023/forum-trygghet")["name"] = "Forum unga"
        find(s, "groups", "a-2023/forum-unga").update(priority_areas=["a-2023/pa-platser"], goal=None,
                                                       name="Forum platser")
        s["memberships"] = [m for m in s["memberships"] if m["group"] != "a-2023/forum-unga"]
    [f] = run(changed(name_only), "SAM080", "remiss-hl-2019")
    assert "has no standing local operative working group" in f.message_en


# --- agreements (SAM001, SAM061, SAM002) ----------------------------------------------------------------------


def test_a_local_agreement_needs_a_police_party():
    def no_police(s):
        find(s, "agreements", "a-2023")["parties"] = ["sdf-a"]
    fs = run(changed(no_police), "SAM001")
    assert any("no police party" in f.message_en for f in fs)


def test_a_signatory_must_hold_a_role_in_a_party():
    def outsider(s):
        _org(s, "ext-konsult", "Konsult AB", "external")
        _role(s, "ext-konsult/vd", "VD")
        find(s, "agreements", "a-2023")["signatories"].append("ext-konsult/vd")
    [f] = run(changed(outsider), "SAM061")
    assert "holds no role in any of the parties" in f.message_en and "ext-konsult/vd" in f.path


def test_an_extension_must_respect_the_agreements_terms():
    def extended(s, to, consulted):
        find(s, "agreements", "a-2023").update(valid_from="2016-06-01", valid_to="2018-05-31")
        s["statements"] = [{"id": "x2", "subject": "a-2023", "field": "extended_to", "value": to, "sources": SRC}]
        if consulted:
            s["statements"].append({"id": "x1", "subject": "a-2023", "field": "extension_consulted",
                                    "value": consulted, "sources": SRC})
    day = dt.date(2019, 12, 1)
    too_long = run(changed(lambda s: extended(s, "2024-05-31", "2017-10-01")), "SAM002", as_of=day)
    assert any("longer than the 2 years" in f.message_en for f in too_long)
    assert any("expired on 2018-05-31" in f.message_en for f in too_long)  # and so it does not count
    late = run(changed(lambda s: extended(s, "2020-05-31", "2018-01-15")), "SAM002", as_of=day)
    assert any("after the last day 2017-11-30" in f.message_en for f in late)
    unconsulted = run(changed(lambda s: extended(s, "2020-05-31", None)), "SAM002", as_of=day)
    assert any("no consultation is recorded" in f.message_en for f in unconsulted)
    ok = run(changed(lambda s: extended(s, "2020-05-31", "2017-10-01")), "SAM002", as_of=day)
    assert [f for f in ok if f.subject == "a-2023"] == []


def test_an_agreement_known_but_not_on_file_is_an_info_asking_for_its_text():
    def known(s):
        a = find(s, "agreements", "a-2023")
        a.update(on_file=False)
    [f] = run(changed(known), "SAM001")
    assert f.severity == "info" and "not on file" in f.message_en and f.subject == "sdf-a"
