"""Every rule of the catalogue: a small passing and a small failing data set (tests/rules_data.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan.rules.engine import RULES, check, list_profiles
from tests.rules_data import AS_OF, changed, clean, drop, find


def run(data, code: str, profile: str = "stockholm-2023", as_of: dt.date = AS_OF, **kw):
    return check(data, profile, as_of, lang="en", select=[code], **kw)


@pytest.mark.parametrize("profile", list_profiles())
def test_the_clean_data_set_passes_every_profile(profile):
    # the 2019 areas are other than the 2023 ones the clean data set addresses (info only)
    assert run(clean(), "ALL", profile, ignore=["SAM050"]) == []


def test_every_rule_has_a_passing_and_a_failing_example_and_a_clause():
    for code, r in RULES.items():
        assert r.passing.text.sv and r.passing.text.en and r.failing.text.sv and r.failing.text.en, code
        assert r.clause and r.description.sv and r.description.en, code


# --- SAM001 ----------------------------------------------------------------------------------------


def test_sam001_district_without_agreement_and_with_an_expired_one():
    assert run(clean(), "SAM001") == []

    def expire(s):
        find(s, "agreements", "a-2023").update(valid_from="2016-06-01", valid_to="2018-05-31")
    [f] = run(changed(expire), "SAM001")
    assert f.severity == "error" and f.subject == "sdf-a" and f.agreement == "c-2023"
    assert "the latest, Lokal A, ran until 2018-05-31" in f.message_en

    def second_district(s):
        s["organisations"].append({"id": "sdf-b", "name": "B sdf", "kind": "district_administration",
                                   "valid_from": "2020-01-01", "sources": [{"document": "t"}]})
    [f] = run(changed(second_district), "SAM001")
    assert f.subject == "sdf-b" and "holds none" in f.message_en


def test_sam001_register_validity_decides_which_districts_exist():
    def ended(s):
        find(s, "organisations", "sdf-a").update(valid_to="2020-06-30")
        find(s, "agreements", "a-2023").update(valid_from="2016-01-01", valid_to="2019-12-31")
    assert run(changed(ended), "SAM001") == []  # sdf-a no longer exists in 2024
    assert len(run(changed(ended), "SAM001", as_of=dt.date(2020, 3, 1))) == 1


def test_sam001_two_agreements_in_force_and_police_area_not_covering():
    def twice(s):
        dup = dict(find(s, "agreements", "a-2023"), id="a-2023b")
        s["agreements"].append(dup)
    [f] = run(changed(twice), "SAM001")
    assert "2 local agreements" in f.message_en and f.path == ["sdf-a", "a-2023", "a-2023b"]

    def not_covering(s):
        find(s, "organisations", "lpo-a")["covers"] = ["sdf-x"]
        s["organisations"].append({"id": "sdf-x", "name": "X", "kind": "district_administration",
                                   "valid_to": "2000-01-01", "sources": [{"document": "t"}]})
    [f] = run(changed(not_covering), "SAM001")
    assert f.severity == "warning" and "does not cover" in f.message_en


# --- SAM002 ----------------------------------------------------------------------------------------


def test_sam002_expired_with_extension_rule():
    assert run(clean(), "SAM002") == []

    def expire(s):
        find(s, "agreements", "a-2023").update(valid_from="2016-06-01", valid_to="2018-05-31")
    [f] = run(changed(expire), "SAM002")
    assert f.severity == "error" and "expired on 2018-05-31" in f.message_en
    assert "consultation no later than 2017-11-30" in f.message_en


def test_sam002_recorded_extension_keeps_it_in_force():
    def extended(s):  # two years, as the terms allow, after consultation before the deadline (2017-11-30)
        find(s, "agreements", "a-2023").update(valid_from="2016-06-01", valid_to="2018-05-31")
        s["statements"] = [{"id": "x1", "subject": "a-2023", "field": "extension_consulted", "value": "2017-10-01",
                            "sources": [{"document": "t"}]},
                           {"id": "x2", "subject": "a-2023", "field": "extended_to", "value": "2020-05-31",
                            "sources": [{"document": "t"}]}]
    assert [f for f in run(changed(extended), "SAM002", as_of=dt.date(2019, 12, 1)) if f.subject == "a-2023"] == []


def test_sam002_consultation_due_and_revision_overdue_and_future():
    [f] = run(clean(), "SAM002", as_of=dt.date(2027, 4, 1))  # past 2027-02-28, nothing recorded
    assert f.severity == "warning" and "due by 2027-02-28" in f.message_en

    def old(s):
        find(s, "agreements", "c-2023").update(valid_from="2018-01-01")
    [f] = run(changed(old), "SAM002")
    assert f.severity == "warning" and "overdue" in f.message_en and f.subject == "c-2023"
    [f] = [x for x in run(clean(), "SAM002", as_of=dt.date(2023, 7, 1)) if x.subject == "a-2023"]
    assert f.severity == "info" and "not in force yet" in f.message_en


def test_sam002_party_that_ceased():
    def ceased(s):
        find(s, "organisations", "sdf-a").update(valid_to="2023-12-31", successors=["sdf-b"])
        s["organisations"].append({"id": "sdf-b", "name": "B", "kind": "district_administration",
                                   "valid_from": "2024-01-01", "sources": [{"document": "t"}]})
    fs = run(changed(ceased), "SAM002")
    assert any("party A stadsdelsförvaltning does not exist" in f.message_en for f in fs)


# --- SAM010, SAM011 -------------------------------------------------------------------------------


def test_sam010_none_several_alternating():
    assert run(clean(), "SAM010") == []

    def no_chair(s):
        for m in s["memberships"]:
            if m["group"] == "c-2023/styrgrupp":
                m.pop("chair", None)
    [f] = run(changed(no_chair), "SAM010")
    assert f.severity == "error" and f.subject == "c-2023/styrgrupp" and "9 members" in f.message_en

    def three(s):
        for m in s["memberships"]:
            if m["group"] == "c-2023/beredningsgrupp":
                m["chair"] = "yes"
    [f] = run(changed(three), "SAM010")
    assert f.severity == "warning" and "3 accountable parties" in f.message_en

    def alternating_three(s):  # an alternating chair among three is still one party
        for m in s["memberships"]:
            if m["group"] == "c-2023/beredningsgrupp":
                m["chair"] = "alternating"
    assert run(changed(alternating_three), "SAM010") == []


def test_sam010_raci_row_and_column_checks():
    def letters(s):
        s["responsibilities"] = [
            {"subject": "a-2023/forum-unga", "holder": "sdf-a/socialsekreterare", "kind": "consulted",
             "sources": [{"document": "t"}]},
            {"subject": "a-2023/forum-trygghet", "holder": "sdf-a", "kind": "accountable",
             "sources": [{"document": "t"}]},
        ]
        for m in s["memberships"]:
            if m["group"] == "a-2023/forum-trygghet":
                m.pop("chair", None)
    fs = run(changed(letters), "SAM010")
    assert [(f.subject, f.severity) for f in fs] == [("a-2023/forum-trygghet", "info"),
                                                      ("a-2023/forum-unga", "warning")]
    assert "A+C" in fs[1].message_en and "no function is responsible" in fs[0].message_en

    def bottleneck(s):
        for i in range(6):
            gid = f"a-2023/extra-{i}"
            s["groups"].append({"id": gid, "name": gid, "agreement": "a-2023", "kind": "working", "level": "local",
                                "sources": [{"document": "t"}]})
            s["memberships"].append({"group": gid, "member": "lpo-a/kommunpolis", "chair": "yes",
                                     "sources": [{"document": "t"}]})
    fs = [f for f in run(changed(bottleneck), "SAM010") if f.subject == "lpo-a/kommunpolis"]
    assert len(fs) == 1 and fs[0].severity == "info" and "7 groups" in fs[0].message_en


def test_sam011_person_as_accountable():
    assert run(clean(), "SAM011") == []

    def person(s):
        s["people"] = [{"id": "person/anna", "name": "Anna", "sources": [{"document": "t"}]}]
        find(s, "roles", "sdf-a/socialsekreterare")["holder"] = "person/anna"
        s["responsibilities"] = [{"subject": "a-2023/forum-unga", "holder": "person/anna", "kind": "accountable",
                                  "sources": [{"document": "t"}]}]
        for m in s["memberships"]:
            if m["group"] == "a-2023/forum-unga":
                m.pop("chair", None)
    [f] = run(changed(person), "SAM011")
    assert f.subject == "a-2023/forum-unga" and "Socialsekreterare (A stadsdelsförvaltning)" in f.suggestion


# --- SAM020, SAM021 -------------------------------------------------------------------------------


def test_sam020_dead_end_with_chain_and_stop_node():
    assert run(clean(), "SAM020") == []

    def cut(s):
        drop(s, "reporting_lines", lambda x: x["from"] == "a-2023/styrgrupp" and x["to"] == "c-2023/beredningsgrupp")
        drop(s, "reporting_lines", lambda x: x["from"] == "a-2023/beredningsgrupp"
             and x["to"] == "c-2023/beredningsgrupp")
    [f] = run(changed(cut), "SAM020")
    assert f.severity == "error" and f.subject == "a-2023/styrgrupp"
    assert f.path == ["a-2023/forum-trygghet", "a-2023/beredningsgrupp", "a-2023/styrgrupp"]
    assert "this also holds for Beredningsgrupp, Forum Trygghet, Forum Unga" in f.message_en
    assert "which reports only to A stadsdelsnämnd" in f.message_en


def test_sam020_cycle_is_an_error_with_the_cycle_as_path():
    def cycle(s):
        drop(s, "reporting_lines", lambda x: x["from"] in ("a-2023/styrgrupp", "a-2023/beredningsgrupp"))
        s["reporting_lines"] += [
            {"from": "a-2023/beredningsgrupp", "to": "a-2023/styrgrupp", "sources": [{"document": "t"}]},
            {"from": "a-2023/styrgrupp", "to": "a-2023/beredningsgrupp", "sources": [{"document": "t"}]},
        ]
    fs = run(changed(cycle), "SAM020")
    cycles = [f for f in fs if "cycle" in f.message_en]
    assert len(cycles) == 1 and cycles[0].path == ["a-2023/beredningsgrupp", "a-2023/styrgrupp",
                                                   "a-2023/beredningsgrupp"]
    assert len(fs) == 1  # the forums feeding the cycle are not reported again


def test_sam021_both_directions():
    assert run(clean(), "SAM021") == []

    def no_central(s):
        drop(s, "reporting_lines", lambda x: x["to"] == "c-2023/beredningsgrupp")
    [f] = run(changed(no_central), "SAM021")
    assert f.subject == "a-2023" and "city-wide preparation group Beredningsgrupp (Central)" in f.message_en

    def no_local(s):
        drop(s, "reporting_lines", lambda x: x["from"] == "a-2023/beredningsgrupp" and x["to"] == "a-2023/styrgrupp")
    [f] = run(changed(no_local), "SAM021")
    assert "local steering group Styrgrupp" in f.message_en
    assert run(changed(no_local), "SAM021", "stockholm-2019") == []  # a 2023 demand


# --- SAM030, SAM031 -------------------------------------------------------------------------------


def test_sam030_required_recommended_and_only_coopted():
    assert run(clean(), "SAM030") == []

    def thin(s):
        drop(s, "memberships", lambda m: m["group"] == "a-2023/styrgrupp" and m["member"] in (
            "sdf-a/stadsdelsdirektor", "svenska-bostader/trygghetschef"))
        for m in s["memberships"]:
            if m["group"] == "a-2023/styrgrupp" and m["member"] == "trafikkontoret/trafikplanerare":
                m.update(capacity="coopted", condition="vid behov")
    fs = run(changed(thin), "SAM030")
    got = sorted((f.severity, f.message_en.removeprefix("Styrgrupp").strip(": ")) for f in fs)
    assert got == [("error", "lacks the district director (required)"),
                   ("info", "the traffic office (recommended) is only present as vid behov: "
                            "Trafikplanerare (Trafikkontoret)"),
                   ("warning", "lacks the city's housing companies (recommended)")]
    assert all(f.citation.startswith("003_6a855a06a73e563a.txt, Lokal styrgrupp") for f in fs)


def test_sam030_titles_match_spelling_variants_and_on_behalf_of():
    def variants(s):
        find(s, "roles", "lpo-a/lokalpolisomradeschef")["title"] = "Lokalpolisområdets chef"
        find(s, "roles", "sdf-a/stadsdelsdirektor")["title"] = "STADSDELSDIREKTOR"
    assert run(changed(variants), "SAM030") == []

    def remiss(s):
        drop(s, "memberships", lambda m: m["member"] == "utbildningsforvaltningen/rektor"
             and m["group"] in ("a-2023/styrgrupp", "a-2023/beredningsgrupp"))
    fs = run(changed(remiss), "SAM030", "remiss-hl-2019")
    assert sorted((f.subject, f.severity) for f in fs) == [("a-2023/beredningsgrupp", "error"),
                                                           ("a-2023/styrgrupp", "error")]
    assert all(f.citation == "001_4881a4aa871a676f.txt, Punkt 2, lines 63-67" for f in fs)
    assert [f.severity for f in run(changed(remiss), "SAM030", "stockholm-2019")] == ["warning"]


def test_sam031_both_parties():
    assert run(clean(), "SAM031") == []

    def city_only(s):
        drop(s, "memberships", lambda m: m["group"] == "a-2023/forum-trygghet" and m["member"] == "lpo-a/kommunpolis")
    [f] = run(changed(city_only), "SAM031")
    assert f.subject == "a-2023/forum-trygghet" and "no member from the police" in f.message_en


# --- SAM040 ---------------------------------------------------------------------------------------


def test_sam040_minimum_quoting_the_words():
    assert run(clean(), "SAM040") == []

    def rare(s):
        find(s, "groups", "c-2023/styrgrupp")["frequency"] = {"per_year": 2, "text": "två gånger per år"}
        find(s, "groups", "a-2023/styrgrupp")["frequency"] = {"text": "vid behov"}
    fs = run(changed(rare), "SAM040")
    assert [(f.subject, f.severity) for f in fs] == [("a-2023/styrgrupp", "warning"), ("c-2023/styrgrupp", "error")]
    assert '"två gånger per år"' in fs[1].message_en and "minst fyra gånger per år" in fs[1].message_en


# --- SAM050, SAM051 -------------------------------------------------------------------------------


def test_sam050_required_areas():
    assert run(clean(), "SAM050") == []

    def fewer(s):
        drop(s, "priority_areas", lambda p: p["id"] == "a-2023/pa-system")
        find(s, "groups", "a-2023/forum-trygghet")["priority_areas"].remove("a-2023/pa-system")
    [f] = run(changed(fewer), "SAM050")
    assert f.severity == "error" and '"Systemhotande brottslighet"' in f.message_en
    assert f.path == ["a-2023", "c-2023/pa-system"]

    def by_keyword(s):
        fewer(s)
        s["priority_areas"].append({"id": "a-2023/pa-x", "name": "Systemhotande brottslighet och korruption",
                                    "agreement": "a-2023", "sources": [{"document": "t"}]})
        find(s, "groups", "a-2023/forum-trygghet")["priority_areas"].append("a-2023/pa-x")
    assert run(changed(by_keyword), "SAM050") == []


def test_sam051_area_without_forum():
    assert run(clean(), "SAM051") == []

    def orphan(s):
        find(s, "groups", "a-2023/forum-trygghet")["priority_areas"].remove("a-2023/pa-offer")
    [f] = run(changed(orphan), "SAM051")
    assert f.subject == "a-2023/pa-offer" and f.citation.startswith("004_f4e994a290e1df75.txt, 6. Samverkansforum")


# --- SAM060, SAM061 -------------------------------------------------------------------------------


def test_sam060_parts_and_listed_but_missing_annex():
    assert run(clean(), "SAM060") == []

    def missing(s):
        a = find(s, "agreements", "a-2023")
        a["annexes"] = [x for x in a["annexes"] if x["kind"] not in ("situation_picture", "other")]
        next(x for x in a["annexes"] if x["kind"] == "communication_plan")["present"] = False
    fs = run(changed(missing), "SAM060")
    assert sorted(f.message_en for f in fs) == [
        'The agreement lacks a situation picture (required)',
        "The agreement lacks the problems' probable causes (causal analysis) (required)",
        'The agreement: annex 6 "Kommunikationsplan" is listed but not attached',
    ]
    bra = run(changed(missing), "SAM060", "bra-model")
    assert {f.severity for f in bra} == {"error", "warning"}


def test_sam061_signatures():
    assert run(clean(), "SAM061") == []

    def unsigned(s):
        find(s, "agreements", "a-2023")["signatories"] = ["sdf-a/stadsdelsdirektor"]
        find(s, "agreements", "c-2023")["signatories"] = []
    fs = run(changed(unsigned), "SAM061")
    assert [(f.subject, f.severity) for f in fs] == [("a-2023", "error"), ("c-2023", "warning")]

    def deputy(s):
        find(s, "agreements", "a-2023")["signatories"] = ["sdf-a/trygghetssamordnare", "lpo-a/lokalpolisomradeschef"]
    [f] = run(changed(deputy), "SAM061")
    assert f.severity == "warning" and "not by the head" in f.message_en


# --- SAM070 ---------------------------------------------------------------------------------------


def test_sam070_one_fact_two_values():
    assert run(clean(), "SAM070") == []

    def two(s):
        s["statements"] = [
            {"id": "s3", "subject": "c-2023", "field": "revision_interval_years", "value": 3,
             "sources": [{"document": "002", "lines": "21", "quote": "vart tredje år"}]},
            {"id": "s4", "subject": "c-2023", "field": "revision_interval_years", "value": 4,
             "sources": [{"document": "002", "lines": "29", "quote": "vart fjärde år"}]},
        ]
    [f] = run(changed(two), "SAM070")
    assert f.path == ["c-2023", "s3", "s4"] and f.citation == "002, lines 21; 002, lines 29"
    assert '3 "vart tredje år"' in f.message_en and '4 "vart fjärde år"' in f.message_en

    def agrees_with_field(s):  # one statement that matches the entity's own value is no contradiction
        s["statements"] = [{"id": "s4", "subject": "c-2023", "field": "revision_interval_years", "value": 4.0,
                            "sources": [{"document": "t"}]}]
    assert run(changed(agrees_with_field), "SAM070") == []


# --- SAM080, SAM081 -------------------------------------------------------------------------------


def test_sam080_standing_youth_group():
    assert run(clean(), "SAM080", "remiss-hl-2019") == []
    assert run(clean(), "SAM080") == []  # not demanded by the 2023 profile

    def invited_school(s):
        for m in s["memberships"]:
            if m["group"] == "a-2023/forum-unga" and m["member"] == "utbildningsforvaltningen/rektor":
                m.update(capacity="invited", condition="en gång per termin")
    [f] = run(changed(invited_school), "SAM080", "remiss-hl-2019")
    assert f.severity == "warning" and "school is not a standing member" in f.message_en

    def temporary(s):
        find(s, "groups", "a-2023/forum-unga").update(standing=False)
    [f] = run(changed(temporary), "SAM080", "remiss-hl-2019")
    assert f.severity == "error" and "only temporary ones: Forum Unga" in f.message_en


def test_sam081_political_anchoring():
    assert run(clean(), "SAM081", "remiss-hl-2019") == []

    def officials_only(s):
        drop(s, "reporting_lines", lambda x: x["to"] in ("kommunstyrelsen", "sdn-a"))
    fs = run(changed(officials_only), "SAM081", "remiss-hl-2019")
    assert [(f.subject, f.severity) for f in fs] == [("a-2023/styrgrupp", "warning"), ("c-2023/styrgrupp", "error")]
    assert "A stadsdelsnämnd" in fs[0].suggestion and "Kommunstyrelsen" in fs[1].suggestion


# --- SAM090 ---------------------------------------------------------------------------------------


def test_sam090_empty_group_unused_role_and_outside_organisation():
    assert run(clean(), "SAM090") == []

    def unused(s):
        s["groups"].append({"id": "a-2023/tom", "name": "Tom", "agreement": "a-2023", "kind": "working",
                            "level": "local", "sources": [{"document": "t"}]})
        s["roles"].append({"id": "sdf-a/kommunikator", "title": "Kommunikatör", "organisation": "sdf-a",
                           "sources": [{"document": "t"}]})
        s["organisations"].append({"id": "ext-x", "name": "X AB", "kind": "external",
                                   "sources": [{"document": "t"}]})
        s["groups"].append({"id": "c-2023/mall", "name": "Mall", "agreement": "c-2023", "kind": "working",
                            "level": "local", "template": True, "sources": [{"document": "t"}]})
    fs = run(changed(unused), "SAM090")
    assert [(f.subject, f.severity) for f in fs] == [("ext-x", "info"), ("sdf-a/kommunikator", "info"),
                                                     ("a-2023/tom", "warning")]
