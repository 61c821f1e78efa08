"""Spanish (Colombia) messages for every error and warning code of the app."""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for Qt Linguist without importing Qt (the domain is Qt-free); the UI translates it at
    display time in the "DomainMessages" context (`ui/errors.py`)."""
    return text


# The one catalogue of the app's error and warning messages: the domain builds its Spanish texts from it and
# lupdate reads the English catalogue's entries from it (no mirror elsewhere).
# One entry per code. Placeholders in braces are filled from the error's params; a missing param is left
# blank rather than failing (a message must never crash the screen that shows it).
MESSAGES: dict[str, str] = {
    # Generic
    "domain_error": QT_TRANSLATE_NOOP("DomainMessages", "No se pudo completar la operación."),
    "validation_failed": QT_TRANSLATE_NOOP("DomainMessages", "Revise los datos marcados."),
    "not_allowed": QT_TRANSLATE_NOOP("DomainMessages", "Su rol no le permite {action}."),
    "conflict": QT_TRANSLATE_NOOP("DomainMessages", "La operación choca con el estado actual del registro."),
    "not_found": QT_TRANSLATE_NOOP("DomainMessages", "El registro no existe o fue eliminado."),
    "required": QT_TRANSLATE_NOOP("DomainMessages", "Este dato es obligatorio."),
    "too_long": QT_TRANSLATE_NOOP("DomainMessages", "El texto es demasiado largo (máximo {max} caracteres)."),
    "invalid_value": QT_TRANSLATE_NOOP("DomainMessages", "El valor no es válido."),
    "invalid_date": QT_TRANSLATE_NOOP("DomainMessages", "La fecha no es válida."),
    "invalid_email": QT_TRANSLATE_NOOP("DomainMessages", "El correo electrónico no es válido."),
    "invalid_phone": QT_TRANSLATE_NOOP("DomainMessages", "El teléfono no es válido: use solo dígitos (7 a 10)."),
    # Bad text (control, invisible and bidi characters)
    "text_control_characters": QT_TRANSLATE_NOOP("DomainMessages", "El campo «{field_label}» tiene caracteres de control que no se pueden guardar: bórrelos y escriba de nuevo esa parte."),
    "text_invisible_characters": QT_TRANSLATE_NOOP("DomainMessages", "El campo «{field_label}» tiene caracteres invisibles o que cambian la dirección del texto (por ejemplo, espacios de ancho cero): bórrelos y escriba de nuevo esa parte."),
    # Identity documents
    "document_type_unknown": QT_TRANSLATE_NOOP("DomainMessages", "El tipo de documento «{doc_type}» no existe."),
    "document_number_required": QT_TRANSLATE_NOOP("DomainMessages", "Escriba el número de {doc_type}."),
    "document_number_digits_only": QT_TRANSLATE_NOOP("DomainMessages", "El número de {doc_type} solo lleva dígitos."),
    "document_number_invalid_characters": QT_TRANSLATE_NOOP("DomainMessages", "El número de {doc_type} solo puede tener letras y dígitos."),
    "document_number_length": QT_TRANSLATE_NOOP("DomainMessages", "El número de {doc_type} debe tener entre {min} y {max} caracteres (tiene {length})."),
    "document_number_all_zeros": QT_TRANSLATE_NOOP("DomainMessages", "El número de {doc_type} no puede ser solo ceros."),
    "document_duplicate": QT_TRANSLATE_NOOP("DomainMessages", "Ya existe una persona con este documento en el colegio: {name}."),
    "document_type_unusual_for_age": QT_TRANSLATE_NOOP("DomainMessages", "Atención: una persona de {age} años no suele identificarse con {doc_type}. Verifique el tipo de documento y la fecha de nacimiento."),
    "document_type_not_for_guardian": QT_TRANSLATE_NOOP("DomainMessages", "Un acudiente no se identifica con {doc_type}."),
    # NIT
    "nit_required": QT_TRANSLATE_NOOP("DomainMessages", "Escriba el NIT."),
    "nit_invalid_characters": QT_TRANSLATE_NOOP("DomainMessages", "El NIT solo lleva dígitos, puntos y un guion antes del dígito de verificación."),
    "nit_invalid_format": QT_TRANSLATE_NOOP("DomainMessages", "Escriba el NIT así: 900123456-7 (un solo dígito de verificación después del guion)."),
    "nit_invalid_length": QT_TRANSLATE_NOOP("DomainMessages", "El NIT debe tener entre {min} y {max} dígitos antes del dígito de verificación."),
    "nit_ambiguous": QT_TRANSLATE_NOOP("DomainMessages", "No se sabe dónde está el dígito de verificación en {digits} dígitos: escríbalo después de un guion (por ejemplo 1020304050-1)."),
    "nit_check_digit_mismatch": QT_TRANSLATE_NOOP("DomainMessages", "El dígito de verificación no corresponde al NIT: escribió {typed} y debería ser {expected}. Revise el número."),
    # School settings
    "dane_code_invalid": QT_TRANSLATE_NOOP("DomainMessages", "El código DANE del colegio tiene 12 dígitos (por ejemplo 111001012345)."),
    "logo_not_image": QT_TRANSLATE_NOOP("DomainMessages", "El logo no es una imagen PNG o JPG que se pueda abrir. Elija otro archivo."),
    "logo_too_large": QT_TRANSLATE_NOOP("DomainMessages", "El logo es demasiado grande (máximo {max_kb} KB). Use una imagen más pequeña."),
    # Adopting this PC's local-mode data into the connected school (Archivo → Subir los datos de este equipo al colegio)
    "adoption_nothing": QT_TRANSLATE_NOOP("DomainMessages", "En este equipo no hay datos del modo local para subir."),
    "adoption_not_allowed": QT_TRANSLATE_NOOP("DomainMessages", "No se subió nada: para subir estos datos su rol en el colegio debe permitirle {actions}. Pida ese permiso al rector o suba los datos con un usuario que lo tenga."),
    "adoption_wait_sync": QT_TRANSLATE_NOOP("DomainMessages", "Este equipo todavía no ha recibido los datos del colegio. Espere a que termine la primera sincronización (barra de estado «Sincronizado») y vuelva a intentarlo, para que los años lectivos y las personas que el colegio ya tiene se reconozcan."),
    "adoption_already_done": QT_TRANSLATE_NOOP("DomainMessages", "Los datos de este equipo ya se subieron el {at} al colegio «{school}» ({user}). No se suben dos veces."),
    # Backups
    "backup_failed": QT_TRANSLATE_NOOP("DomainMessages", "No se pudo hacer la copia de seguridad en «{path}» ({detail})."),
    "backup_disk_full": QT_TRANSLATE_NOOP("DomainMessages", "No hay espacio suficiente en «{path}» para la copia de seguridad. Libere espacio o elija otro disco o memoria USB."),
    "backup_not_writable": QT_TRANSLATE_NOOP("DomainMessages", "No se puede escribir en «{path}» (carpeta o memoria USB de solo lectura, o sin permiso). Elija otra carpeta."),
    "backup_target_exists": QT_TRANSLATE_NOOP("DomainMessages", "Ya existe «{path}»: elija otro nombre o una carpeta vacía para no reemplazar otra copia."),
    "backup_not_found": QT_TRANSLATE_NOOP("DomainMessages", "No se encontró «{path}»."),
    "backup_foreign": QT_TRANSLATE_NOOP("DomainMessages", "«{path}» no es una copia de seguridad de Secretaría Escolar."),
    "backup_damaged": QT_TRANSLATE_NOOP("DomainMessages", "La copia de seguridad «{path}» está dañada ({detail}) y no se puede restaurar. Pruebe con otra copia."),
    "backup_files_bad": QT_TRANSLATE_NOOP("DomainMessages", "La copia de seguridad «{path}» no trae completos los documentos escaneados: {count} de {total} archivos faltan o fueron alterados (el primero: {file}…). No se restauró nada; sus datos actuales quedaron como estaban. Pruebe con otra copia."),
    "backup_newer_schema": QT_TRANSLATE_NOOP("DomainMessages", "La copia «{path}» fue hecha con una versión más nueva de la aplicación ({revision}). Actualice Secretaría Escolar antes de restaurarla."),
    "restore_failed": QT_TRANSLATE_NOOP("DomainMessages", "No se pudo restaurar la copia: {detail}. Sus datos actuales quedaron como estaban."),
    # Grades, shifts, ages
    "grade_unknown": QT_TRANSLATE_NOOP("DomainMessages", "El grado «{grade}» no existe."),
    "shift_unknown": QT_TRANSLATE_NOOP("DomainMessages", "La jornada «{shift}» no existe."),
    "relationship_unknown": QT_TRANSLATE_NOOP("DomainMessages", "El parentesco «{relationship}» no existe."),
    "age_unusual_for_grade": QT_TRANSLATE_NOOP("DomainMessages", "Atención: {age} años es una edad poco común para {grade}. Verifique la fecha de nacimiento y el grado."),
    "birth_date_in_future": QT_TRANSLATE_NOOP("DomainMessages", "La fecha de nacimiento no puede ser posterior a hoy."),
    "birth_date_too_old": QT_TRANSLATE_NOOP("DomainMessages", "La fecha de nacimiento indica más de {max_age} años: revísela."),
    # Students, guardians
    "full_name_required": QT_TRANSLATE_NOOP("DomainMessages", "Escriba el nombre completo."),
    "similar_student": QT_TRANSLATE_NOOP("DomainMessages", "Ya existe un estudiante con nombre parecido y la misma fecha de nacimiento: {name}. ¿Es la misma persona?"),
    "student_inactive": QT_TRANSLATE_NOOP("DomainMessages", "El estudiante está desactivado."),
    "guardian_already_linked": QT_TRANSLATE_NOOP("DomainMessages", "Este acudiente ya está vinculado al estudiante."),
    "guardian_not_linked": QT_TRANSLATE_NOOP("DomainMessages", "Este acudiente no está vinculado al estudiante."),
    "primary_guardian_required": QT_TRANSLATE_NOOP("DomainMessages", "El estudiante debe tener un acudiente principal."),
    "primary_guardian_unique": QT_TRANSLATE_NOOP("DomainMessages", "Solo puede haber un acudiente principal."),
    "guardian_order_mismatch": QT_TRANSLATE_NOOP("DomainMessages", "La lista de acudientes cambió mientras la ordenaba; vuelva a intentarlo."),
    # Enrollments
    "enrollment_exists_for_year": QT_TRANSLATE_NOOP("DomainMessages", "El estudiante ya tiene matrícula en el año lectivo {year}."),
    "school_year_closed": QT_TRANSLATE_NOOP("DomainMessages", "El año lectivo {year} está cerrado: no admite cambios."),
    "unknown_status": QT_TRANSLATE_NOOP("DomainMessages", "El estado «{status}» no existe."),
    "status_unchanged": QT_TRANSLATE_NOOP("DomainMessages", "La matrícula ya está en «{status}»."),
    "illegal_status_transition": QT_TRANSLATE_NOOP("DomainMessages", "Una matrícula no puede pasar de «{source}» a «{target}»."),
    "reason_required": QT_TRANSLATE_NOOP("DomainMessages", "Escriba el motivo para «{action}»."),
    "reason_too_long": QT_TRANSLATE_NOOP("DomainMessages", "El motivo es demasiado largo (máximo {max} caracteres)."),
    "checklist_incomplete": QT_TRANSLATE_NOOP("DomainMessages", "Faltan documentos o hay documentos rechazados: no se puede enviar a revisión."),
    # Checklist items
    "unknown_item_state": QT_TRANSLATE_NOOP("DomainMessages", "El estado de documento «{state}» no existe."),
    "requirement_unknown": QT_TRANSLATE_NOOP("DomainMessages", "El documento «{code}» no está en la lista de esta matrícula."),
    "rejection_reason_required": QT_TRANSLATE_NOOP("DomainMessages", "Escriba por qué se rechaza «{document}» para que la familia sepa qué traer."),
    "waiver_reason_required": QT_TRANSLATE_NOOP("DomainMessages", "Escriba por qué «{document}» no aplica para este estudiante."),
    # Attached files (scans)
    "file_type_unsupported": QT_TRANSLATE_NOOP("DomainMessages", "«{name}» no es PDF, JPG ni PNG. Escanee o guarde el documento en uno de esos formatos."),
    "file_too_large": QT_TRANSLATE_NOOP("DomainMessages", "«{name}» pesa {size_mb} MB; el máximo es {max_mb} MB. Escanee a 200 ppp en escala de grises."),
    "file_unreadable": QT_TRANSLATE_NOOP("DomainMessages", "«{name}» está dañado o tiene contraseña; no se puede abrir."),
    "file_not_found": QT_TRANSLATE_NOOP("DomainMessages", "No se encuentra el archivo «{name}»."),
    "previous_file_missing": QT_TRANSLATE_NOOP(
        "DomainMessages", "La matrícula del año anterior no tiene un archivo de «{document}» para reutilizar."),
    "disk_full": QT_TRANSLATE_NOOP("DomainMessages", "No hay espacio en el disco para guardar el archivo."),
    "file_not_uploaded": QT_TRANSLATE_NOOP("DomainMessages", "Archivo aún no subido: el computador que lo adjuntó todavía no lo ha enviado."),
    "file_mismatch": QT_TRANSLATE_NOOP("DomainMessages", "El archivo descargado no corresponde al documento guardado; no se muestra."),
    "file_offline": QT_TRANSLATE_NOOP("DomainMessages", "No hay conexión con el almacenamiento de documentos; intente más tarde."),
    "upload_credentials": QT_TRANSLATE_NOOP("DomainMessages", "No se pueden subir documentos: revise la clave de almacenamiento con el encargado de sistemas."),
    # SIMAT (export, listing, settings tab)
    "simat_failed": QT_TRANSLATE_NOOP("DomainMessages", "No se pudo completar la operación del SIMAT."),
    "simat_listing_not_simat": QT_TRANSLATE_NOOP("DomainMessages", "El archivo no parece un listado del SIMAT: {missing}."),
    "simat_listing_other_school": QT_TRANSLATE_NOOP("DomainMessages", "El listado es de la institución {found}, no de esta ({ours})."),
    "simat_listing_other_year": QT_TRANSLATE_NOOP("DomainMessages", "El listado es del año {found} y usted compara {year}."),
    "simat_file_locked": QT_TRANSLATE_NOOP("DomainMessages", "No se puede escribir «{name}»: está abierto en Excel. Ciérrelo e intente de nuevo."),
    "simat_file_unwritable": QT_TRANSLATE_NOOP("DomainMessages", "No se puede escribir «{name}»: {reason}."),
    "simat_file_unreadable": QT_TRANSLATE_NOOP("DomainMessages", "No se puede leer «{name}»: {reason}."),
    "simat_template_no_header": QT_TRANSLATE_NOOP("DomainMessages", "La plantilla «{name}» no tiene una fila de encabezados del SIMAT (por ejemplo NRO_DOCUMENTO, APELLIDO1, GRADO)."),
    "simat_dane_missing": QT_TRANSLATE_NOOP("DomainMessages", "Falta el código DANE del colegio: escríbalo en Datos del colegio → SIMAT."),
    "simat_year_unknown": QT_TRANSLATE_NOOP("DomainMessages", "El año lectivo elegido no existe."),
    "simat_match_unknown": QT_TRANSLATE_NOOP("DomainMessages", "Esa fila del listado ya no está en la comparación: compare de nuevo."),
    "simat_column_not_applicable": QT_TRANSLATE_NOOP("DomainMessages", "El dato {column} del SIMAT no se puede copiar a la ficha."),
    "simat_name_part_letters": QT_TRANSLATE_NOOP("DomainMessages", "«{value}» no es un nombre: use solo letras, espacios, apóstrofo o guion."),
    "simat_split_incomplete": QT_TRANSLATE_NOOP("DomainMessages", "Para confirmar la división escriba al menos el primer nombre y el primer apellido."),
    "invalid_blood_group": QT_TRANSLATE_NOOP("DomainMessages", "«{value}» no es un grupo sanguíneo: use A+, A-, B+, B-, AB+, AB-, O+ u O-."),
    "simat_digits_only": QT_TRANSLATE_NOOP("DomainMessages", "Escriba solo dígitos."),
    "simat_digits_length": QT_TRANSLATE_NOOP("DomainMessages", "Debe tener {length} dígitos."),
    "simat_mun_unknown": QT_TRANSLATE_NOOP("DomainMessages", "El municipio {code} no existe en DIVIPOLA."),
    "simat_sede_name_required": QT_TRANSLATE_NOOP("DomainMessages", "Escriba el nombre de la sede {cons_sede}."),
    "simat_sede_duplicate": QT_TRANSLATE_NOOP("DomainMessages", "La sede {cons_sede} está repetida."),
    # PIAR (Decreto 1421/2017)
    "piar_date_invalid": QT_TRANSLATE_NOOP("DomainMessages", "{field_label}: «{value}» no es una fecha; escríbala dd/mm/aaaa."),
    "piar_review_before_elaboration": QT_TRANSLATE_NOOP("DomainMessages", "{field_label}: el {value} es anterior a la fecha de elaboración ({elaborated})."),
    "piar_elaboration_required": QT_TRANSLATE_NOOP("DomainMessages", "Escriba la fecha de elaboración del PIAR (dd/mm/aaaa) antes de las revisiones."),
    "piar_adjustment_area_required": QT_TRANSLATE_NOOP("DomainMessages", "Ajuste {row}: falta el área o asignatura."),
    "piar_adjustment_text_required": QT_TRANSLATE_NOOP("DomainMessages", "Ajuste {row}: falta el ajuste razonable."),
    "piar_text_too_long": QT_TRANSLATE_NOOP("DomainMessages", "{field_label}: el texto es demasiado largo (máximo {max} caracteres)."),
    "piar_needs_disability": QT_TRANSLATE_NOOP("DomainMessages", "El PIAR es para estudiantes con discapacidad: registre el tipo de discapacidad en Salud y SIMAT."),
    "piar_withheld": QT_TRANSLATE_NOOP("DomainMessages", "Este equipo no ha recibido el PIAR de este estudiante: sincronice con un usuario que pueda verlo antes de modificarlo."),
    # Habeas data consent (Ley 1581)
    "consent_text_missing": QT_TRANSLATE_NOOP("DomainMessages", "Escriba el texto de la autorización de tratamiento de datos en la configuración del colegio."),
    "consent_purpose_unanswered": QT_TRANSLATE_NOOP("DomainMessages", "Marque Autoriza o No autoriza en «{purpose}»."),
    "consent_signer_not_legal_representative": QT_TRANSLATE_NOOP("DomainMessages", "La autorización la da la madre, el padre o el tutor legal (Ley 1581, art. 7)."),
    "consent_adult_signs": QT_TRANSLATE_NOOP("DomainMessages", "El estudiante es mayor de edad: firma él mismo la autorización."),
    "consent_not_recorded": QT_TRANSLATE_NOOP("DomainMessages", "Esta matrícula no tiene autorización de tratamiento de datos registrada."),
    "consent_scan_required": QT_TRANSLATE_NOOP("DomainMessages", "Adjunte la autorización firmada escaneada antes de validarla."),
    "consent_purpose_incomplete": QT_TRANSLATE_NOOP("DomainMessages", "Cada finalidad necesita un código y un nombre."),
    # School checklist rules (settings)
    "checklist_rules_not_object": QT_TRANSLATE_NOOP("DomainMessages", "La configuración de la lista de documentos está mal formada."),
    "checklist_version_unsupported": QT_TRANSLATE_NOOP("DomainMessages", "Esta configuración de documentos es de una versión más nueva ({version}); actualice la aplicación."),
    "checklist_rules_unknown_key": QT_TRANSLATE_NOOP("DomainMessages", "La configuración tiene un campo desconocido: «{key}»."),
    "checklist_list_expected": QT_TRANSLATE_NOOP("DomainMessages", "Se esperaba una lista."),
    "checklist_text_expected": QT_TRANSLATE_NOOP("DomainMessages", "Se esperaba un texto."),
    "checklist_requirement_unknown": QT_TRANSLATE_NOOP("DomainMessages", "No existe un documento predeterminado con código «{code}»."),
    "checklist_code_invalid": QT_TRANSLATE_NOOP("DomainMessages", "El código «{code}» no sirve: use minúsculas, dígitos y _ (2 a 50, empezando por letra)."),
    "checklist_code_duplicate": QT_TRANSLATE_NOOP("DomainMessages", "Ya hay un documento con el código «{code}»."),
    "checklist_label_required": QT_TRANSLATE_NOOP("DomainMessages", "Escriba el nombre del documento."),
    "checklist_label_too_long": QT_TRANSLATE_NOOP("DomainMessages", "El nombre del documento es demasiado largo (máximo {max} caracteres)."),
    "checklist_grade_unknown": QT_TRANSLATE_NOOP("DomainMessages", "El grado «{value}» no existe."),
    "checklist_level_unknown": QT_TRANSLATE_NOOP("DomainMessages", "El nivel «{value}» no existe."),
    "checklist_age_invalid": QT_TRANSLATE_NOOP("DomainMessages", "La edad debe ser un número entero entre 0 y 100."),
    "checklist_age_range_invalid": QT_TRANSLATE_NOOP("DomainMessages", "La edad mínima ({min}) es mayor que la máxima ({max})."),
    "checklist_flag_invalid": QT_TRANSLATE_NOOP("DomainMessages", "Este campo solo admite sí, no o vacío."),
    # School years and periods
    "school_year_dates_invalid": QT_TRANSLATE_NOOP("DomainMessages", "El año lectivo debe terminar después de empezar."),
    "school_year_overlap": QT_TRANSLATE_NOOP("DomainMessages", "Las fechas se cruzan con el año lectivo {year}."),
    "school_year_name_duplicate": QT_TRANSLATE_NOOP("DomainMessages", "Ya existe un año lectivo llamado {year}."),
    "school_year_name_invalid": QT_TRANSLATE_NOOP("DomainMessages", "El nombre del año lectivo debe ser un año de cuatro cifras (2026), dos años seguidos (2026-2027) o un año con su calendario (2026-B)."),
    "period_dates_invalid": QT_TRANSLATE_NOOP("DomainMessages", "El periodo debe terminar después de empezar."),
    "period_outside_year": QT_TRANSLATE_NOOP("DomainMessages", "El periodo debe estar dentro de las fechas del año lectivo."),
    "period_overlap": QT_TRANSLATE_NOOP("DomainMessages", "Las fechas se cruzan con el periodo {period}."),
    "period_number_duplicate": QT_TRANSLATE_NOOP("DomainMessages", "Ya existe el periodo {number} en este año lectivo."),
    # Student import (the reasons themselves are listed with the refusal)
    "import_refused": QT_TRANSLATE_NOOP("DomainMessages", "No se pudo importar el archivo."),
    "spreadsheet_refused": QT_TRANSLATE_NOOP("DomainMessages", "No se pudo leer el archivo."),
    "spreadsheet_too_large": QT_TRANSLATE_NOOP("DomainMessages", "El archivo pesa {size_mb} MB; el máximo es {max_mb} MB. Divídalo."),
    "spreadsheet_format_unknown": QT_TRANSLATE_NOOP("DomainMessages", "No se pueden leer archivos «{suffix}»; use .xlsx, .xls, .ods o .csv."),
    "spreadsheet_no_header": QT_TRANSLATE_NOOP("DomainMessages", "La hoja está vacía: no hay una fila de encabezados."),
    "spreadsheet_too_many_rows": QT_TRANSLATE_NOOP("DomainMessages", "El archivo tiene {count} filas; el máximo es {max}. Divídalo."),
    "spreadsheet_sheet_missing": QT_TRANSLATE_NOOP("DomainMessages", "El archivo no tiene la hoja «{sheet}»."),
    "import_unmapped_document_type": QT_TRANSLATE_NOOP("DomainMessages", "Falta asignar la columna del tipo de documento."),
    "import_unmapped_document_number": QT_TRANSLATE_NOOP("DomainMessages", "Falta asignar la columna del número de documento."),
    "import_unmapped_name": QT_TRANSLATE_NOOP("DomainMessages", "Falta asignar la columna del nombre (completo, «Apellidos y nombres» o las cuatro partes)."),
    "import_year_required": QT_TRANSLATE_NOOP("DomainMessages", "Hay columnas de grado, grupo o jornada: elija el año lectivo de las matrículas."),
    "import_number_scientific": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}: «{value}» está en notación científica; dé a la columna formato Texto en Excel y vuelva a exportar."),
    "import_number_decimals": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}: «{value}» está en notación científica o tiene decimales; dé a la columna formato Texto en Excel y vuelva a exportar."),
    "import_date_invalid": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: «{value}» no es una fecha válida (dd/mm/aaaa)."),
    "import_date_short_year": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: «{value}» tiene el año con {digits} cifras; escriba el año completo (dd/mm/aaaa)."),
    "import_type_missing": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: falta el tipo de documento."),
    "import_type_unknown": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: «{value}» no es un tipo de documento conocido (TI, RC, CC, NUIP…)."),
    "import_value_refused": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: «{value}»: {detail}."),
    "import_name_missing": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: falta el nombre."),
    "import_name_invalid": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: el nombre es demasiado largo o tiene caracteres no permitidos."),
    "import_gender_unknown": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: «{value}» no es un sexo válido (F, M o X)."),
    "import_grade_missing": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: falta el grado (el grupo y la jornada van con un grado)."),
    "import_grade_unknown": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: «{value}» no es un grado conocido (transición, 1°…11°, CLEI 1…6)."),
    "import_shift_unknown": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: «{value}» no es una jornada conocida (mañana, tarde, única…)."),
    "import_group_too_long": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: el grupo «{value}» tiene más de {max} caracteres."),
    "import_guardian_type_not_adult": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: «{value}» no es un documento de adulto (CC, CE, PPT, pasaporte…)."),
    "import_guardian_number_missing": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: falta el documento del acudiente."),
    "import_guardian_name_missing": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: falta el nombre del acudiente."),
    "import_phone_invalid": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: «{value}» no es un teléfono válido (7 a 10 dígitos)."),
    "import_relationship_unknown": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}, columna «{column}»: «{value}» no es un parentesco conocido (madre, padre, abuela, tío, acudiente…)."),
    "import_year_not_found": QT_TRANSLATE_NOOP("DomainMessages", "El año lectivo elegido no existe."),
    "import_year_closed": QT_TRANSLATE_NOOP("DomainMessages", "El año lectivo {year} está cerrado: elija otro para las matrículas."),
    "import_repeated_document": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}: el documento {doc_type} {number} ya aparece en la fila {first}."),
    "import_possible_duplicate": QT_TRANSLATE_NOOP("DomainMessages", "Fila {row}: puede ser {matches}; márquela «Es otra persona» para importarla."),
    "import_cancelled": QT_TRANSLATE_NOOP("DomainMessages", "Importación cancelada: no se guardó nada."),
    "import_saving": QT_TRANSLATE_NOOP("DomainMessages", "Guardando estudiantes."),
    "import_saved": QT_TRANSLATE_NOOP("DomainMessages", "Importación guardada."),
    "import_batch_not_found": QT_TRANSLATE_NOOP("DomainMessages", "Esa importación no existe."),
    "import_batch_undone": QT_TRANSLATE_NOOP("DomainMessages", "Esa importación ya fue deshecha."),
    "import_undo_changed_students": QT_TRANSLATE_NOOP("DomainMessages", "No se puede deshacer: estos estudiantes cambiaron después de importarlos: {rows}."),
    "import_undo_changed_enrollments": QT_TRANSLATE_NOOP("DomainMessages", "No se puede deshacer: las matrículas de estos estudiantes cambiaron después de importarlas: {rows}."),
    "import_undo_changed_links": QT_TRANSLATE_NOOP("DomainMessages", "No se puede deshacer: los vínculos con acudientes de estos estudiantes cambiaron después de importarlos: {rows}."),
    "import_undo_changed_guardians": QT_TRANSLATE_NOOP("DomainMessages", "No se puede deshacer: estos acudientes cambiaron después de importarlos: {rows}."),
    "promotion_refused": QT_TRANSLATE_NOOP("DomainMessages", "No se pudo hacer la promoción al año siguiente."),
    "promotion_reason_missing": QT_TRANSLATE_NOOP("DomainMessages", "Falta el motivo de «No continúa» de {name}."),
    "promotion_batch_unknown": QT_TRANSLATE_NOOP("DomainMessages", "Esa promoción no existe o ya fue deshecha."),
    "promotion_undo_changed": QT_TRANSLATE_NOOP("DomainMessages", "No se puede deshacer: estas matrículas cambiaron después de la promoción: {names}."),
    "promotion_year_missing": QT_TRANSLATE_NOOP("DomainMessages", "No existe el año {year}. Créelo en Archivo → Nuevo año lectivo."),
    "promotion_source_missing": QT_TRANSLATE_NOOP("DomainMessages", "El año de origen no existe."),
    "promotion_year_not_after": QT_TRANSLATE_NOOP("DomainMessages", "El año {year} no empieza después de {source}: elija como año siguiente uno posterior."),
    "promotion_year_closed": QT_TRANSLATE_NOOP("DomainMessages", "El año lectivo {year} está cerrado: no admite cambios."),
    "promotion_last_grade": QT_TRANSLATE_NOOP("DomainMessages", "{name} está en el último grado: márquelo Graduado(a), Repitente o No continúa."),
}

# What a placeholder says when the caller gave no value for it.
DEFAULT_PARAMS: dict[str, dict[str, str]] = {
    "not_allowed": {"action": "hacer esto"},
    "document_duplicate": {"name": "revise la lista de estudiantes y acudientes"},
    "similar_student": {"name": "revise la lista"},
    "enrollment_exists_for_year": {"year": "elegido"},
    "school_year_closed": {"year": "elegido"},
    "backup_failed": {"path": "la carpeta elegida", "detail": "error desconocido"},
}

_UNKNOWN_CODE = "Error sin descripción ({code})."


class _Lenient(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def message_for(code: str, /, **params: Any) -> str:
    """The Spanish message for `code`, filled with `params`."""
    template = MESSAGES.get(code)
    if template is None:
        return _UNKNOWN_CODE.format(code=code)
    # `code` is positional-only so that a param may also be called "code" (a checklist item's code).
    return template.format_map(_Lenient({**DEFAULT_PARAMS.get(code, {}), **params}))


def has_message(code: str) -> bool:
    return bool(MESSAGES.get(code, "").strip())


def known_codes() -> frozenset[str]:
    return frozenset(MESSAGES)

