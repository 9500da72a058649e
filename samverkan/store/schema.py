"""The JSON Schema of a data file, generated from the model (`samverkan schema`)."""

from __future__ import annotations

import json

from pydantic import ConfigDict, create_model

from samverkan.model.entities import ENTITY_TYPES


def dataset_schema() -> dict:
    fields = {section: (list[cls] | None, None) for section, cls in ENTITY_TYPES.items()}
    data_file = create_model("DataFile", __config__=ConfigDict(extra="forbid"), **fields)
    return _titled(data_file, "samverkan data file", "One YAML file of a samverkan data set: lists of entities by "
                   "section. See docs/DESIGN.md and docs/GLOSSARY.md for the vocabulary.")


def changeset_schema() -> dict:
    from samverkan.model.changes import ChangeSet

    return _titled(ChangeSet, "samverkan change set", "A change set (what-if): operations on a data set (add, "
                   "remove, update, set_profile) with their source. An added entity follows the data file schema of "
                   "its section.")


def _titled(model, title: str, description: str) -> dict:
    """The JSON Schema (2020-12) of a pydantic model, with a title and a description."""
    schema = model.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = title
    schema["description"] = description
    return schema


SCHEMAS = {"data": dataset_schema, "changeset": changeset_schema}
"""Kind of file → its schema; `samverkan schema --kind`."""


def schema_json(kind: str = "data") -> str:
    return json.dumps(SCHEMAS[kind](), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def dataset_schema_json() -> str:
    return schema_json("data")
