"""Groups as the text describes them, in prose, lists or tables: name, kind, members, chair, meetings a year and
whom they report to. A sentence is about the group it names as its subject, or (with "Den", "Gruppen",
"Rådet") the group the sentences before were about, or the group of its heading.

The readings by theme are in the modules of this package; `GroupReader` (in `reader`) joins them."""

from samverkan.extract.meaning.groups.reader import GroupReader

__all__ = ["GroupReader"]
