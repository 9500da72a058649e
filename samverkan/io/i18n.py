"""Bilingual user-facing text: Swedish by default, English with `--lang en`."""

from __future__ import annotations

from typing import Literal, NamedTuple

Lang = Literal["sv", "en"]
LANGS: tuple[Lang, ...] = ("sv", "en")


class Msg(NamedTuple):
    sv: str
    en: str

    def get(self, lang: str = "sv") -> str:
        return self.en if lang == "en" else self.sv

    def format(self, **values: object) -> Msg:
        return Msg(self.sv.format(**values), self.en.format(**values))
