"""Tests of the tests: the H1 checker's field-intent replay (I5/I6) flags a lost field update and a silent
identity overwrite, and passes the histories that keep both (no database: the server side as it was read)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from tests.sync.checker import _field_intent, json_merge

ROW = "5a0c4a55-0000-4000-8000-000000000001"
T0 = datetime(2027, 3, 1, tzinfo=UTC)


def _server(final: dict[str, Any], results: dict[tuple[str, int], str],
            items: tuple[dict[str, Any], ...] = ()) -> SimpleNamespace:
    rules = {"students": {"identity_cols": ["full_name", "gender"], "json_cols": ["extra_data"],
                          "server_owned": ["updated_at", "server_seq"]}}
    order = {key: T0 + timedelta(seconds=n) for n, key in enumerate(results)}
    return SimpleNamespace(
        rules=rules, aliases={}, winner=lambda row_id: row_id,
        results={k: {"status": s, "created_at": order[k]} for k, s in results.items()},
        tables={"students": {ROW: {"id": ROW, **final}}, "review_items": {
            str(n): {"kind": "field_conflict", "table_name": "students", "row_id": ROW, "payload": item}
            for n, item in enumerate(items)}})


def _pc(client: str, *entries: tuple[int, dict[str, Any], dict[str, Any] | None]) -> SimpleNamespace:
    """A PC's archive: (mutation id, data, base); no base = the insert."""
    return SimpleNamespace(client_id=client, archive=[
        {"mutation_id": m, "table_name": "students", "row_id": ROW, "op": "insert" if base is None else "patch",
         "data": json.dumps(data), "base": None if base is None else json.dumps(base), "result": "applied"}
        for m, data, base in entries])


INSERT = (1, {"full_name": "Ana", "gender": "F", "is_active": True, "extra_data": {}}, None)


def test_edits_of_different_fields_from_two_pcs_both_survive() -> None:
    a = _pc("a", INSERT, (2, {"extra_data": {"eps": "Sura"}}, {"extra_data": {}}))
    b = _pc("b", (1, {"is_active": False}, {"is_active": True}))
    server = _server({"full_name": "Ana", "gender": "F", "is_active": False, "extra_data": {"eps": "Sura"}},
                     {("a", 1): "applied", ("b", 1): "applied", ("a", 2): "applied"})
    assert _field_intent(server, [a, b]) == []


def test_a_lost_field_update_is_an_i5_violation() -> None:
    a = _pc("a", INSERT, (2, {"extra_data": {"eps": "Sura"}}, {"extra_data": {}}))
    b = _pc("b", (1, {"extra_data": {"barrio": "Centro"}}, {"extra_data": {}}))
    server = _server({"full_name": "Ana", "gender": "F", "is_active": True, "extra_data": {"barrio": "Centro"}},
                     {("a", 1): "applied", ("a", 2): "applied", ("b", 1): "applied"})
    problems = _field_intent(server, [a, b])
    assert len(problems) == 1 and problems[0].startswith("I5 students") and ".extra_data" in problems[0]


def test_a_concurrent_identity_edit_needs_its_field_conflict_item() -> None:
    a = _pc("a", INSERT, (2, {"gender": "M"}, {"gender": "F"}))
    b = _pc("b", (1, {"gender": None}, {"gender": "F"}))  # made before it saw a's edit
    results = {("a", 1): "applied", ("a", 2): "applied", ("b", 1): "applied"}
    kept = {"full_name": "Ana", "gender": "M", "is_active": True, "extra_data": {}}
    conflict = {"fields": {"gender": {"server": "M", "yours": None, "base": "F"}}}
    assert _field_intent(_server(kept, results, (conflict,)), [a, b]) == []
    assert [p[:2] for p in _field_intent(_server(kept, results), [a, b])] == ["I6"]  # no item: flagged
    overwritten = {**kept, "gender": None}  # the second edit silently replaced the first
    assert any(p.startswith("I6") for p in _field_intent(_server(overwritten, results, (conflict,)), [a, b]))


def test_json_merge_follows_key_paths() -> None:
    assert json_merge({"eps": "Sura", "barrio": "Centro"}, {"eps": "Sura"}, {"eps": "Nueva"}) == {
        "eps": "Nueva", "barrio": "Centro"}
    assert json_merge({"a": {"x": 1, "y": 2}}, {"a": {"x": 1}}, {"a": {"x": 3}}) == {"a": {"x": 3, "y": 2}}
    assert json_merge({"eps": "Otra"}, {"eps": "Sura"}, {}) == {"eps": "Otra"}  # changed meanwhile: kept
