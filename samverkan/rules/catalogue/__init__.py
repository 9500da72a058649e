"""The rule catalogue: one module per family, each rule declared once with `samverkan.rules.base.rule`.

Importing this package imports every module in it, which registers its rules in `RULES`; a new family is a
new module here and needs no other edit.
"""

from __future__ import annotations

import importlib
import pkgutil

from samverkan.rules.base import RULES

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    importlib.import_module(f"{__name__}.{_module}")

__all__ = ["RULES"]
