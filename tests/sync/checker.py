"""The H1 checker: invariants I1–I9 and I11 of sync.md §6.2 on one trial's school, after quiescence.

It reads the server once (a handful of queries) and each PC's file once, then checks:

- I1 accounted: every entry a PC archived is recorded by the server with the same result; every server
  rejection is on the PC, marked, and has exactly one review item (I2: a second delivery makes none); every
  held entry waits in `sync.held_mutations` behind a duplicate_suspect item (held + visible = accounted);
  no result is a server failure (`internal_error`).
- I3 converged: every synced table, aliases, events and review items hold the server's rows at the server's
  seq (and the same values for the fields the trials edit).
- I4 no digest repairs were needed; I9 nothing pending.
- I5/I6 field intent: the students' accepted inserts and patches replayed in the server's arrival order by
  the rules of issue 9 decision 7 (identity fields only over their base, else a field_conflict item; JSON
  per key path; other fields last arrival wins; a merged duplicate only fills empty fields) give the
  server's final values, and every identity conflict the replay expects has its field_conflict item.
- I7 no row, here or on a PC, points at an alias loser; foreign keys hold on every PC.
- I8 status history as list-append: every accepted event appears once, in the history or flagged invalid
  with its item; the history is a chain of moves ending at the status; it holds only real events; every PC
  has the same history. I11: each event's corrected time (`ordered_at`) is its real moment (the PC's skew
  removed) within OFFSET_ERROR, and the history follows the corrected times.
- Tenancy: nothing landed in the other school (a PC of both schools pushed rows naming it).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg.rows import dict_row

from desktop_app.domain.text import fold

if TYPE_CHECKING:
    from tests.sync.harness import Trial
    from tests.sync.pc import Pc

COMPARED = {
    "students": ("full_name", "gender", "is_active", "extra_data", "document_number", "birth_date"),
    "guardians": ("full_name", "is_active"),
    "student_guardians": ("student_id", "guardian_id", "deleted_at"),
    "enrollments": ("student_id", "status"),
    "school_years": ("name",),
}
REMOTE = ("id_aliases", "enrollment_status_events", "review_items")
POINTERS = {"student_guardians": ("student_id", "guardian_id"), "enrollments": ("student_id",)}
OFFSET_ERROR = timedelta(seconds=60)
"""A corrected time carries the offset's measuring error: the time between the PC stamping `client_now` and
the server's `now()` (milliseconds on a quiet machine, seconds on a loaded one, the parking time for a stale
request); a skew left uncorrected is at least five minutes."""


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


def _same(a: Any, b: Any) -> bool:
    """Equal as the server's JSON would compare them (dates as ISO text, bools as bools)."""
    def norm(v: Any) -> Any:
        if isinstance(v, datetime):
            return v.isoformat()
        if hasattr(v, "isoformat"):
            return v.isoformat()
        return v
    return norm(a) == norm(b)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == {}


def json_merge(server: Any, base: Any, new: Any) -> Any:
    """Per key path, recursively (issue 9 decision 7): keys the PC changed take its value, keys it removed go
    unless the server changed them meanwhile, the rest keep the server's."""
    if not isinstance(new, dict) or not isinstance(server, dict):
        return new
    base = base if isinstance(base, dict) else {}
    result = dict(server)
    for key in set(new) | set(base):
        if key not in new:
            if server.get(key) == base.get(key):
                result.pop(key, None)
        elif base.get(key) != new[key]:
            result[key] = json_merge(server.get(key), base.get(key), new[key])
    return result


class Snapshot:
    """The server's side of one trial's school."""

    def __init__(self, conn: psycopg.Connection[Any], school: str, clients: list[str]) -> None:
        def rows(sql: str, params: tuple[Any, ...] = (school,)) -> list[dict[str, Any]]:
            return conn.execute(sql, params).fetchall()  # type: ignore[return-value]

        self.tables = {t: {str(r["id"]): r for r in rows(f"SELECT * FROM {t} WHERE school_id = %s")}
                       for t in (*COMPARED, "enrollment_status_events", "id_aliases", "review_items")}
        self.results = {(str(r["client_id"]), r["mutation_id"]): r for r in rows(
            "SELECT client_id, mutation_id, status, code, created_at FROM sync.mutation_results "
            "WHERE client_id = ANY (%s::uuid[])", (clients,))}
        held = rows("SELECT client_id, mutation_id, item_id FROM sync.held_mutations WHERE school_id = %s")
        self.held = {(str(r["client_id"]), r["mutation_id"]): str(r["item_id"]) for r in held}
        self.held_twice = [k for k, n in Counter((str(r["client_id"]), r["mutation_id"]) for r in held).items()
                           if n > 1]
        self.rules = {r["table_name"]: r for r in rows(
            "SELECT table_name, identity_cols, json_cols, server_owned FROM sync.table_rules", ())}
        self.aliases = {i: str(r["winner_id"]) for i, r in self.tables["id_aliases"].items()}

    def winner(self, row_id: str) -> str:
        seen = set()
        while row_id in self.aliases and row_id not in seen:
            seen.add(row_id)
            row_id = self.aliases[row_id]
        return row_id


class Local:
    """One PC's file, read once."""

    def __init__(self, pc: Pc, school: str) -> None:
        self.name = pc.path.stem
        self.client_id = pc.engine.identity.client_id
        q = pc.rows
        self.pending = q("SELECT count(*) FROM sync_outbox WHERE state = 'pending'")[0][0]
        columns = "mutation_id, table_name, row_id, op, data, base, result"
        self.archive = [dict(zip(columns.split(", "), r, strict=True))
                        for r in q(f"SELECT {columns} FROM sync_outbox_archive ORDER BY mutation_id")]
        self.rejected = {r[0]: tuple(r) for r in q(
            "SELECT mutation_id, local_time, row_id FROM sync_outbox WHERE state = 'rejected'")}
        self.tables: dict[str, dict[str, dict[str, Any]]] = {}
        for table, fields in COMPARED.items():
            cols = ", ".join(("id", "server_seq", *fields))
            self.tables[table] = {str(r[0]): dict(zip(("id", "server_seq", *fields), r, strict=True))
                                  for r in q(f"SELECT {cols} FROM {table} WHERE school_id = ?", (school,))}
        self.histories = {r[0]: _json(r[1]) or [] for r in q(
            "SELECT id, status_history FROM enrollments WHERE school_id = ?", (school,))}
        self.remote = {(r[0], r[1]): r[2] for r in q(
            "SELECT table_name, id, server_seq FROM sync_remote_rows WHERE school_id = ?", (school,))}
        self.foreign_keys = q("PRAGMA foreign_key_check")


def check(trial: Trial, pcs: list[Pc]) -> list[str]:
    school = trial.school.id
    locals_ = [Local(pc, school) for pc in pcs]
    with psycopg.connect(trial.owner_url, autocommit=True, row_factory=dict_row) as conn:
        server = Snapshot(conn, school, [local.client_id for local in locals_])
        elsewhere = conn.execute(
            "SELECT (SELECT count(*) FROM students WHERE school_id = %(o)s) + (SELECT count(*) FROM guardians "
            "WHERE school_id = %(o)s) + (SELECT count(*) FROM enrollments WHERE school_id = %(o)s) AS n",
            {"o": trial.school.other}).fetchone()
    problems: list[str] = []
    for local in locals_:
        problems += _accounted(server, local)
        problems += _converged(server, local)
    problems += _field_intent(server, locals_)
    problems += _no_losers(server, locals_)
    problems += _events(server, locals_, trial.skews)
    if elsewhere and elsewhere["n"]:
        problems.append(f"tenancy: {elsewhere['n']} rows landed in the other school")
    if server.held_twice:
        problems.append(f"I2 held twice (client, mutation): {server.held_twice[:3]}")
    if trial.digest_repairs:
        problems.append(f"I4 a pull skipped rows: {trial.digest_repairs} digest repairs")
    for pc in pcs:
        problems += [f"I9 {pc.path.stem}: {e}" for e in getattr(pc.transport, "errors", [])]
    return problems


def _accounted(server: Snapshot, local: Local) -> list[str]:
    problems = []
    name, client = local.name, local.client_id
    if local.pending:
        problems.append(f"I9 {name}: {local.pending} entries still pending after quiescence")
    mine = {m: r for (c, m), r in server.results.items() if c == client}
    lost = [e["mutation_id"] for e in local.archive if e["mutation_id"] not in mine]
    if lost:
        problems.append(f"I1 {name}: archived but never recorded by the server: {lost[:10]}")
    wrong = [(e["mutation_id"], e["result"], mine[e["mutation_id"]]["status"]) for e in local.archive
             if e["mutation_id"] in mine and e["result"] != mine[e["mutation_id"]]["status"]
             and not (e["result"] == "applied" and mine[e["mutation_id"]]["status"] == "noop")]
    if wrong:
        problems.append(f"I1 {name}: results differ from the server's: {wrong[:10]}")
    server_rejected = {m for m, r in mine.items() if r["status"] == "rejected"}
    if set(local.rejected) != server_rejected:
        problems.append(f"I1 {name}: rejected here {sorted(set(local.rejected) - server_rejected)[:5]}, "
                        f"rejected by the server but not shown here {sorted(server_rejected - set(local.rejected))[:5]}")
    failures = [(m, r["code"]) for m, r in mine.items() if (r["code"] or "").startswith("internal_error")]
    if failures:
        problems.append(f"I9 {name}: the server failed on valid changes: {failures[:5]}")
    items: Counter[tuple[Any, ...]] = Counter()
    for item in server.tables["review_items"].values():
        mutation = (item["payload"] or {}).get("mutation") or {}
        if item["kind"] in ("rejected_mutation", "edit_after_delete") and mutation:
            items[(mutation.get("mutation_id"), mutation.get("local_time"), mutation.get("row_id"))] += 1
    archived = {e["mutation_id"]: e for e in local.archive}
    for mutation_id, key in local.rejected.items():
        if mutation_id in server_rejected and items[key] != 1:
            label = "I1" if not items[key] else "I2"
            problems.append(f"{label} {name}: rejected mutation {mutation_id} has {items[key]} review items")
    for mutation_id, result in mine.items():
        if result["status"] == "held":
            item = server.held.get((client, mutation_id))
            if item is None or item not in server.tables["review_items"]:
                problems.append(f"I1 {name}: mutation {mutation_id} held with no waiting entry and item")
            elif mutation_id not in archived:
                problems.append(f"I1 {name}: mutation {mutation_id} held on the server, not archived here")
    return problems


def _converged(server: Snapshot, local: Local) -> list[str]:
    problems = []
    held = {e["row_id"] for e in local.archive if e["result"] == "held"}
    for table, fields in COMPARED.items():
        theirs = {i: r["server_seq"] for i, r in server.tables[table].items()}
        ours = {i: r["server_seq"] for i, r in local.tables[table].items() if not (r["server_seq"] is None and i in held)}
        if theirs != ours:
            only_server = sorted(set(theirs.items()) - set(ours.items()))[:3]
            only_here = sorted(set(ours.items()) - set(theirs.items()), key=str)[:3]
            problems.append(f"I3 {local.name} {table}: only on server {only_server}, only here {only_here}")
            continue
        for row_id, row in server.tables[table].items():
            mine = local.tables[table][row_id]
            differs = [f for f in fields if not _same(_json(mine[f]) if f == "extra_data" else mine[f],
                                                      _local_form(row[f]))]
            if differs:
                problems.append(f"I3 {local.name} {table} {row_id}: {differs} differ at the same seq")
    for table in REMOTE:
        theirs = {(table, i): r["server_seq"] for i, r in server.tables[table].items()}
        ours = {k: s for k, s in local.remote.items() if k[0] == table}
        if theirs != ours:
            problems.append(f"I3 {local.name} {table}: {len(set(theirs.items()) - set(ours.items()))} missing "
                            f"or stale, {len(set(ours.items()) - set(theirs.items()))} extra")
    if local.foreign_keys:
        problems.append(f"I7 {local.name}: foreign keys broken {local.foreign_keys[:3]}")
    return problems


def _local_form(value: Any) -> Any:
    """A server value as the PC's SQLite stores it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    if hasattr(value, "hex") and not isinstance(value, (bytes, str, int, float, dict, list)):
        return str(value)  # uuid
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _field_intent(server: Snapshot, locals_: list[Local]) -> list[str]:
    """I5/I6 on students: replay the accepted inserts and patches in arrival order; compare."""
    rule = server.rules["students"]
    identity, json_cols = set(rule["identity_cols"]), set(rule["json_cols"])
    skip = set(rule["server_owned"]) | {"id", "school_id", "created_at"}
    accepted = []
    for local in locals_:
        for entry in local.archive:
            result = server.results.get((local.client_id, entry["mutation_id"]))
            if entry["table_name"] == "students" and result and result["status"] in ("applied", "merged", "noop"):
                accepted.append((result["created_at"], local.client_id, entry["mutation_id"], entry,
                                 result["status"]))
    accepted.sort(key=lambda a: a[:3])
    values: dict[str, dict[str, Any]] = {}
    touched: dict[str, set[str]] = defaultdict(set)
    conflicts: Counter[tuple[str, str]] = Counter()
    problems = []
    for _at, _client, _mutation_id, entry, status in accepted:
        row_id = server.winner(entry["row_id"])
        data, base = _json(entry["data"]) or {}, _json(entry["base"]) or {}
        fields = [k for k in data if k not in skip and k in (server.tables["students"].get(row_id) or {})]
        if entry["op"] == "insert" and status == "applied" and row_id not in values:
            values[row_id] = {k: data[k] for k in fields}
            continue
        current = values.setdefault(row_id, {})
        if entry["op"] == "insert":  # a merged duplicate (or an insert delivered again): fill only
            for k in fields:
                s, n = current.get(k), data[k]
                if _empty(s):
                    current[k] = n
                    touched[row_id].add(k)
                elif k in identity and n is not None and s != n and fold(str(s)) != fold(str(n)):
                    conflicts[(row_id, k)] += status == "merged"
            continue
        for k in fields:
            s, n = current.get(k), data[k]
            touched[row_id].add(k)
            if k in json_cols:
                current[k] = json_merge(s, base.get(k), n)
            elif k in identity and k in base and s != base[k] and s != n:
                conflicts[(row_id, k)] += 1
            else:
                current[k] = n
    items: Counter[tuple[str, str]] = Counter()
    for item in server.tables["review_items"].values():
        if item["kind"] == "field_conflict" and item["table_name"] == "students":
            for k in (item["payload"] or {}).get("fields", {}):
                items[(str(item["row_id"]), k)] += 1
    for row_id, fields in touched.items():
        row = server.tables["students"].get(row_id)
        if row is None:
            continue
        for k in sorted(fields):
            if not _same(values[row_id].get(k), row[k]):
                label = "I6" if k in identity else "I5"
                problems.append(f"{label} students {row_id}.{k}: server has {row[k]!r}, the accepted changes in "
                                f"arrival order give {values[row_id].get(k)!r}")
    for key, expected in conflicts.items():
        if items[key] < expected:
            problems.append(f"I6 students {key[0]}.{key[1]}: {expected} concurrent identity edits, "
                            f"{items[key]} field_conflict items")
    return problems


def _no_losers(server: Snapshot, locals_: list[Local]) -> list[str]:
    problems = []
    losers = set(server.aliases)
    for table, columns in POINTERS.items():
        for source, rows in [("server", server.tables[table])] + [(pc.name, pc.tables[table]) for pc in locals_]:
            bad = [(i, c) for i, r in rows.items() for c in columns if str(r[c]) in losers]
            if bad:
                problems.append(f"I7 {source} {table}: rows point at merged-away ids {bad[:3]}")
    return problems


def _events(server: Snapshot, locals_: list[Local], skews: dict[str, int]) -> list[str]:
    problems = []
    events = server.tables["enrollment_status_events"]
    real: dict[str, datetime] = {}
    accepted: set[str] = set()
    for local in locals_:
        skew = timedelta(milliseconds=skews.get(local.name, 0))
        for entry in local.archive:
            if entry["table_name"] == "enrollment_status_events" and entry["result"] in ("applied", "noop"):
                data = _json(entry["data"])
                accepted.add(entry["row_id"])
                if data.get("occurred_at"):
                    real[entry["row_id"]] = datetime.fromisoformat(data["occurred_at"]) - skew
    invalid_items = {str(i["other_row_id"]) for i in server.tables["review_items"].values()
                     if i["kind"] == "invalid_transition"}
    seen: Counter[str] = Counter()
    for enrollment_id, row in server.tables["enrollments"].items():
        history = row["status_history"] or []
        ids = [h.get("event_id") for h in history]
        seen.update(ids)
        if len(ids) != len(set(ids)):
            problems.append(f"I8 server enrollment {enrollment_id}: an event appears twice")
        forged = [i for i in ids if i not in events]
        if forged:
            problems.append(f"I8 server enrollment {enrollment_id}: history entries that are no event {forged[:3]}")
        chain_ok = all(history[n]["from"] == history[n - 1]["to"] for n in range(1, len(history)))
        if not chain_ok or (history and history[-1]["to"] != row["status"]):
            problems.append(f"I8 server enrollment {enrollment_id}: the history is not a chain ending at "
                            f"{row['status']}: {[(h['from'], h['to']) for h in history]}")
        keys = [(events[i]["ordered_at"], events[i]["server_seq"], i) for i in ids if i in events]
        if keys != sorted(keys):
            problems.append(f"I11 server enrollment {enrollment_id}: history not in corrected-time order")
        for local in locals_:
            mine = local.histories.get(enrollment_id)
            if mine is not None and [h.get("event_id") for h in mine] != ids:
                problems.append(f"I8 {local.name} enrollment {enrollment_id}: history differs from the server's")
    for event_id, moment in real.items():
        event = events.get(event_id)
        if event is not None and event["ordered_at"] is not None and abs(event["ordered_at"] - moment) > OFFSET_ERROR:
            problems.append(f"I11 event {event_id}: ordered at {event['ordered_at']}, made at {moment} (skew removed)")
    for event_id in accepted:
        event = events.get(event_id)
        if event is None:
            problems.append(f"I8 event {event_id}: acknowledged, not on the server")
        elif event["valid"] and seen[event_id] != 1:
            problems.append(f"I8 event {event_id}: valid but {seen[event_id]} times in its history")
        elif not event["valid"] and event_id not in invalid_items:
            problems.append(f"I8 event {event_id}: flagged invalid without an invalid_transition item")
    return problems
