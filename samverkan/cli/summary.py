"""`samverkan summary`: what a data set holds."""

from __future__ import annotations

import json
import sys

from samverkan import app as use_case
from samverkan.cli.common import (
    DataPath,
    Format,
    Lang,
    ShowPeople,
    app,
    check_choice,
    h,
    load_or_exit,
    out,
)
from samverkan.io.i18n import Msg


@app.command(help=h("Antal entiteter per slag och per överenskommelse.", "Counts per entity kind and per agreement."))
def summary(path: DataPath, fmt: Format = "text", show_people: ShowPeople = False, lang: Lang = "sv") -> None:
    from rich.table import Table  # here: every other command starts without it

    from samverkan.model.fields import choice_word, section_label
    from samverkan.model.summary import summarise

    check_choice(fmt, ("text", "json"), "--format", lang)
    data = use_case.for_output(load_or_exit(path, lang), show_people, lang)
    result = summarise(data)
    if fmt == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        return
    t = Msg
    out.print(t(f"Datamängd: {result['dataset']}", f"Data set: {result['dataset']}").get(lang))
    counts = Table(t("Entiteter", "Entities").get(lang), t("Antal", "Count").get(lang))
    for kind, n in result["counts"].items():
        counts.add_row(section_label(kind, lang), str(n))
    out.print(counts)
    agreements = Table(
        t("överenskommelse", "agreement").get(lang), t("id (för --agreement)", "id (for --agreement)").get(lang),
        t("nivå", "level").get(lang), t("giltig", "valid").get(lang),
        t("grupper", "groups").get(lang),
        t("aktiviteter", "activities").get(lang), t("prioriterade områden", "priority areas").get(lang),
        t("medlemskap", "memberships").get(lang), title=t("Överenskommelser", "Agreements").get(lang),
    )
    for a in result["agreements"]:
        valid = f"{a['valid_from'] or '?'} – {a['valid_to'] or t('tills vidare', 'until further notice').get(lang)}"
        title = data.get(a["id"]).title
        agreements.add_row(title, a["id"], choice_word("level", a["level"], lang), valid, str(a["groups"]),
                           str(a["activities"]), str(a["priority_areas"]), str(a["memberships"]))
    out.print(agreements)
