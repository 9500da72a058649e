"""The model: entities, the data set, validation across it, and the derived graph.

Imports none of the other packages of samverkan.
"""

from samverkan.model.dataset import DataSet
from samverkan.model.entities import ENTITY_TYPES

__all__ = ["DataSet", "ENTITY_TYPES"]
