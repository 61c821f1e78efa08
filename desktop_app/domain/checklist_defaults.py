"""The default Colombian list of documents asked at matrícula, and when each applies."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.grades import GRADES, Level, grades_of_level


@dataclass(frozen=True)
class Condition:
    """When a requirement applies. None means "any"."""

    grades: frozenset[str] | None = None
    min_age: int | None = None  # inclusive
    max_age: int | None = None  # inclusive
    new_student: bool | None = None  # True: only new students; False: only returning ones
    foreign: bool | None = None  # True: only foreign students; False: only Colombian ones
    disability: bool | None = None  # True: only students with a registered disability

    def applies(self, context: ChecklistContext) -> bool:
        if self.grades is not None and context.grade_code not in self.grades:
            return False
        # An unknown age never hides a requirement: better asked once too often than missed.
        if context.age is not None:
            if self.min_age is not None and context.age < self.min_age:
                return False
            if self.max_age is not None and context.age > self.max_age:
                return False
        if self.new_student is not None and context.is_new_student != self.new_student:
            return False
        if self.foreign is not None and context.is_foreign != self.foreign:
            return False
        return self.disability is None or context.has_disability == self.disability


ALWAYS = Condition()


@dataclass(frozen=True)
class DocumentRequirement:
    """One document of the checklist; `code` is what enrollment_documents.document_type stores."""

    code: str
    label: str
    description: str = ""
    when: Condition = ALWAYS
    custom: bool = False  # added by the school


@dataclass(frozen=True)
class ChecklistContext:
    """What decides which documents a student must bring."""

    grade_code: str
    is_new_student: bool
    is_foreign: bool
    age: int | None
    has_disability: bool = False


def _grades(*levels: Level, without: Iterable[str] = ()) -> frozenset[str]:
    excluded = set(without)
    return frozenset(g.code for level in levels for g in grades_of_level(level) if g.code not in excluded)


_ALL_BUT_PRESCHOOL = _grades(Level.basica_primaria, Level.basica_secundaria, Level.media, Level.adultos)

DEFAULT_REQUIREMENTS: tuple[DocumentRequirement, ...] = (
    DocumentRequirement(
        "registro_civil", "Registro civil de nacimiento (con NUIP)",
        "Copia legible. Se pide una sola vez: el colegio la conserva en la carpeta del estudiante.",
        Condition(new_student=True, foreign=False)),
    DocumentRequirement(
        "foreign_birth_certificate", "Registro o acta de nacimiento del país de origen",
        "Estudiantes extranjeros nuevos. Su falta no impide la matrícula: se registra y se sigue el caso.",
        Condition(new_student=True, foreign=True)),
    DocumentRequirement(
        "student_identity_card", "Fotocopia de la tarjeta de identidad del estudiante",
        "Desde los 7 años (los menores de 7 se identifican con el registro civil).",
        Condition(min_age=7, max_age=17, foreign=False)),
    DocumentRequirement(
        "student_citizenship_card", "Fotocopia de la cédula de ciudadanía del estudiante",
        "Estudiantes mayores de edad.", Condition(min_age=18, foreign=False)),
    DocumentRequirement(
        "student_migration_document", "Documento migratorio del estudiante (PPT, PEP, visa o pasaporte)",
        "Estudiantes extranjeros, cada año: estos permisos vencen.", Condition(foreign=True)),
    DocumentRequirement(
        "guardian_identity_document", "Fotocopia del documento de identidad del acudiente",
        "Cédula ampliada; si el acudiente es extranjero, cédula de extranjería, PPT, PEP o pasaporte.",
        Condition(new_student=True, max_age=17)),
    DocumentRequirement(
        "health_affiliation", "Certificado de afiliación a EPS o SISBÉN",
        "Vigente (no mayor a 30 días); si no tiene afiliación, constancia del seguro estudiantil."),
    DocumentRequirement(
        "vaccination_card", "Carné de vacunación", "Preescolar y básica primaria.",
        Condition(grades=_grades(Level.preescolar, Level.basica_primaria))),
    DocumentRequirement(
        "previous_grades_certificates", "Certificados de estudio de los grados anteriores",
        "En papel membrete de la institución anterior (los boletines no los reemplazan).",
        Condition(new_student=True, grades=_ALL_BUT_PRESCHOOL - {"clei_1"})),
    DocumentRequirement(
        "previous_school_clearance", "Paz y salvo de la institución anterior", "Estudiantes nuevos.",
        Condition(new_student=True, grades=frozenset(g.code for g in GRADES) - {"prejardin"})),
    DocumentRequirement(
        "simat_withdrawal", "Constancia de retiro del SIMAT de la institución anterior",
        "El estudiante no puede estar activo en otra institución. Si nunca estuvo matriculado, márquelo "
        "como «no aplica».",
        Condition(new_student=True, grades=frozenset(g.code for g in GRADES) - {"prejardin"})),
    DocumentRequirement(
        "photos", "Dos fotos 3×4 fondo blanco", "Para el carné y el observador del estudiante."),
    DocumentRequirement(
        "data_processing_consent", "Autorización de tratamiento de datos personales (Ley 1581 de 2012)",
        "Firmada por el representante legal (padre, madre o tutor) después de escuchar al estudiante; "
        "se renueva cada año.", ),
    DocumentRequirement(
        "disability_diagnosis", "Diagnóstico o certificado de discapacidad",
        "Para el PIAR (Decreto 1421 de 2017). Es un dato sensible: autorización expresa.",
        Condition(disability=True)),
)

DEFAULT_BY_CODE: dict[str, DocumentRequirement] = {r.code: r for r in DEFAULT_REQUIREMENTS}
