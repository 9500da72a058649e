"""Extract reads an agreement forwarded or replied to whole in an e-mail (a header, a few lines of cover, every
line of the agreement quoted "> ", or ">> " when forwarded twice) as the agreement as written; a reply whose own
words say more than the message it quotes keeps the quote out. Short texts written for these tests, with
invented names; none comes from the corpus."""

from __future__ import annotations

from samverkan.extract.document import Document, read_document
from samverkan.extract.record import recognise
from samverkan.extract.thread import as_forwarded, forwarded_whole

AGREEMENT = """Överenskommelse om samverkan i Öby 2026–2028

1. Parter

Öby kommun och Polismyndigheten genom lokalpolisområde Öby.

2. Organisation

Styrgruppen består av kommundirektören och lokalpolisområdeschefen. Styrgruppen träffas fyra gånger per år.

Samordnarna, kommunpolisen och trygghetssamordnaren, ses varje vecka och bereder styrgruppens möten.
"""

COVER = """Från: Stina Påhittad <stina@oby.example>
Skickat: den 9 april 2026 08:30
Till: Nämndsekreterare
Ämne: VB: Avtalet

Hej! Avtalet nedan, för nämndens handlingar.

-----Ursprungligt meddelande-----
"""


def _quoted(text: str, mark: str = "> ") -> str:
    return "\n".join(f"{mark}{line}".rstrip() for line in text.splitlines()) + "\n"


def _plain(text: str) -> dict:
    """What is read, without the lines it was read on (a forward's stand lower)."""
    return _unlined(recognise(Document.from_text("x.txt", text)).to_plain())


def _unlined(value):
    if isinstance(value, dict):
        return {k: _unlined(v) for k, v in value.items() if k != "_lines"}
    return [_unlined(v) for v in value] if isinstance(value, list) else value


def test_an_agreement_forwarded_whole_reads_as_written():
    forwarded = _plain(COVER + _quoted(AGREEMENT))
    assert forwarded == _plain(AGREEMENT)
    assert forwarded["groups"]["Styrgruppen"]["frequency_per_year"] == 4


def test_an_agreement_forwarded_twice_reads_as_written():
    inner = COVER.replace("VB:", "VB: VB:") + _quoted(AGREEMENT)
    assert _plain(COVER + _quoted(inner)) == _plain(AGREEMENT)


def test_a_forward_keeps_its_line_numbers_and_blanks_the_cover():
    raw = (COVER + _quoted(AGREEMENT)).splitlines()
    read = as_forwarded(raw)
    assert len(read) == len(raw) and not any(line.strip() for line in read[:len(COVER.splitlines())])
    assert read[len(COVER.splitlines())] == AGREEMENT.splitlines()[0]


def test_a_reply_saying_more_than_the_message_it_quotes_keeps_the_quote_out():
    reply = COVER.replace("Hej! Avtalet nedan, för nämndens handlingar.", "\n".join(
        f"Punkt {n}: vi vill ändra avsnitt {n} i utkastet, se nedan." for n in range(1, 6)))
    raw = (reply + _quoted("Hej!\nHär är utkastet.\nStyrgruppen ses sex gånger.\nSäg till.\n/Ola\nKommunpolis"))
    assert forwarded_whole(raw.splitlines()) is None
    assert as_forwarded(raw.splitlines()) == raw.splitlines()


def test_a_spreadsheet_export_forwarded_whole_is_still_read_as_one(tmp_path):
    sheet = "\n".join(["Uppgift;Värde;Kommentar", "Avtalets namn;Trygga Öby;beslutat i maj",
                       "Kommunens dnr;KS 2026/31;", "Gäller fr.o.m.;2026-06-01;", "Gäller t.o.m.;2028-05-31;",
                       "Grupp;Deltagare;Möten", "Styrgruppen;kommunchef;4 ggr/år"]) + "\n"
    path = tmp_path / "blad.txt"
    path.write_text(COVER + _quoted(sheet), encoding="utf-8")
    (title, facts), = recognise(read_document(path)).to_plain()["agreement"].items()
    assert title == "Trygga Öby" and facts["dnr"] == ["KS 2026/31"]
