"""Python's cyclic garbage collector paused while many objects are built or kept."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic collections inside (objects that drop go by reference counting): building or keeping hundreds of
    thousands of small objects triggers collections that walk all of them again and again; the collector is on
    again after, as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
