"""SAM098, SAM099: waivers that match no finding, and waivers that have expired.

Their findings come from applying the waivers (`samverkan.rules.waivers`); the rules themselves check nothing.
"""

from __future__ import annotations

from samverkan.io.i18n import Msg
from samverkan.rules.base import Example, RunContext, rule


@rule(
    "SAM098",
    reads="",
    title=Msg("Undantag som inte matchar något fynd", "Waiver that matches no finding"),
    severity="warning",
    clause="(undantagsfilen / the waiver file)",
    description=Msg(
        "Ett undantag (--waivers) vars regel och subjekt inte matchar något fynd i körningen. Det är antingen "
        "inaktuellt (felet är åtgärdat) eller felstavat; båda bör rättas så att undantagslistan förblir sann.",
        "A waiver (--waivers) whose rule and subject match no finding of the run. It is either stale (the problem "
        "was fixed) or misspelt; both should be corrected so that the list of waivers stays true."),
    failing=Example(
        Msg("Ett undantag för SAM030 gäller en grupp som inte finns (felstavad).",
            "A waiver for SAM030 names a group that does not exist (misspelt)."),
        waivers="""
            - {rule: SAM030, subject: a-2023/styrgrp, reason: exempel, decided_by: stadsledningskontoret}
        """,
    ),
    generic=True,
)
def _unmatched(ctx: RunContext):
    return ()


@rule(
    "SAM099",
    reads="",
    title=Msg("Undantag som har gått ut", "Expired waiver"),
    severity="warning",
    clause="(undantagsfilen / the waiver file)",
    description=Msg(
        "Ett undantag vars 'expires' ligger före granskningsdagen. Det undantar inget längre; fynden det gällde "
        "rapporteras som vanligt, och undantaget självt rapporteras tills det förnyats eller tagits bort.",
        "A waiver whose 'expires' lies before the audit date. It waives nothing any more; the findings it covered "
        "are reported as usual, and the waiver itself is reported until renewed or removed."),
    failing=Example(
        Msg("Ett undantag gick ut 2023-06-30, före granskningsdagen 2024-01-01.",
            "A waiver expired on 2023-06-30, before the audit date 2024-01-01."),
        waivers="""
            - {rule: SAM030, subject: a-2023/styrgrupp, reason: exempel, decided_by: stadsledningskontoret,
                expires: '2023-06-30'}
        """,
    ),
    generic=True,
)
def _expired(ctx: RunContext):
    return ()
