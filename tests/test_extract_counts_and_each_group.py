"""Extract reads members given by counts and representatives, roles in brackets, and groups described once for
several (issue 15); each text here was written for this test, none comes from the corpus."""

from __future__ import annotations

import pytest

from samverkan.extract.meaning.phrases import members
from samverkan.extract.meaning.text import is_heading
from tests.extract_text import groups as _groups


@pytest.mark.parametrize(("text", "listed"), [
    # one who stands for each of several bodies: each body is a member
    ("miljöchefen och en representant från var och en av kulturförvaltningen och fritidsförvaltningen",
     ["miljöchef", "kulturförvaltningen", "fritidsförvaltningen"]),
    # which one of the counted people is where: no members of their own
    ("två kuratorer, en för mellanstadiet och en för högstadiet, och en fritidsledare", ["kurator", "fritidsledare"]),
    # who usually stands for the body before it
    ("rektorn och en representant för miljöförvaltningen, i regel miljöchefen", ["rektor", "miljöförvaltningen"]),
    # the people a count sums up, named between commas
    ("två handläggare från kommunen, drogsamordnaren och fritidskonsulenten, samt polisen",
     ["drogsamordnare", "fritidskonsulent", "polisen"]),
    ("två rektorer, kuratorn och polisen", ["rektor", "kurator", "polisen"]),  # a list, no apposition
])
def test_members_by_counts_and_representatives(text, listed):
    assert members(text, prose=False) == listed


COORDINATORS = """Överenskommelse om trygghet i Exempelby

3.2 Samordnarna

Den löpande samordningen sköts av två handläggare från kommunen, drogsamordnaren och fritidskonsulenten,
tillsammans med kommunpolisen. De stämmer av läget varje tisdag. Drogsamordnaren kallar till avstämningarna.
"""


def test_coordination_done_by_people_a_count_sums_up_and_those_with_them():
    g = _groups(COORDINATORS)["Samordnarna"]
    assert g["members"] == ["drogsamordnare", "fritidskonsulent", "kommunpolis"]
    assert g["chair"] == "drogsamordnare"  # who calls to the check-ins calls the group together


BRACKETS = """# Samverkan i Påhittsby

### Ledningsgruppen Trygga Påhittsby

Ledningsgruppen tar beslut om mål och medel. Den består av

- kommundirektören (ordförande udda år)
- polischefen (ordförande jämna år)
- miljöchefen (adjungerad när tillsyn behandlas)

Vice kommundirektören är ersättare för kommundirektören och deltar bara vid förfall. Ledningsgruppen ses fyra
gånger per år.

### Arbetsgruppen

I gruppen ingår fältassistenten och kommunpolisen. Trygghetsstrategen deltar som länk till ledningsgruppen och
för minnesanteckningar. Gruppen träffas varje månad.

### Trygghetsmöte Påhittsby

Vår och höst bjuder kommunen in till ett öppet möte för boende. Från parterna deltar kommunpolisen och
fritidschefen (leder mötet).
"""


def test_roles_in_brackets_and_substitutes():
    found = _groups(BRACKETS, "x.md")
    led = found["Ledningsgruppen Trygga Påhittsby"]
    assert led["members"] == ["kommundirektör", "polischef", "miljöchef"]  # the list is no priority areas
    assert led["chair"] == ["kommundirektör", "polischef"] and led["chair_alternating"] is True
    assert "trygghetsstrateg" in found["Arbetsgruppen"]["members"]  # "deltar som länk …": takes part
    assert found["Trygghetsmöte Påhittsby"]["chair"] == "fritidschef"


def test_a_paragraph_going_on_into_a_list_is_no_heading():
    assert not is_heading("Gruppen tar beslut om mål. Den består av", True, "")
    assert is_heading("Det här jobbar vi med", True, "")  # a heading may end on its preposition


EACH = """Överenskommelse om trygghet i Exempelby kommun

5 Organisation

Samordningsgruppen leds av säkerhetschefen och träffas varje månad.

Det finns två lokala grupper:

- Lokala gruppen Norrby (Norrby och Åsen)
- Lokala gruppen Söderby (Söderby, Viken och Näset)

I varje lokal grupp ingår kommunpolisen, trygghetssamordnaren och en fritidsledare. Kommunpolisen leder
gruppens möten. I Söderby leds mötena i stället av trygghetssamordnaren.

De lokala grupperna träffas varannan vecka och rapporterar till samordningsgruppen.
"""


def test_groups_a_list_names_are_each_group_the_words_speak_of():
    found = _groups(EACH)
    assert "Lokala grupper" not in found  # "två lokala grupper": groups counted, none named
    for name, chair in (("Lokala gruppen Norrby", "kommunpolis"), ("Lokala gruppen Söderby", "trygghetssamordnare")):
        g = found[name]
        assert g["members"] == ["kommunpolis", "trygghetssamordnare", "fritidsledare"]
        assert g["chair"] == chair  # the place a sentence fronts has its own chair
        assert g["frequency_per_year"] == 26
        assert g["reports_to"] == ["Samordningsgruppen"]
    assert "Lokala gruppen Norrby" not in found["Samordningsgruppen"].get("members", [])
