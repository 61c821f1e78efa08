"""A demo school with realistic Colombian data, for `--demo`, the tests and the benchmarks.

Deterministic for a given seed. Families share surnames and guardians (siblings point at the same
mother/father record); students carry documents that match their age (RC/NUIP under 7, TI from 7 to 17,
CC from 18, a few foreign students with PPT/PEP); enrollments in every grade and several groups and shifts,
in every status, with checklists in every stage (some documents received, validated, rejected, waived).

Rows go in with bulk inserts through the same store sessions services use, so every row still gets its
outbox entry; the rules the services enforce (unique documents, one primary guardian, dense priorities,
one enrollment per year, legal status histories) are respected by construction.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop_app.domain.checklist import ChecklistContext, required_documents
from desktop_app.domain.enrollment_status import history_entry
from desktop_app.domain.grades import GRADES, age_on
from desktop_app.domain.ids import (
    academic_period_id,
    enrollment_document_id,
    enrollment_id,
    student_guardian_id,
)
from desktop_app.domain.nit import nit_check_digit
from desktop_app.services.context import TenantContext
from desktop_app.services.ports import ProgressSink, Record, Store
from desktop_app.services.setup import LocalSetup

FEMALE_NAMES = (
    "María", "Sofía", "Valentina", "Isabella", "Camila", "Mariana", "Gabriela", "Daniela", "Luciana", "Sara",
    "Salomé", "Valeria", "Juliana", "Antonella", "Laura", "Manuela", "Ana", "Paula", "Natalia", "Luisa",
    "Andrea", "Carolina", "Paola", "Diana", "Ximena", "Yuliana", "Ángela", "Lina", "Catalina", "Emilia",
)
MALE_NAMES = (
    "Santiago", "Samuel", "Matías", "Sebastián", "Nicolás", "Alejandro", "Tomás", "Emiliano", "Martín",
    "Juan", "Jerónimo", "Daniel", "David", "Andrés", "Felipe", "Miguel", "José", "Carlos", "Luis", "Julián",
    "Esteban", "Camilo", "Óscar", "Jhon", "Brayan", "Kevin", "Iván", "Simón", "Joaquín", "Mateo",
)
SURNAMES = (
    "Rodríguez", "Gómez", "González", "Martínez", "García", "López", "Hernández", "Sánchez", "Ramírez",
    "Pérez", "Díaz", "Muñoz", "Rojas", "Moreno", "Jiménez", "Vargas", "Castro", "Gutiérrez", "Álvarez",
    "Ruiz", "Romero", "Ortiz", "Suárez", "Torres", "Valencia", "Quintero", "Restrepo", "Cárdenas", "Mejía",
    "Ospina", "Zapata", "Agudelo", "Arango", "Giraldo", "Osorio", "Salazar", "Cifuentes", "Londoño",
    "Montoya", "Henao", "Bedoya", "Mosquera", "Palacios", "Córdoba", "Betancur", "Pineda", "Peña", "Núñez",
    "Ibáñez", "Ortegón", "Quiñónez", "Caicedo", "Beltrán", "Acosta", "Barrios", "Cabrera", "Duarte",
)
OCCUPATIONS = ("Comerciante", "Docente", "Enfermera", "Conductor", "Ama de casa", "Independiente",
               "Contador", "Mecánico", "Estilista", "Vigilante", "Agricultor", "Ingeniera", "Auxiliar contable")
STREETS = ("Calle", "Carrera", "Diagonal", "Transversal", "Avenida")
GROUPS = ("A", "B", "C")
SHIFT_CHOICES = ("morning", "morning", "afternoon")
DEMO_SCHOOL_NAME = "Institución Educativa San Francisco de Asís (demo)"
# SIMAT data of the demo (issue 12): a DANE code, one sede, and codes from the shipped catalogs. Drawn from
# their own generator so the rest of the demo stays the same for a given seed.
DEMO_SIMAT_SETTINGS = {
    "codigo_dane": "105001012345", "mun_codigo": "05001", "sedes": [{"cons_sede": "01", "nombre": "Sede principal"}],
    "caracter": "1", "especialidad": "1", "metodologia": "1", "zona": "1",
}
DEMO_MUNICIPALITIES = ("05001", "05001", "05088", "05360", "05266", "05631")
REJECTION_REASONS = ("Copia ilegible", "Documento vencido", "Falta la firma del acudiente",
                     "El nombre no coincide con el registro civil")


@dataclass(frozen=True)
class DemoSchool:
    """What `load_demo_school` built: the context to use it and the ids tests and benchmarks need."""

    context: TenantContext
    current_year_id: str
    previous_year_id: str
    student_ids: tuple[str, ...]
    guardian_ids: tuple[str, ...]


class _Numbers:
    """Unique document numbers of a given length, drawn from the seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def draw(self, prefix: str, length: int) -> str:
        while True:
            number = prefix + "".join(str(self._rng.randrange(10)) for _ in range(length - len(prefix)))
            if number not in self._used:
                self._used.add(number)
                return number


def _grade_for_age(age: int) -> str | None:
    if age < 3:
        return None
    if age <= 5:
        return ("prejardin", "jardin", "transicion")[min(age, 5) - 3]
    if age <= 16:
        return str(age - 5)
    return None


def _document_for(age: int, rng: random.Random, numbers: _Numbers) -> tuple[str, str]:
    if rng.random() < 0.03:
        return ("PPT", numbers.draw("5", 7)) if rng.random() < 0.7 else ("PEP", numbers.draw("9", 9))
    if age < 7:
        return ("NUIP", numbers.draw("11", 10)) if rng.random() < 0.6 else ("RC", numbers.draw("3", 10))
    if age < 18:
        return "TI", numbers.draw("10", 10)
    return "CC", numbers.draw("100", 10)


def load_demo_school(
    store: Store,
    students: int = 300,
    seed: int = 2026,
    *,
    context: TenantContext | None = None,
    today: date = date(2026, 3, 2),
    progress: ProgressSink | None = None,
) -> DemoSchool:
    """Fill the store with a demo school of `students` students and return where it is.

    Without `context`, the local first-run setup is done (or reused) with the demo school's name. Calling it
    again on a store that already holds the demo returns the existing demo without adding anything.
    """
    rng = random.Random(seed)
    simat_rng = random.Random(f"simat-{seed}")
    numbers = _Numbers(rng)
    if context is None:
        body = "8" + "".join(str(rng.randrange(10)) for _ in range(8))
        context = LocalSetup(store).bootstrap(
            school_name=DEMO_SCHOOL_NAME, user_name="Secretaría (demo)", nit=f"{body}-{nit_check_digit(body)}"
        )
    school_id, user_id = context.school_id, context.user_id
    now = datetime.combine(today, datetime.min.time(), tzinfo=UTC) + timedelta(hours=13)
    current_start = date(today.year, 1, 19)
    previous_start = date(today.year - 1, 1, 20)

    with store.read() as session:
        existing = {y["name"]: y["id"] for y in session.find("school_years", school_id=school_id)}
        if str(today.year) in existing and str(today.year - 1) in existing:
            # Already loaded (e.g. `--demo` started again on the same file): use what is there.
            return DemoSchool(
                context, existing[str(today.year)], existing[str(today.year - 1)],
                tuple(session.student_ids(school_id=school_id, active_only=False)),
                tuple(session.guardian_ids(school_id=school_id, active_only=False)),
            )

    with store.write() as session:
        settings = session.get("school_settings", school_id, school_id=school_id)
        if settings is not None:
            session.patch("schools", school_id, {"resolution": f"Resolución 0{rng.randrange(1000, 9999)} de 2011"},
                          school_id=school_id)
            session.patch("school_settings", school_id, {
                "habeas_data_text": (
                    "Autorizo a la institución para tratar los datos personales del estudiante y de su familia "
                    "conforme a la Ley 1581 de 2012 y su política de tratamiento de datos."
                ),
                "branding_settings": {"primary_color": "#1F4E79", "motto": "Ciencia, virtud y trabajo"},
                "simat_settings": {**(settings.get("simat_settings") or {}), **DEMO_SIMAT_SETTINGS},
            }, school_id=school_id)
        previous_year = session.insert("school_years", {
            "school_id": school_id, "name": str(today.year - 1), "starts_on": previous_start,
            "ends_on": date(today.year - 1, 11, 28), "status": "closed",
        })
        current_year = session.insert("school_years", {
            "school_id": school_id, "name": str(today.year), "starts_on": current_start,
            "ends_on": date(today.year, 11, 27), "status": "active",
        })
        for year, start in ((previous_year, previous_start), (current_year, current_start)):
            for number in range(1, 5):
                period_start = start + timedelta(days=(number - 1) * 77)
                session.insert("academic_periods", {
                    "id": academic_period_id(year["id"], number), "school_id": school_id,
                    "school_year_id": year["id"], "number": number,
                    "name": f"Periodo {number}", "starts_on": period_start,
                    "ends_on": period_start + timedelta(days=70),
                    "status": "closed" if year is previous_year else ("open" if number == 1 else "draft"),
                })

    student_rows: list[Record] = []
    guardian_rows: list[Record] = []
    link_rows: list[Record] = []
    enrollment_rows: list[Record] = []
    document_rows: list[Record] = []

    def new_guardian(first: str, surname_1: str, surname_2: str) -> Record:
        if rng.random() < 0.03:
            doc_type, number = "CE", numbers.draw(str(rng.randrange(1, 10)), 7)
        else:
            doc_type, number = "CC", numbers.draw(str(rng.randrange(1, 10)), rng.choice((8, 10)))
        record = {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "school_id": school_id,
            "document_type": doc_type, "document_number": number,
            "full_name": f"{first} {surname_1} {surname_2}",
            "phone": "3" + "".join(str(rng.randrange(10)) for _ in range(9)),
            "email": f"{first.lower()[:1]}{surname_1.lower()}{rng.randrange(100)}@correo.com.co"
            .translate(str.maketrans("áéíóúñü", "aeiounu")),
            "address": f"{rng.choice(STREETS)} {rng.randrange(1, 120)} # {rng.randrange(1, 99)}-{rng.randrange(1, 99)}",
            "occupation": rng.choice(OCCUPATIONS), "workplace": None,
        }
        guardian_rows.append(record)
        return record

    while len(student_rows) < students:
        father_surnames = rng.sample(SURNAMES, 2)
        mother_surnames = rng.sample(SURNAMES, 2)
        mother = new_guardian(rng.choice(FEMALE_NAMES), *mother_surnames)
        father = new_guardian(rng.choice(MALE_NAMES), *father_surnames) if rng.random() < 0.75 else None
        grandparent = (new_guardian(rng.choice(FEMALE_NAMES), mother_surnames[1], rng.choice(SURNAMES))
                       if rng.random() < 0.15 else None)
        children = min(students - len(student_rows), rng.choices((1, 2, 3), weights=(60, 30, 10))[0])
        for _ in range(children):
            female = rng.random() < 0.5
            given = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
            if rng.random() < 0.4:
                given += " " + rng.choice(FEMALE_NAMES if female else MALE_NAMES)
            surname_1 = father_surnames[0] if father else mother_surnames[0]
            birth = current_start - timedelta(days=rng.randrange(3 * 365 + 60, 17 * 365))
            age = age_on(birth, current_start)
            doc_type, doc_number = _document_for(age, rng, numbers)
            student = {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "school_id": school_id,
                "document_type": doc_type, "document_number": doc_number,
                "full_name": f"{given} {surname_1} {mother_surnames[0]}", "birth_date": birth,
                "gender": "F" if female else "M",
                "extra_data": {"simat": _simat_student(given, surname_1, mother_surnames[0], simat_rng)},
                "piar_data": {"has_disability": True} if rng.random() < 0.02 else {},
            }
            student_rows.append(student)
            family = [(mother, "madre"), *([(father, "padre")] if father else []),
                      *([(grandparent, "abuela")] if grandparent else [])]
            if rng.random() < 0.3:
                family.reverse()
            for priority, (guardian, relationship) in enumerate(family, start=1):
                link_rows.append({
                    "id": student_guardian_id(str(student["id"]), guardian["id"]), "school_id": school_id,
                    "student_id": student["id"], "guardian_id": guardian["id"],
                    "relationship": relationship, "is_primary": priority == 1, "priority": priority,
                    "can_pickup": relationship != "abuela" or rng.random() < 0.5,
                    "is_emergency_contact": priority <= 2,
                })
            _enroll(student, age, birth, rng, school_id, user_id, current_year["id"], previous_year["id"],
                    current_start, now, enrollment_rows, document_rows)

    # One transaction per chunk keeps the WAL file small on a 50,000-student load.
    for table, rows in (("students", student_rows), ("guardians", guardian_rows),
                        ("student_guardians", link_rows), ("enrollments", enrollment_rows),
                        ("enrollment_documents", document_rows)):
        for first in range(0, len(rows), 5000):
            with store.write() as session:
                session.insert_many(table, rows[first:first + 5000])
            if progress is not None:
                progress.report(first, len(rows), table)
    return DemoSchool(context, current_year["id"], previous_year["id"],
                      tuple(s["id"] for s in student_rows), tuple(g["id"] for g in guardian_rows))


def _enroll(
    student: Record, age: int, birth: date, rng: random.Random, school_id: str, user_id: str,
    current_year_id: str, previous_year_id: str, current_start: date, now: datetime,
    enrollments: list[Record], documents: list[Record],
) -> None:
    grade = _grade_for_age(age)
    if grade is None:
        return
    returning = grade != "prejardin" and rng.random() < 0.7
    group, shift = rng.choice(GROUPS), rng.choice(SHIFT_CHOICES)
    if returning:
        previous_grade = GRADES[max(0, [g.code for g in GRADES].index(grade) - 1)].code
        history = [
            history_entry("pending_documents", "in_review", user_id, now - timedelta(days=420)),
            history_entry("in_review", "active", user_id, now - timedelta(days=418)),
        ]
        enrollments.append({
            "id": enrollment_id(student["id"], previous_year_id), "school_id": school_id,
            "student_id": student["id"], "school_year_id": previous_year_id,
            "grade_level": previous_grade, "group_code": group, "shift": shift, "status": "active",
            "status_history": history, "extra_data": {"is_new_student": rng.random() < 0.3,
                                                      "simat": _simat_enrollment(True)},
        })
    roll = rng.random()
    status = ("active" if roll < 0.55 else "in_review" if roll < 0.72 else
              "pending_documents" if roll < 0.95 else "withdrawn")
    all_steps: dict[str, list[tuple[str, str, str | None]]] = {
        "pending_documents": [], "in_review": [("pending_documents", "in_review", None)],
        "active": [("pending_documents", "in_review", None), ("in_review", "active", None)],
        "withdrawn": [("pending_documents", "withdrawn", "Traslado a otra ciudad")]}
    steps = all_steps[status]
    history = [history_entry(source, target, user_id, now - timedelta(days=30 - i), reason)
               for i, (source, target, reason) in enumerate(steps)]
    rng.getrandbits(128)  # the draw of the former random id: the rest of the demo school stays as it was
    current_id = enrollment_id(student["id"], current_year_id)
    enrollments.append({
        "id": current_id, "school_id": school_id, "student_id": student["id"],
        "school_year_id": current_year_id, "grade_level": grade, "group_code": group, "shift": shift,
        "status": status, "status_history": history,
        "extra_data": {"is_new_student": not returning, "simat": _simat_enrollment(returning)},
    })
    context = ChecklistContext(grade, not returning, student["document_type"] in ("PPT", "PEP"), age,
                               bool(student["piar_data"]))
    for requirement in required_documents(context):
        state = _item_state(status, rng)
        if state is None:
            continue
        metadata: dict[str, Any] = {"reason": None, "updated_by": user_id, "updated_at": now.isoformat()}
        if state == "rejected":
            metadata["reason"] = rng.choice(REJECTION_REASONS)
        if state == "waived":
            metadata["reason"] = "Nunca estuvo matriculado en otra institución"
        documents.append({
            "id": enrollment_document_id(current_id, requirement.code), "school_id": school_id,
            "enrollment_id": current_id, "document_type": requirement.code,
            "status": state, "r2_object_key": "", "file_name": "", "metadata": metadata,
            "validated_by": user_id if state == "validated" else None,
            "validated_at": now if state == "validated" else None,
        })


def _simat_student(given: str, surname_1: str, surname_2: str, rng: random.Random) -> Record:
    """A confirmed name split and SIMAT codes (places in the Valle de Aburrá, estrato 1–3, no ethnicity)."""
    nombre1, _, nombre2 = given.partition(" ")
    born, lives = rng.choice(DEMO_MUNICIPALITIES), rng.choice(DEMO_MUNICIPALITIES)
    return {
        "name_split_confirmed": True, "nombre1": nombre1, "nombre2": nombre2,
        "apellido1": surname_1, "apellido2": surname_2,
        "nac_depto": born[:2], "nac_mun": born, "exp_depto": born[:2], "exp_mun": born,
        "res_depto": lives[:2], "res_mun": lives,
        "direccion_residencia": f"{rng.choice(STREETS)} {rng.randrange(1, 120)} # {rng.randrange(1, 99)}-{rng.randrange(1, 99)}",
        "tel": "3" + "".join(str(rng.randrange(10)) for _ in range(9)),
        "estrato": str(rng.choice((1, 1, 2, 2, 2, 3))), "sisben": rng.choice(("0", "1", "2")), "etnia": "0",
        "tipo_discapacidad": "99", "zon_alu": "1", "pais_origen": "",
    }


def _simat_enrollment(returning: bool) -> Record:
    return {"cons_sede": "01", "repitente": "N", "sit_acad_ano_ant": "1" if returning else "5",
            "con_alum_ano_ant": "9"}


def _item_state(status: str, rng: random.Random) -> str | None:
    """A checklist item's state consistent with the enrollment's status (None: missing, no row)."""
    if status == "active":
        return "validated"
    if status == "in_review":
        return rng.choice(("received", "received", "validated"))
    roll = rng.random()
    return None if roll < 0.35 else "received" if roll < 0.75 else "validated" if roll < 0.9 else "rejected"
