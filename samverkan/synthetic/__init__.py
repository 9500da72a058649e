"""Synthetic data sets: invented but shaped like the real one, with known violations of every rule.

    from samverkan.synthetic import generate
    s = generate(agreements=300, seed=1)       # s.data: DataSet, s.injected: [(rule, subject, agreement)]

A register of an invented city and police region (names from syllable pools, people "Person 0042"), a
city-wide agreement with a central steering and preparation group (id CENTRAL_ID, governed by the bundled
profile of the same name), and `agreements` local agreements of about 6 groups, 25 roles, 40 memberships and
5 activities each, and their follow-up (samverkan.synthetic.followup). For every rule of the catalogue
except the waiver rules, round(violation_rate × agreements) local agreements (at least one when the rate is
above 0), drawn at random, get a violation of that rule
(samverkan.synthetic.violations); `injected` lists them sorted, each as the finding names it. Same arguments,
same data set: only `random.Random(seed)` decides.

The data set is meant to be checked at AS_OF or any later date (`samverkan check DIR` without --as-of checks
today): the clean part gives no findings then, and every injected violation is found.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass

from samverkan.io.gcpause import gc_paused
from samverkan.model.dataset import DataSet
from samverkan.synthetic.central import CENTRAL_ID, build_central
from samverkan.synthetic.draft import Draft
from samverkan.synthetic.followup import build_follow_up
from samverkan.synthetic.local import build_local
from samverkan.synthetic.names import People, PlaceNames
from samverkan.synthetic.register import build_register
from samverkan.synthetic.roles import Roles
from samverkan.synthetic.violations import INJECTORS, Target

__all__ = ["AS_OF", "CENTRAL_ID", "PROFILE", "RULES_INJECTED", "Synthetic", "generate", "injections_per_rule"]

AS_OF = dt.date(2025, 1, 1)
"""The documented audit date for synthetic data sets (any later date gives the same findings)."""
PROFILE = CENTRAL_ID
"""The profile `profile_for` picks for a synthetic data set: the bundled profile named after its city-wide agreement."""
RULES_INJECTED = tuple(sorted(INJECTORS))


@dataclass
class Synthetic:
    data: DataSet
    injected: list[tuple[str, str, str]]
    """(rule code, subject id, agreement id) of each injected violation, sorted."""
    agreements: int
    seed: int
    violation_rate: float

    def manifest(self) -> str:
        """injected.json: the arguments, the audit date and profile, and every injected violation."""
        return json.dumps({
            "agreements": self.agreements, "seed": self.seed, "violation_rate": self.violation_rate,
            "as_of": AS_OF.isoformat(), "profile": PROFILE,
            "injected": [{"rule": r, "subject": s, "agreement": a} for r, s, a in self.injected],
        }, ensure_ascii=False, indent=1) + "\n"


def injections_per_rule(agreements: int, violation_rate: float) -> int:
    """How many local agreements get a violation of each rule."""
    if violation_rate <= 0:
        return 0
    return min(agreements, max(1, round(violation_rate * agreements)))


def generate(agreements: int, seed: int, violation_rate: float = 0.1) -> Synthetic:
    """A synthetic data set of `agreements` local agreements with known violations (see the module doc)."""
    if agreements < 1:
        raise ValueError("agreements must be at least 1")
    if not 0 <= violation_rate <= 1:
        raise ValueError("violation_rate must be between 0 and 1")
    with gc_paused():  # hundreds of thousands of small dicts and models, none of them cyclic garbage
        return _generate(agreements, seed, violation_rate)


def _generate(agreements: int, seed: int, violation_rate: float) -> Synthetic:
    rng = random.Random(seed)
    draft = Draft()
    places = PlaceNames(rng)
    roles = Roles(draft, People(), rng)
    register = build_register(draft, agreements, rng, places)
    central = build_central(draft, register, roles)
    plans = [build_local(draft, register, central, d, roles, rng) for d in register.districts]
    for plan in plans:
        build_follow_up(draft, plan)
    injected = []
    count = injections_per_rule(agreements, violation_rate)
    for code in RULES_INJECTED:
        for n in sorted(rng.sample(range(agreements), count)):
            subject, agreement = INJECTORS[code](Target(draft, plans[n], central, roles, places, rng))
            injected.append((code, subject, agreement))
    data = draft.to_dataset(f"syntet-{agreements}-{seed}")
    return Synthetic(data, sorted(injected), agreements, seed, violation_rate)
