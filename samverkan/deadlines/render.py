"""The deadlines as text for the terminal, JSON, and an RFC 5545 calendar (icalendar) that Outlook imports."""

from __future__ import annotations

import datetime as dt
import json

from samverkan.deadlines.derive import Deadline
from samverkan.io.i18n import Msg

KIND_WORDS = {
    "expiry": Msg("utgång", "expiry"),
    "consultation": Msg("samråd", "consultation"),
    "revision": Msg("revidering", "revision"),
    "situation_picture": Msg("lägesbild", "situation picture"),
    "follow_up": Msg("uppföljning", "follow-up"),
    "report": Msg("rapport", "report"),
    "promise": Msg("medborgarlöfte", "citizen promise"),
    "action": Msg("åtgärd", "measure"),
}


def summary(d: Deadline, lang: str) -> str:
    return f"{d.party}: {d.what.get(lang)}" if d.party else d.what.get(lang)


def to_text(items: list[Deadline], lang: str) -> str:
    if not items:
        return Msg("Inga tidsgränser i perioden.", "No deadlines in the period.").get(lang) + "\n"
    lines = []
    for d in items:
        lines.append(f"{d.date}  {summary(d, lang)}")
        lines.append(f"            {d.how.get(lang)}")
        if d.source is not None:
            lines.append(f"            {Msg('Källa', 'Source').get(lang)}: {d.citation(lang)}")
    return "\n".join(lines) + "\n"


def to_json(items: list[Deadline], lang: str) -> str:
    return json.dumps([d.to_json(lang) for d in items], ensure_ascii=False, indent=2) + "\n"


def to_ics(items: list[Deadline], lang: str, stamp: dt.date, name: str) -> bytes:
    """A calendar of all-day events. UID from what the deadline is, DTSTAMP `stamp` (a date from the data):
    the same data give the same bytes."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//samverkan//tidsgranser//SV")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    when = dt.datetime(stamp.year, stamp.month, stamp.day, tzinfo=dt.UTC)
    for d in items:
        event = Event()
        event.add("uid", d.uid)
        event.add("dtstamp", when)
        event.add("dtstart", d.date)
        event.add("dtend", d.date + dt.timedelta(days=1))
        event.add("summary", summary(d, lang))
        source = d.citation(lang)
        cited = f"\n{Msg('Källa', 'Source').get(lang)}: {source}" if source else ""
        event.add("description", d.how.get(lang) + cited)
        event.add("categories", [KIND_WORDS[d.kind].get(lang)])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()
