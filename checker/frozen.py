"""A read-only mapping that survives pickling, so plans and results can cross process boundaries.

``types.MappingProxyType`` would do, but it cannot be pickled, and a run with ``--jobs`` sends
rule metadata to worker processes and results back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NoReturn, TypeVar

_K = TypeVar("_K")
_V = TypeVar("_V")


class FrozenMap(dict[_K, _V]):
    """A ``dict`` whose contents cannot change after construction."""

    def _read_only(self, *args: object, **kwargs: object) -> NoReturn:
        msg = "FrozenMap is read-only"
        raise TypeError(msg)

    __setitem__ = __delitem__ = __ior__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only

    def __reduce__(self) -> tuple[type[FrozenMap[_K, _V]], tuple[dict[_K, _V]]]:
        return (type(self), (dict(self),))

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))


def frozen(mapping: Mapping[_K, _V] | Iterable[tuple[_K, _V]] | None = None) -> FrozenMap[_K, _V]:
    """A :class:`FrozenMap` copy of ``mapping`` (empty when None)."""
    return FrozenMap(mapping or {})
