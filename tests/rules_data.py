"""A small synthetic data set that satisfies every profile, and helpers to break it one rule at a time."""

from __future__ import annotations

import copy
import datetime as dt

from samverkan.model.dataset import DataSet
from samverkan.rules.examples import SRC, clean_dict  # noqa: F401  (the example world)

AS_OF = dt.date(2024, 1, 1)

# the profiles of the real data with a day each falls under: tests that must hold under every profile
REAL_PROFILES = [
    ("stockholm-2023", dt.date(2024, 1, 1)),
    ("stockholm-2019", dt.date(2020, 6, 1)),
    ("remiss-hl-2019", dt.date(2019, 6, 1)),
    ("bra-model", dt.date(2024, 1, 1)),
]
# generated data sets (agreements, seed, violation rate), few to many violations, for the same kind of tests
GENERATED_SETS = [(3, 0, 0.1), (3, 1, 0.5), (4, 2, 1.0)]


def build(sections: dict) -> DataSet:
    return DataSet.model_validate(sections)


def clean() -> DataSet:
    return build(clean_dict())


def changed(fn) -> DataSet:
    """The clean data set with `fn(sections)` applied to a deep copy of its sections."""
    sections = copy.deepcopy(clean_dict())
    fn(sections)
    return build(sections)


def find(sections: dict, section: str, id: str) -> dict:
    return next(x for x in sections[section] if x.get("id") == id)


def drop(sections: dict, section: str, pred) -> None:
    sections[section] = [x for x in sections[section] if not pred(x)]
