<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_CO">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/app.py" line="371"/>
        <source>Cargando el colegio de demostración…</source>
        <translation>Loading the demo school…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="75"/>
        <source>Secretaría Escolar</source>
        <translation>School Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="324"/>
        <source>Documentos por subir: %1</source>
        <translation>Documents to upload: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="380"/>
        <source>No se pudo abrir la base de datos local:
%1</source>
        <translation>The local database could not be opened:
%1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="36"/>
        <source>Copia del %1 a las %2</source>
        <translation>Backup of %1 at %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="38"/>
        <source>Colegio: %1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="49"/>
        <source>Estudiantes</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="50"/>
        <source>Acudientes</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="51"/>
        <source>Matrículas</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="52"/>
        <source>Años lectivos</source>
        <translation>School years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="53"/>
        <source>Cambios sin enviar al servidor</source>
        <translation>Changes not yet sent to the server</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_model.py" line="79"/>
        <source>Documento requerido</source>
        <translation>Required document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_model.py" line="80"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_model.py" line="81"/>
        <source>Motivo u observación</source>
        <translation>Reason or note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_model.py" line="82"/>
        <source>Actualizado</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>ChecklistPrintJobs</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_jobs.py" line="50"/>
        <source>Impresión cancelada.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_jobs.py" line="51"/>
        <source>Lista {number} de {total}: {name}</source>
        <translation>Checklist {number} of {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_jobs.py" line="62"/>
        <source>Generando las listas de chequeo…</source>
        <translation>Generating the checklists…</translation>
    </message>
</context>
<context>
    <name>ChecklistPrinting</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="23"/>
        <source>Lista de chequeo de matrícula</source>
        <translation>Enrollment checklist</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="41"/>
        <source>Vista previa de la lista de chequeo</source>
        <translation>Checklist print preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="63"/>
        <source>Guardar como PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="64"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="73"/>
        <source>Buscar en:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="74"/>
        <source>Nombre del archivo:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="75"/>
        <source>Tipo de archivo:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="76"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="77"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChecklistRulesModel</name>
    <message>
        <location filename="../../desktop_app/ui/settings/checklist_rules_model.py" line="178"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/checklist_rules_model.py" line="178"/>
        <source>Otras condiciones</source>
        <translation>Other conditions</translation>
    </message>
</context>
<context>
    <name>ConnectingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in/connecting.py" line="39"/>
        <source>Secretaría Escolar</source>
        <translation>School Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/connecting.py" line="43"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/connecting.py" line="55"/>
        <source>Conectando…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="51"/>
        <source>Autorización de datos personales — %s</source>
        <translation>Personal data authorisation — %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="56"/>
        <source>Texto %s · %s</source>
        <translation>Text %s · %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="57"/>
        <source>El colegio aún no tiene texto de autorización.</source>
        <translation>The school has no authorisation text yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="59"/>
        <source>Elija quién firma…</source>
        <translation>Choose who signs…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="63"/>
        <source>El (la) estudiante, mayor de edad</source>
        <translation>The student (an adult)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="68"/>
        <source>Se escuchó la opinión del estudiante</source>
        <translation>The student&apos;s opinion was heard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="74"/>
        <source> (dato sensible, opcional)</source>
        <translation> (sensitive data, optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="75"/>
        <source> (opcional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="78"/>
        <source>Autoriza</source>
        <translation>Authorises</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="78"/>
        <source>No autoriza</source>
        <translation>Does not authorise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="87"/>
        <source>Firma:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="88"/>
        <source>Fecha de la firma:</source>
        <translation>Date signed:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="93"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="94"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="121"/>
        <source>Elija quién firma la autorización.</source>
        <translation>Choose who signs the authorisation.</translation>
    </message>
</context>
<context>
    <name>ConsentSettingsWidget</name>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="52"/>
        <source>Finalidad</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="52"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="52"/>
        <source>Obligatoria</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="52"/>
        <source>Dato sensible</source>
        <translation>Sensitive data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="56"/>
        <source>Agregar finalidad</source>
        <translation>Add purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="57"/>
        <source>Quitar finalidad</source>
        <translation>Remove purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="58"/>
        <source>Guardar texto y finalidades</source>
        <translation>Save text and purposes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="67"/>
        <source>Texto de la autorización de tratamiento de datos (Ley 1581 de 2012):</source>
        <translation>Text of the personal data authorisation (Ley 1581 de 2012):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="69"/>
        <source>Finalidades (cada una se autoriza o no por separado):</source>
        <translation>Purposes (each one is authorised or not on its own):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="145"/>
        <source>Sin cambios: sigue vigente %s.</source>
        <translation>No changes: %s stays in force.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="146"/>
        <source>Guardado como %s.</source>
        <translation>Saved as %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="155"/>
        <source>Versión vigente: %s · %s (desde %s)</source>
        <translation>Version in force: %s · %s (since %s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="156"/>
        <source>Aún no hay versiones: el primer registro de una autorización crea la v1.</source>
        <translation>No versions yet: the first authorisation recorded creates v1.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="42"/>
        <source>Ad&amp;juntar archivo…</source>
        <translation>Attach &amp;file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="43"/>
        <source>PDF, JPG o PNG; también puede arrastrar archivos sobre el documento</source>
        <translation>PDF, JPG or PNG; you can also drag files onto the document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="44"/>
        <source>Ver d&amp;ocumento</source>
        <translation>View d&amp;ocument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="45"/>
        <source>Reemplazar arc&amp;hivo…</source>
        <translation>Replace fi&amp;le…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="46"/>
        <source>Un archivo nuevo en lugar de los actuales (que se conservan como reemplazados)</source>
        <translation>A new file instead of the current ones (which are kept, marked as replaced)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="48"/>
        <source>Registrar a&amp;utorización…</source>
        <translation>Record a&amp;uthorisation…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="49"/>
        <source>La autorización de datos firmada (Ley 1581): quién firmó y qué autorizó</source>
        <translation>The signed data authorisation (Ley 1581): who signed and what they authorised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="51"/>
        <source>Revocar finalidad…</source>
        <translation>Revoke a purpose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="52"/>
        <source>Registra que la familia retira la autorización de una finalidad; lo firmado se conserva</source>
        <translation>Records that the family withdraws the authorisation of one purpose; what was signed is kept</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="54"/>
        <source>Desde el escá&amp;ner…</source>
        <translation>From the scan&amp;ner…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="55"/>
        <source>Los archivos nuevos de la carpeta del escáner de este computador</source>
        <translation>The new files in this computer&apos;s scanner folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="92"/>
        <source>subido</source>
        <translation>uploaded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="95"/>
        <source>por subir</source>
        <translation>to upload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="95"/>
        <source>aún no subido</source>
        <translation>not uploaded yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="122"/>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="124"/>
        <source>Su rol no permite %s.</source>
        <translation>Your role does not allow %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="126"/>
        <source>Archivos: %s</source>
        <translation>Files: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="132"/>
        <source>Autorización con texto anterior (%s)</source>
        <translation>Authorisation with an earlier text (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="141"/>
        <source>Adjuntar archivo a «%s»</source>
        <translation>Attach a file to “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="142"/>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="191"/>
        <source>Documentos escaneados (*.pdf *.jpg *.jpeg *.png);;Todos los archivos (*)</source>
        <translation>Scanned documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="190"/>
        <source>Reemplazar el archivo de «%s»</source>
        <translation>Replace the file of “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="240"/>
        <source>Revocar una finalidad</source>
        <translation>Revoke a purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="240"/>
        <source>La familia retira su autorización para:</source>
        <translation>The family withdraws its authorisation for:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="241"/>
        <source>Finalidad:</source>
        <translation>Purpose:</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_viewer.py" line="55"/>
        <source>Alejar (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_viewer.py" line="55"/>
        <source>Acercar (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="25"/>
        <source>Prejardín</source>
        <translation>Pre-kindergarten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="25"/>
        <source>Jardín</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="26"/>
        <source>Transición</source>
        <translation>Transition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="27"/>
        <source>Mañana</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="27"/>
        <source>Tarde</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="28"/>
        <source>Completa</source>
        <translation>Full day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="28"/>
        <source>Nocturna</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="29"/>
        <source>Fin de semana</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="29"/>
        <source>Jornada única</source>
        <translation>Single extended day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="30"/>
        <source>Tarjeta de identidad</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="31"/>
        <source>Registro civil de nacimiento</source>
        <translation>Birth certificate (registro civil)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="32"/>
        <source>Cédula de ciudadanía</source>
        <translation>Citizenship card (cédula)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="33"/>
        <source>Cédula de extranjería</source>
        <translation>Foreigner identity card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="34"/>
        <source>Número de identificación personal (NIP)</source>
        <translation>Personal identification number (NIP)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="35"/>
        <source>Número único de identificación personal (NUIP)</source>
        <translation>Unique personal identification number (NUIP)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="36"/>
        <source>Número establecido por la Secretaría de Educación (NES)</source>
        <translation>Number assigned by the Education Secretariat (NES)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="37"/>
        <source>Certificado de cabildo indígena</source>
        <translation>Indigenous council certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="38"/>
        <source>Permiso especial de permanencia (PEP)</source>
        <translation>Special stay permit (PEP)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="39"/>
        <source>Permiso por protección temporal (PPT)</source>
        <translation>Temporary protection permit (PPT)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="40"/>
        <source>Pasaporte</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="40"/>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="41"/>
        <source>Tarjeta de movilidad fronteriza</source>
        <translation>Border mobility card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="42"/>
        <source>Madre</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="42"/>
        <source>Padre</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="43"/>
        <source>Abuela</source>
        <translation>Grandmother</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="43"/>
        <source>Abuelo</source>
        <translation>Grandfather</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="44"/>
        <source>Tía</source>
        <translation>Aunt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="44"/>
        <source>Tío</source>
        <translation>Uncle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="45"/>
        <source>Hermana</source>
        <translation>Sister</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="45"/>
        <source>Hermano</source>
        <translation>Brother</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="46"/>
        <source>Madrastra</source>
        <translation>Stepmother</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="46"/>
        <source>Padrastro</source>
        <translation>Stepfather</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="47"/>
        <source>Tutor(a) legal</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="47"/>
        <source>Acudiente</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="48"/>
        <source>Otro</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="20"/>
        <source>No se pudo completar la operación.</source>
        <translation>The operation could not be completed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="21"/>
        <source>Revise los datos marcados.</source>
        <translation>Check the marked fields.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="22"/>
        <source>Su rol no le permite {action}.</source>
        <translation>Your role does not allow you to {action}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="23"/>
        <source>La operación choca con el estado actual del registro.</source>
        <translation>The operation conflicts with the record&apos;s current state.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="24"/>
        <source>El registro no existe o fue eliminado.</source>
        <translation>The record does not exist or was deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="25"/>
        <source>Este dato es obligatorio.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="26"/>
        <source>El texto es demasiado largo (máximo {max} caracteres).</source>
        <translation>The text is too long (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="27"/>
        <source>El valor no es válido.</source>
        <translation>The value is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="28"/>
        <source>La fecha no es válida.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="29"/>
        <source>El correo electrónico no es válido.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="30"/>
        <source>El teléfono no es válido: use solo dígitos (7 a 10).</source>
        <translation>The phone number is not valid: use digits only (7 to 10).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="32"/>
        <source>El campo «{field_label}» tiene caracteres de control que no se pueden guardar: bórrelos y escriba de nuevo esa parte.</source>
        <translation>The field «{field_label}» contains control characters that cannot be saved: delete them and type that part again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="33"/>
        <source>El campo «{field_label}» tiene caracteres invisibles o que cambian la dirección del texto (por ejemplo, espacios de ancho cero): bórrelos y escriba de nuevo esa parte.</source>
        <translation>The field «{field_label}» contains invisible or text-direction characters (for example zero-width spaces): delete them and type that part again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="35"/>
        <source>El tipo de documento «{doc_type}» no existe.</source>
        <translation>The document type “{doc_type}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="36"/>
        <source>Escriba el número de {doc_type}.</source>
        <translation>Type the {doc_type} number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="37"/>
        <source>El número de {doc_type} solo lleva dígitos.</source>
        <translation>A {doc_type} number has digits only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="38"/>
        <source>El número de {doc_type} solo puede tener letras y dígitos.</source>
        <translation>A {doc_type} number may have letters and digits only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="39"/>
        <source>El número de {doc_type} debe tener entre {min} y {max} caracteres (tiene {length}).</source>
        <translation>A {doc_type} number must have {min} to {max} characters (it has {length}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="40"/>
        <source>El número de {doc_type} no puede ser solo ceros.</source>
        <translation>A {doc_type} number cannot be all zeros.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="41"/>
        <source>Ya existe una persona con este documento en el colegio: {name}.</source>
        <translation>Someone with this document is already registered at the school: {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="42"/>
        <source>Atención: una persona de {age} años no suele identificarse con {doc_type}. Verifique el tipo de documento y la fecha de nacimiento.</source>
        <translation>Note: a person aged {age} does not usually carry a {doc_type}. Check the document type and the date of birth.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="43"/>
        <source>Un acudiente no se identifica con {doc_type}.</source>
        <translation>A guardian is not identified with a {doc_type}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="52"/>
        <source>El código DANE del colegio tiene 12 dígitos (por ejemplo 111001012345).</source>
        <translation>The school&apos;s DANE code has 12 digits (for example 111001012345).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="53"/>
        <source>El logo no es una imagen PNG o JPG que se pueda abrir. Elija otro archivo.</source>
        <translation>The logo is not a PNG or JPG image that can be opened. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="54"/>
        <source>El logo es demasiado grande (máximo {max_kb} KB). Use una imagen más pequeña.</source>
        <translation>The logo is too large (at most {max_kb} KB). Use a smaller image.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="56"/>
        <source>No se pudo hacer la copia de seguridad en «{path}» ({detail}).</source>
        <translation>The backup could not be written to “{path}” ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="57"/>
        <source>No hay espacio suficiente en «{path}» para la copia de seguridad. Libere espacio o elija otro disco o memoria USB.</source>
        <translation>There is not enough space in “{path}” for the backup. Free some space or choose another disk or USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="58"/>
        <source>No se puede escribir en «{path}» (carpeta o memoria USB de solo lectura, o sin permiso). Elija otra carpeta.</source>
        <translation>“{path}” cannot be written to (read-only folder or USB stick, or no permission). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="59"/>
        <source>Ya existe «{path}»: elija otro nombre o una carpeta vacía para no reemplazar otra copia.</source>
        <translation>“{path}” already exists: choose another name or an empty folder so that no other backup is replaced.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="60"/>
        <source>No se encontró «{path}».</source>
        <translation>“{path}” was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="61"/>
        <source>«{path}» no es una copia de seguridad de Secretaría Escolar.</source>
        <translation>“{path}” is not a School Office backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="62"/>
        <source>La copia de seguridad «{path}» está dañada ({detail}) y no se puede restaurar. Pruebe con otra copia.</source>
        <translation>The backup “{path}” is damaged ({detail}) and cannot be restored. Try another backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="64"/>
        <source>La copia «{path}» fue hecha con una versión más nueva de la aplicación ({revision}). Actualice Secretaría Escolar antes de restaurarla.</source>
        <translation>The backup “{path}” was made by a newer version of the app ({revision}). Update School Office before restoring it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="65"/>
        <source>No se pudo restaurar la copia: {detail}. Sus datos actuales quedaron como estaban.</source>
        <translation>The backup could not be restored: {detail}. Your current data was left as it was.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="45"/>
        <source>Escriba el NIT.</source>
        <translation>Type the NIT.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="46"/>
        <source>El NIT solo lleva dígitos, puntos y un guion antes del dígito de verificación.</source>
        <translation>A NIT has only digits, dots and a hyphen before the check digit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="47"/>
        <source>Escriba el NIT así: 900123456-7 (un solo dígito de verificación después del guion).</source>
        <translation>Type the NIT like this: 900123456-7 (one check digit after the hyphen).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="48"/>
        <source>El NIT debe tener entre {min} y {max} dígitos antes del dígito de verificación.</source>
        <translation>The NIT must have {min} to {max} digits before the check digit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="49"/>
        <source>No se sabe dónde está el dígito de verificación en {digits} dígitos: escríbalo después de un guion (por ejemplo 1020304050-1).</source>
        <translation>It is unclear where the check digit is in {digits} digits: type it after a hyphen (e.g. 1020304050-1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="50"/>
        <source>El dígito de verificación no corresponde al NIT: escribió {typed} y debería ser {expected}. Revise el número.</source>
        <translation>The check digit does not match the NIT: you typed {typed} and it should be {expected}. Check the number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="63"/>
        <source>La copia de seguridad «{path}» no trae completos los documentos escaneados: {count} de {total} archivos faltan o fueron alterados (el primero: {file}…). No se restauró nada; sus datos actuales quedaron como estaban. Pruebe con otra copia.</source>
        <translation>The backup “{path}” does not hold all the scanned documents: {count} of {total} files are missing or altered (the first: {file}…). Nothing was restored; your current data is as it was. Try another backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="67"/>
        <source>El grado «{grade}» no existe.</source>
        <translation>The grade “{grade}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="68"/>
        <source>La jornada «{shift}» no existe.</source>
        <translation>The shift “{shift}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="69"/>
        <source>El parentesco «{relationship}» no existe.</source>
        <translation>The relationship “{relationship}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="70"/>
        <source>Atención: {age} años es una edad poco común para {grade}. Verifique la fecha de nacimiento y el grado.</source>
        <translation>Note: {age} is an unusual age for {grade}. Check the date of birth and the grade.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="71"/>
        <source>La fecha de nacimiento no puede ser posterior a hoy.</source>
        <translation>The date of birth cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="72"/>
        <source>La fecha de nacimiento indica más de {max_age} años: revísela.</source>
        <translation>The date of birth means more than {max_age} years: check it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="74"/>
        <source>Escriba el nombre completo.</source>
        <translation>Type the full name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="75"/>
        <source>Ya existe un estudiante con nombre parecido y la misma fecha de nacimiento: {name}. ¿Es la misma persona?</source>
        <translation>There is already a student with a similar name and the same date of birth: {name}. Is it the same person?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="76"/>
        <source>El estudiante está desactivado.</source>
        <translation>The student is deactivated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="77"/>
        <source>Este acudiente ya está vinculado al estudiante.</source>
        <translation>This guardian is already linked to the student.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="78"/>
        <source>Este acudiente no está vinculado al estudiante.</source>
        <translation>This guardian is not linked to the student.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="79"/>
        <source>El estudiante debe tener un acudiente principal.</source>
        <translation>The student must have a primary guardian.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="80"/>
        <source>Solo puede haber un acudiente principal.</source>
        <translation>There can be only one primary guardian.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="81"/>
        <source>La lista de acudientes cambió mientras la ordenaba; vuelva a intentarlo.</source>
        <translation>The guardian list changed while you were ordering it; try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="83"/>
        <source>El estudiante ya tiene matrícula en el año lectivo {year}.</source>
        <translation>The student is already enrolled in school year {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="84"/>
        <source>El año lectivo {year} está cerrado: no admite cambios.</source>
        <translation>School year {year} is closed: it accepts no changes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="85"/>
        <source>El estado «{status}» no existe.</source>
        <translation>The status “{status}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="86"/>
        <source>La matrícula ya está en «{status}».</source>
        <translation>The enrollment is already “{status}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="87"/>
        <source>Una matrícula no puede pasar de «{source}» a «{target}».</source>
        <translation>An enrollment cannot go from “{source}” to “{target}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="88"/>
        <source>Escriba el motivo para «{action}».</source>
        <translation>Type the reason for “{action}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="89"/>
        <source>El motivo es demasiado largo (máximo {max} caracteres).</source>
        <translation>The reason is too long (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="90"/>
        <source>Faltan documentos o hay documentos rechazados: no se puede enviar a revisión.</source>
        <translation>Documents are missing or rejected: it cannot be sent for review.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="92"/>
        <source>El estado de documento «{state}» no existe.</source>
        <translation>The document state “{state}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="93"/>
        <source>El documento «{code}» no está en la lista de esta matrícula.</source>
        <translation>The document “{code}” is not on this enrollment&apos;s list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="94"/>
        <source>Escriba por qué se rechaza «{document}» para que la familia sepa qué traer.</source>
        <translation>Type why “{document}” is rejected so that the family knows what to bring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="95"/>
        <source>Escriba por qué «{document}» no aplica para este estudiante.</source>
        <translation>Type why “{document}” does not apply to this student.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="97"/>
        <source>«{name}» no es PDF, JPG ni PNG. Escanee o guarde el documento en uno de esos formatos.</source>
        <translation>“{name}” is not a PDF, JPG or PNG. Scan or save the document in one of those formats.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="98"/>
        <source>«{name}» pesa {size_mb} MB; el máximo es {max_mb} MB. Escanee a 200 ppp en escala de grises.</source>
        <translation>“{name}” is {size_mb} MB; the maximum is {max_mb} MB. Scan at 200 dpi in greyscale.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="99"/>
        <source>«{name}» está dañado o tiene contraseña; no se puede abrir.</source>
        <translation>“{name}” is damaged or password-protected; it cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="100"/>
        <source>No se encuentra el archivo «{name}».</source>
        <translation>The file “{name}” cannot be found.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="101"/>
        <source>No hay espacio en el disco para guardar el archivo.</source>
        <translation>There is no disk space left to save the file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="102"/>
        <source>Archivo aún no subido: el computador que lo adjuntó todavía no lo ha enviado.</source>
        <translation>File not uploaded yet: the computer that attached it has not sent it yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="103"/>
        <source>El archivo descargado no corresponde al documento guardado; no se muestra.</source>
        <translation>The downloaded file does not match the saved document; it is not shown.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="104"/>
        <source>No hay conexión con el almacenamiento de documentos; intente más tarde.</source>
        <translation>Document storage cannot be reached; try again later.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="105"/>
        <source>No se pueden subir documentos: revise la clave de almacenamiento con el encargado de sistemas.</source>
        <translation>Documents cannot be uploaded: check the storage key with the IT person.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="125"/>
        <source>Escriba el texto de la autorización de tratamiento de datos en la configuración del colegio.</source>
        <translation>Write the personal data authorisation text in the school&apos;s settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="126"/>
        <source>Marque Autoriza o No autoriza en «{purpose}».</source>
        <translation>Mark Authorises or Does not authorise for “{purpose}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="127"/>
        <source>La autorización la da la madre, el padre o el tutor legal (Ley 1581, art. 7).</source>
        <translation>The authorisation is given by the mother, the father or the legal guardian (Ley 1581, art. 7).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="128"/>
        <source>El estudiante es mayor de edad: firma él mismo la autorización.</source>
        <translation>The student is an adult and signs the authorisation themself.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="129"/>
        <source>Esta matrícula no tiene autorización de tratamiento de datos registrada.</source>
        <translation>This enrolment has no personal data authorisation recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="130"/>
        <source>Adjunte la autorización firmada escaneada antes de validarla.</source>
        <translation>Attach the scanned signed authorisation before validating it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="131"/>
        <source>Cada finalidad necesita un código y un nombre.</source>
        <translation>Each purpose needs a code and a name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="133"/>
        <source>La configuración de la lista de documentos está mal formada.</source>
        <translation>The document list settings are malformed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="134"/>
        <source>Esta configuración de documentos es de una versión más nueva ({version}); actualice la aplicación.</source>
        <translation>These document settings come from a newer version ({version}); update the application.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="135"/>
        <source>La configuración tiene un campo desconocido: «{key}».</source>
        <translation>The settings have an unknown field: “{key}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="136"/>
        <source>Se esperaba una lista.</source>
        <translation>A list was expected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="137"/>
        <source>Se esperaba un texto.</source>
        <translation>A text was expected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="138"/>
        <source>No existe un documento predeterminado con código «{code}».</source>
        <translation>There is no default document with code “{code}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="139"/>
        <source>El código «{code}» no sirve: use minúsculas, dígitos y _ (2 a 50, empezando por letra).</source>
        <translation>The code “{code}” is not valid: use lower-case letters, digits and _ (2 to 50, starting with a letter).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="140"/>
        <source>Ya hay un documento con el código «{code}».</source>
        <translation>There is already a document with the code “{code}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="141"/>
        <source>Escriba el nombre del documento.</source>
        <translation>Type the document&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="142"/>
        <source>El nombre del documento es demasiado largo (máximo {max} caracteres).</source>
        <translation>The document&apos;s name is too long (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="143"/>
        <source>El grado «{value}» no existe.</source>
        <translation>The grade “{value}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="144"/>
        <source>El nivel «{value}» no existe.</source>
        <translation>The level “{value}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="145"/>
        <source>La edad debe ser un número entero entre 0 y 100.</source>
        <translation>The age must be a whole number from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="146"/>
        <source>La edad mínima ({min}) es mayor que la máxima ({max}).</source>
        <translation>The minimum age ({min}) is greater than the maximum ({max}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="147"/>
        <source>Este campo solo admite sí, no o vacío.</source>
        <translation>This field accepts only yes, no or empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="149"/>
        <source>El año lectivo debe terminar después de empezar.</source>
        <translation>The school year must end after it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="150"/>
        <source>Las fechas se cruzan con el año lectivo {year}.</source>
        <translation>The dates overlap school year {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="151"/>
        <source>Ya existe un año lectivo llamado {year}.</source>
        <translation>There is already a school year called {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="152"/>
        <source>El nombre del año lectivo debe ser un año de cuatro cifras (2026), dos años seguidos (2026-2027) o un año con su calendario (2026-B).</source>
        <translation>A school year&apos;s name must be a four-digit year (2026), two consecutive years (2026-2027) or a year with its calendar (2026-B).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="153"/>
        <source>El periodo debe terminar después de empezar.</source>
        <translation>The period must end after it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="154"/>
        <source>El periodo debe estar dentro de las fechas del año lectivo.</source>
        <translation>The period must be within the school year&apos;s dates.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="155"/>
        <source>Las fechas se cruzan con el periodo {period}.</source>
        <translation>The dates overlap period {period}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="156"/>
        <source>Ya existe el periodo {number} en este año lectivo.</source>
        <translation>Period {number} already exists in this school year.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="107"/>
        <source>No se pudo completar la operación del SIMAT.</source>
        <translation>The SIMAT operation could not be completed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="108"/>
        <source>El archivo no parece un listado del SIMAT: {missing}.</source>
        <translation>The file does not look like a SIMAT listing: {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="109"/>
        <source>El listado es de la institución {found}, no de esta ({ours}).</source>
        <translation>The listing is from school {found}, not this one ({ours}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="110"/>
        <source>El listado es del año {found} y usted compara {year}.</source>
        <translation>The listing is for year {found} and you are comparing {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="111"/>
        <source>No se puede escribir «{name}»: está abierto en Excel. Ciérrelo e intente de nuevo.</source>
        <translation>Cannot write «{name}»: it is open in Excel. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="112"/>
        <source>No se puede escribir «{name}»: {reason}.</source>
        <translation>Cannot write «{name}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="113"/>
        <source>No se puede leer «{name}»: {reason}.</source>
        <translation>Cannot read «{name}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="114"/>
        <source>La plantilla «{name}» no tiene una fila de encabezados del SIMAT (por ejemplo NRO_DOCUMENTO, APELLIDO1, GRADO).</source>
        <translation>The template «{name}» has no SIMAT header row (for example NRO_DOCUMENTO, APELLIDO1, GRADO).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="115"/>
        <source>Falta el código DANE del colegio: escríbalo en Datos del colegio → SIMAT.</source>
        <translation>The school&apos;s DANE code is missing: enter it in School data → SIMAT.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="116"/>
        <source>El año lectivo elegido no existe.</source>
        <translation>The chosen school year does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="117"/>
        <source>Esa fila del listado ya no está en la comparación: compare de nuevo.</source>
        <translation>That listing row is no longer in the comparison: compare again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="118"/>
        <source>El dato {column} del SIMAT no se puede copiar a la ficha.</source>
        <translation>The SIMAT value {column} cannot be copied to the record.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="119"/>
        <source>Escriba solo dígitos.</source>
        <translation>Enter digits only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="120"/>
        <source>Debe tener {length} dígitos.</source>
        <translation>It must have {length} digits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="121"/>
        <source>El municipio {code} no existe en DIVIPOLA.</source>
        <translation>Municipality {code} does not exist in DIVIPOLA.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="122"/>
        <source>Escriba el nombre de la sede {cons_sede}.</source>
        <translation>Enter the name of campus {cons_sede}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="123"/>
        <source>La sede {cons_sede} está repetida.</source>
        <translation>Campus {cons_sede} is repeated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="158"/>
        <source>No se pudo importar el archivo.</source>
        <translation>The file could not be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="159"/>
        <source>No se pudo hacer la promoción al año siguiente.</source>
        <translation>The promotion to the next year could not be made.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="55"/>
        <source>Matricular estudiante</source>
        <translation>Enroll student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="59"/>
        <source>Buscar estudiante por nombre o documento</source>
        <translation>Search student by name or document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="68"/>
        <source>— Seleccione el grado —</source>
        <translation>— Choose the grade —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="74"/>
        <source>Ej.: 601, A</source>
        <translation>E.g. 601, A</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="77"/>
        <source>— Sin jornada —</source>
        <translation>— No shift —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="80"/>
        <source>Estudiante nuevo en el colegio</source>
        <translation>New to the school</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="87"/>
        <source>Matricular</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="88"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="91"/>
        <source>Estudiante:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="95"/>
        <source>Año lectivo:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="96"/>
        <source>Grado:</source>
        <translation>Grade:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="98"/>
        <source>Grupo:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="100"/>
        <source>Jornada:</source>
        <translation>Shift:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="159"/>
        <source>Seleccione el estudiante.</source>
        <translation>Choose the student.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="162"/>
        <source>Seleccione el grado.</source>
        <translation>Choose the grade.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="165"/>
        <source>No hay año lectivo: créelo primero en la configuración.</source>
        <translation>There is no school year: create one in the settings first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="217"/>
        <source>Se muestran %d de %d: escriba más del nombre o el documento.</source>
        <translation>Showing %d of %d: type more of the name or the document.</translation>
    </message>
</context>
<context>
    <name>EnrollmentChecklistPanel</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="376"/>
        <source>El acudiente entregó el documento (Alt+R)</source>
        <translation>The guardian handed in the document (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="106"/>
        <source>Imprimir lista…</source>
        <translation>Print checklist…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="63"/>
        <source>Cambiar es&amp;tado…</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="100"/>
        <source>&amp;Recibido</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="101"/>
        <source>Va&amp;lidar</source>
        <translation>Va&amp;lidate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="102"/>
        <source>Re&amp;chazar…</source>
        <translation>Reje&amp;ct…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="103"/>
        <source>No a&amp;plica…</source>
        <translation>Not a&amp;pplicable…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="104"/>
        <source>Marcar como &amp;faltante</source>
        <translation>Mark as &amp;missing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="107"/>
        <source>Vista previa e impresión de la lista de chequeo (Ctrl+P)</source>
        <translation>Preview and print the checklist (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="108"/>
        <source>&amp;Guardar PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="156"/>
        <source>Seleccione una matrícula de la lista.</source>
        <translation>Choose an enrollment from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="174"/>
        <source>Estado: %s</source>
        <translation>Status: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="206"/>
        <source>Seleccione un documento de la lista.</source>
        <translation>Choose a document from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="209"/>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="356"/>
        <source>Su rol no permite %s.</source>
        <translation>Your role does not allow %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="211"/>
        <source>El documento ya está en «%s».</source>
        <translation>The document is already “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="224"/>
        <source>Rechazar documento</source>
        <translation>Reject document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="224"/>
        <source>Documento no aplica</source>
        <translation>Document not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="246"/>
        <source>Cambiar estado de la matrícula</source>
        <translation>Change enrollment status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="247"/>
        <source>%s — estado actual: %s</source>
        <translation>%s — current status: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="252"/>
        <source>Nuevo estado:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="327"/>
        <source>Este grado no tiene documentos requeridos.</source>
        <translation>This grade has no required documents.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="329"/>
        <source>Documentación completa: lista para enviar a revisión.</source>
        <translation>Documents complete: ready to send for review.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="331"/>
        <source>Documentación completa.</source>
        <translation>Documents complete.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="334"/>
        <source>Falta 1 documento.</source>
        <translation>1 document missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="334"/>
        <source>Faltan %d documentos.</source>
        <translation>%d documents missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="377"/>
        <source>El documento está bien (Alt+L)</source>
        <translation>The document is fine (Alt+L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="378"/>
        <source>El documento no sirve: se pide el motivo (Alt+C)</source>
        <translation>The document is not acceptable: a reason is asked (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="379"/>
        <source>Este documento no aplica a este estudiante: se pide el motivo (Alt+P)</source>
        <translation>This document does not apply to this student: a reason is asked (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="380"/>
        <source>Deshacer: el documento vuelve a faltar (Alt+F)</source>
        <translation>Undo: the document is missing again (Alt+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="352"/>
        <source>Seleccione una matrícula.</source>
        <translation>Choose an enrollment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="354"/>
        <source>Cambiar el estado de la matrícula</source>
        <translation>Change the enrollment status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="359"/>
        <source>Desde «%s» su rol no tiene cambios de estado posibles.</source>
        <translation>From “%s” your role has no status changes available.</translation>
    </message>
</context>
<context>
    <name>EnrollmentLabels</name>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="13"/>
        <source>Falta</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="14"/>
        <source>Recibido (por validar)</source>
        <translation>Received (to validate)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="15"/>
        <source>Validado</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="16"/>
        <source>Rechazado</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="17"/>
        <source>No aplica</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="21"/>
        <source>Documentos pendientes</source>
        <translation>Documents pending</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="22"/>
        <source>En revisión</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="23"/>
        <source>Matriculado</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="24"/>
        <source>Graduado</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="25"/>
        <source>Retirado</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>EnrollmentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="23"/>
        <source>Estudiante</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="27"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="30"/>
        <source>Grado</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="36"/>
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="40"/>
        <source>Jornada</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="43"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="47"/>
        <source>Año</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>EnrollmentsView</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="63"/>
        <source>Buscar estudiante (Ctrl+F)</source>
        <translation>Search student (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="66"/>
        <source>Todos los estados</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="70"/>
        <source>Autorización con texto anterior</source>
        <translation>Authorisation with an earlier text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="72"/>
        <source>Todos los grados</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="76"/>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="334"/>
        <source>Todos los grupos</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="77"/>
        <source>Matricular…</source>
        <translation>Enroll…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="78"/>
        <source>Imprimir grupo (P&amp;DF)…</source>
        <translation>Print group (P&amp;DF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="79"/>
        <source>Una lista de chequeo por estudiante del grupo, en un solo PDF</source>
        <translation>One checklist per student of the group, in a single PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="83"/>
        <source>Tamaño del papel de las listas de chequeo</source>
        <translation>Paper size of the checklists</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="85"/>
        <source>Carta</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="86"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="87"/>
        <source>Oficio</source>
        <translation>Legal (Oficio)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="116"/>
        <source>Año:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="125"/>
        <source>Papel:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="247"/>
        <source>Lista de chequeo - %s</source>
        <translation>Checklist - %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="258"/>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="267"/>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="272"/>
        <source>Imprimir grupo</source>
        <translation>Print group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="258"/>
        <source>No hay año lectivo seleccionado.</source>
        <translation>No school year selected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="267"/>
        <source>Este año no tiene matrículas.</source>
        <translation>This year has no enrollments.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="272"/>
        <source>Grupo:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="277"/>
        <source>Listas de chequeo - %s</source>
        <translation>Checklists - %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="297"/>
        <source>Matricular a un estudiante (Ctrl+N)</source>
        <translation>Enroll a student (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="302"/>
        <source>Su rol no permite %s.</source>
        <translation>Your role does not allow %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="345"/>
        <source>1 estudiante</source>
        <translation>1 student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="345"/>
        <source>%d estudiantes</source>
        <translation>%d students</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="363"/>
        <source>1 matrícula</source>
        <translation>1 enrollment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="363"/>
        <source>%d matrículas</source>
        <translation>%d enrollments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="370"/>
        <source>No se pudo completar</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="440"/>
        <source>PDF guardado: %s</source>
        <translation>PDF saved: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="445"/>
        <source>Impresión del grupo cancelada.</source>
        <translation>Group printing cancelled.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="40"/>
        <source>Valor no válido</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="53"/>
        <source>Ocurrió un error inesperado. El detalle quedó en el registro de la aplicación.</source>
        <translation>An unexpected error occurred. The details were written to the application log.</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/form_fields.py" line="58"/>
        <source>Este campo admite como máximo %1 caracteres.</source>
        <translation>This field takes at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="96"/>
        <location filename="../../desktop_app/ui/guardians/form.py" line="142"/>
        <source>Acudiente</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="96"/>
        <source>Nuevo acudiente</source>
        <translation>New guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="100"/>
        <source>Estudiantes a cargo</source>
        <translation>Students in their care</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="106"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="107"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="150"/>
        <source>(ninguno)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="158"/>
        <source>Corregir y reenviar</source>
        <translation>Correct and resend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="160"/>
        <source>El servidor rechazó este cambio: %1 Corrija los datos y guarde para enviarlo de nuevo.</source>
        <translation>The server rejected this change: %1 Correct the data and save to send it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="198"/>
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
</context>
<context>
    <name>GuardianFields</name>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="42"/>
        <source>Tipo de documento</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="46"/>
        <source>Número de documento</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="47"/>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="48"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="49"/>
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="50"/>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="51"/>
        <source>Ocupación</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="52"/>
        <source>Lugar de trabajo</source>
        <translation>Workplace</translation>
    </message>
</context>
<context>
    <name>GuardianLinkDialog</name>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="178"/>
        <source>Acudiente del estudiante</source>
        <translation>Student&apos;s guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="182"/>
        <source>Buscar por documento</source>
        <translation>Find by document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="183"/>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="280"/>
        <source>Escriba el documento y pulse Enter para buscar si ya está registrado.</source>
        <translation>Type the document and press Enter to check whether they are already registered.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="187"/>
        <source>Vínculo con el estudiante</source>
        <translation>Relationship to the student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="192"/>
        <source>Acudiente principal</source>
        <translation>Primary guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="193"/>
        <source>Puede recoger al estudiante</source>
        <translation>May pick up the student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="194"/>
        <source>Contacto de emergencia</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="195"/>
        <source>Parentesco</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="201"/>
        <source>Aceptar</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="202"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="256"/>
        <source>No está registrado: complete sus datos para crearlo.</source>
        <translation>Not registered: fill in their details to create them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="269"/>
        <source>Ya registrado, se usará: %1</source>
        <translation>Already registered, will use: %1</translation>
    </message>
</context>
<context>
    <name>GuardianLinksModel</name>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="70"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="71"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="72"/>
        <source>Parentesco</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="73"/>
        <source>Principal</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="74"/>
        <source>Puede recoger</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="75"/>
        <source>Emergencia</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="150"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>GuardianTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="16"/>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="20"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="23"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="24"/>
        <source>Correo</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="25"/>
        <source>Ocupación</source>
        <translation>Occupation</translation>
    </message>
</context>
<context>
    <name>GuardiansView</name>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="40"/>
        <source>Buscar acudiente por nombre o documento (Ctrl+F)</source>
        <translation>Search guardian by name or document (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="41"/>
        <source>Nuevo acudiente</source>
        <translation>New guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="42"/>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="53"/>
        <source>Estudiantes a cargo</source>
        <translation>Students in their care</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="89"/>
        <source>Su rol no permite registrar acudientes.</source>
        <translation>Your role does not allow registering guardians.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/guardians/view.py" line="131"/>
        <source>%n acudiente(s)</source>
        <translation>
            <numerusform>%n guardian</numerusform>
            <numerusform>%n guardians</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="171"/>
        <source>(ningún estudiante vinculado)</source>
        <translation>(no linked students)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="59"/>
        <source>Importar estudiantes</source>
        <translation>Import students</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="73"/>
        <source>Elegir archivo…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="75"/>
        <source>Ningún archivo elegido.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="76"/>
        <source>Hoja:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="79"/>
        <source>Descargar plantilla</source>
        <translation>Download template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="92"/>
        <source>Mostrar solo errores</source>
        <translation>Show errors only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="95"/>
        <source>Llenar solo vacíos</source>
        <translation>Fill empty fields only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="96"/>
        <source>Reemplazar</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="97"/>
        <source>Omitir existentes</source>
        <translation>Skip existing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="111"/>
        <source>Vista previa</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="113"/>
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="116"/>
        <source>Volver a las columnas</source>
        <translation>Back to the columns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="119"/>
        <source>Estudiantes ya registrados:</source>
        <translation>Students already registered:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="126"/>
        <source>Deshacer</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="130"/>
        <source>Importaciones</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="144"/>
        <source>Elegir la lista de estudiantes</source>
        <translation>Choose the student list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="146"/>
        <source>Hojas de cálculo ({patterns})</source>
        <translation>Spreadsheets ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="155"/>
        <source>Guardar la plantilla</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="169"/>
        <source>Plantilla guardada en {path}.</source>
        <translation>Template saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="191"/>
        <source>{when} · {file}: {created} nuevos, {updated} actualizados</source>
        <translation>{when} · {file}: {created} new, {updated} updated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="195"/>
        <source> (deshecha)</source>
        <translation> (undone)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="214"/>
        <source>Importación de {file} deshecha.</source>
        <translation>Import of {file} undone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="225"/>
        <source>Leyendo el archivo…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="236"/>
        <source>Revise a qué columna del archivo corresponde cada dato.</source>
        <translation>Check which file column holds each field.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="245"/>
        <source>Preparando la vista previa…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="254"/>
        <source>Nada se ha guardado todavía.</source>
        <translation>Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="266"/>
        <source>Importando estudiantes…</source>
        <translation>Importing students…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="272"/>
        <source>Importación guardada: {created} nuevos, {updated} actualizados.</source>
        <translation>Import saved: {created} new, {updated} updated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="283"/>
        <source>Es otra persona: {count}</source>
        <translation>Another person: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="297"/>
        <source>No se pudo completar: {error}</source>
        <translation>Could not finish: {error}</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="62"/>
        <source>Dato</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="62"/>
        <source>Columna del archivo</source>
        <translation>File column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="63"/>
        <source>Ejemplo (primera fila)</source>
        <translation>Example (first row)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/column_delegate.py" line="23"/>
        <location filename="../../desktop_app/ui/importing/models.py" line="84"/>
        <source>(sin asignar)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/column_delegate.py" line="25"/>
        <source>Columna {n}</source>
        <translation>Column {n}</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="138"/>
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="138"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="139"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="139"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="140"/>
        <source>Cambios o mensajes</source>
        <translation>Changes or messages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="176"/>
        <source>Es otra persona</source>
        <translation>Is another person</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="26"/>
        <source>Nuevo</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="26"/>
        <source>Actualiza</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="27"/>
        <source>Sin cambios</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="28"/>
        <source>Posible duplicado</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="28"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="99"/>
        <source>Sin matrícula</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="104"/>
        <source>Femenino</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="104"/>
        <source>Masculino</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="104"/>
        <source>Otro</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="60"/>
        <location filename="../../desktop_app/ui/main_window/window.py" line="269"/>
        <source>Secretaría Escolar</source>
        <translation>School Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="65"/>
        <source>Año lectivo:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="74"/>
        <source>Crear año lectivo…</source>
        <translation>Create school year…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="77"/>
        <source>Modo local: los datos se guardan solo en este computador.</source>
        <translation>Local mode: data is saved on this computer only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="84"/>
        <source>&amp;Estudiantes</source>
        <translation>&amp;Students</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="85"/>
        <source>&amp;Acudientes</source>
        <translation>&amp;Guardians</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="86"/>
        <source>&amp;Matrículas</source>
        <translation>&amp;Enrollments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="108"/>
        <source>Usuario: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="118"/>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="119"/>
        <source>&amp;Nuevo</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="122"/>
        <source>&amp;Buscar</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="125"/>
        <source>&amp;Matricular al estudiante seleccionado</source>
        <translation>&amp;Enroll the selected student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="128"/>
        <source>&amp;Imprimir lista de documentos</source>
        <translation>&amp;Print document checklist</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="131"/>
        <source>Nuevo &amp;año lectivo…</source>
        <translation>New school &amp;year…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="137"/>
        <source>Su rol no permite crear años lectivos.</source>
        <translation>Your role does not allow creating school years.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="142"/>
        <source>&amp;Importar estudiantes…</source>
        <translation>&amp;Import students…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="145"/>
        <source>Su rol no permite crear estudiantes.</source>
        <translation>Your role does not allow creating students.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="149"/>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="167"/>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="174"/>
        <source>&amp;Idioma</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="180"/>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="181"/>
        <source>Acerca de…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="195"/>
        <source>Modo: Local</source>
        <translation>Mode: Local</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="196"/>
        <source>Modo: Conectado</source>
        <translation>Mode: Connected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="197"/>
        <source>Modo: Sin conexión</source>
        <translation>Mode: Offline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="269"/>
        <source>Secretaría Escolar — %1</source>
        <translation>School Office — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="279"/>
        <source>(sin años lectivos)</source>
        <translation>(no school years)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="328"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="329"/>
        <source>El idioma se aplicará la próxima vez que abra la aplicación.</source>
        <translation>The language will apply the next time you open the application.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="336"/>
        <source>Acerca de Secretaría Escolar</source>
        <translation>About School Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="337"/>
        <source>Secretaría Escolar %1
Estudiantes, acudientes, matrículas y sus documentos.</source>
        <translation>School Office %1
Students, guardians, enrollments and their documents.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="373"/>
        <source>Salir sin guardar</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="374"/>
        <source>Hay un formulario con cambios sin guardar. ¿Desea salir y descartarlos?</source>
        <translation>A form has unsaved changes. Quit and discard them?</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in/flow.py" line="32"/>
        <source>Sin conexión</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="272"/>
        <source>No se pudo completar</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="61"/>
        <source>Aceptar</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="62"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="108"/>
        <source>Motivo (obligatorio):</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="108"/>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="112"/>
        <source>Escriba el motivo.</source>
        <translation>Type the reason.</translation>
    </message>
</context>
<context>
    <name>ReviewTag</name>
    <message>
        <location filename="../../desktop_app/ui/review_tags.py" line="19"/>
        <source>En revisión</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_tags.py" line="23"/>
        <source>En revisión: otro registro del colegio tiene el mismo documento. Los datos se conservan en este equipo; decida en Archivo → Revisión si son la misma persona.</source>
        <translation>Under review: another record of the school has the same document. The data is kept on this computer; decide in File → Review whether they are the same person.</translation>
    </message>
</context>
<context>
    <name>ScannerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="40"/>
        <source>Desde el escáner: %s</source>
        <translation>From the scanner: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="46"/>
        <source>Cambiar &amp;carpeta…</source>
        <translation>Change &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="52"/>
        <source>&amp;Adjuntar</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="79"/>
        <source>Elija la carpeta donde el escáner guarda los archivos.</source>
        <translation>Choose the folder where the scanner saves its files.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="81"/>
        <source>Carpeta del escáner: %s</source>
        <translation>Scanner folder: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="90"/>
        <source>Carpeta del escáner</source>
        <translation>Scanner folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="107"/>
        <source>No hay archivos nuevos. Un archivo aparece cuando el escáner termina de guardarlo.</source>
        <translation>No new files. A file appears once the scanner has finished saving it.</translation>
    </message>
</context>
<context>
    <name>SchoolFileActions</name>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="65"/>
        <source>&amp;Datos del colegio…</source>
        <translation>School &amp;details…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="67"/>
        <source>&amp;Copia de seguridad…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="69"/>
        <source>&amp;Restaurar copia…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="106"/>
        <source>Copia comprimida (*.zip)</source>
        <translation>Compressed backup (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="106"/>
        <source>Carpeta sin comprimir (*)</source>
        <translation>Uncompressed folder (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="108"/>
        <source>Guardar la copia de seguridad</source>
        <translation>Save the backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="124"/>
        <source>Haciendo la copia de seguridad…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="129"/>
        <location filename="../../desktop_app/ui/backup/actions.py" line="215"/>
        <source>Copia de seguridad</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="130"/>
        <source>La copia de seguridad quedó en:
%1

%2</source>
        <translation>The backup was saved to:
%1

%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="144"/>
        <source>No se pudo hacer la copia automática de hoy: %1</source>
        <translation>Today&apos;s automatic backup could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="153"/>
        <source>Elegir la copia de seguridad</source>
        <translation>Choose the backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="154"/>
        <source>Copias de seguridad (*.zip manifest.json)</source>
        <translation>Backups (*.zip manifest.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="164"/>
        <location filename="../../desktop_app/ui/backup/actions.py" line="179"/>
        <source>Restaurar copia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="165"/>
        <source>Termine o cierre primero los formularios abiertos y espere a que acabe el trabajo en curso.</source>
        <translation>First finish or close the open forms and wait for the work in progress to end.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="175"/>
        <source>Revisando la copia…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="180"/>
        <source>¿Reemplazar los datos de este computador por los de esta copia?

%1

Los datos actuales no se borran: se guardan aparte en la carpeta de datos. La aplicación se reiniciará al terminar.</source>
        <translation>Replace this computer&apos;s data with this backup&apos;s?

%1

The current data is not deleted: it is kept aside in the data folder. The app will restart when done.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="206"/>
        <source>La copia se restauró. Los datos que había antes se guardaron en:
%1

Secretaría Escolar se cerrará y se abrirá de nuevo con los datos restaurados.</source>
        <translation>The backup was restored. The data there was before was kept in:
%1

School Office will close and open again with the restored data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="184"/>
        <source>Restaurar</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="185"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="196"/>
        <source>Restaurando la copia…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="205"/>
        <source>Copia restaurada</source>
        <translation>Backup restored</translation>
    </message>
</context>
<context>
    <name>SchoolPickerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in/school_picker.py" line="27"/>
        <source>Elegir colegio</source>
        <translation>Choose school</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/school_picker.py" line="29"/>
        <source>Su usuario trabaja en varios colegios. ¿En cuál va a trabajar ahora?</source>
        <translation>Your user works at several schools. Which one will you work at now?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/school_picker.py" line="43"/>
        <source>Entrar</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/school_picker.py" line="44"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SchoolSettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="85"/>
        <source>Datos del colegio</source>
        <translation>School details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="90"/>
        <source>Solo el rector o el administrador del colegio pueden cambiar estos datos.</source>
        <translation>Only the school&apos;s principal or administrator can change these details.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="93"/>
        <source>&amp;Identificación</source>
        <translation>&amp;Identification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="94"/>
        <source>&amp;Documentos por grado</source>
        <translation>&amp;Documents by grade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="95"/>
        <source>&amp;Autorización de datos</source>
        <translation>Data &amp;authorisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="99"/>
        <source>&amp;SIMAT</source>
        <translation>&amp;SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="104"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="106"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="110"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="126"/>
        <source>Nombre del colegio</source>
        <translation>School name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="127"/>
        <source>NIT</source>
        <translation>NIT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="127"/>
        <source>900123456-7</source>
        <translation>900123456-7</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="132"/>
        <source>Resolución de aprobación</source>
        <translation>Approval resolution</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="133"/>
        <source>Resolución 004512 de 2015</source>
        <translation>Resolución 004512 de 2015</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="134"/>
        <source>Código DANE</source>
        <translation>DANE code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="135"/>
        <source>12 dígitos</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="136"/>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="137"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="147"/>
        <source>Elegir imagen…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="149"/>
        <source>Quitar logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="163"/>
        <source>Logo (PNG o JPG)</source>
        <translation>Logo (PNG or JPG)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="187"/>
        <source>Texto vacío: se imprime el texto de autorización predeterminado. Cada cambio del texto o de las finalidades se guarda como una nueva versión; las autorizaciones ya firmadas conservan la suya.</source>
        <translation>Empty text: the default authorisation text is printed. Each change of the text or of the purposes is saved as a new version; authorisations already signed keep theirs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="212"/>
        <source>Agregar documento…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="214"/>
        <source>Quitar documento</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="216"/>
        <source>Solo se quitan los documentos que agregó el colegio; los demás se desmarcan en todos los grados.</source>
        <translation>Only documents the school added can be removed; the others are unchecked in every grade.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="218"/>
        <source>Pedir en todos los grados</source>
        <translation>Ask in every grade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="220"/>
        <source>No pedir</source>
        <translation>Do not ask</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="227"/>
        <source>Marque en qué grados se pide cada documento (PJ prejardín, J jardín, T transición, C ciclos de adultos). Doble clic en el nombre para cambiarlo.</source>
        <translation>Check the grades in which each document is asked for (PJ pre-kindergarten, J kindergarten, T transition, C adult cycles). Double-click a name to change it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="281"/>
        <source>La lista de documentos de este colegio fue guardada por una versión más nueva de la aplicación (o está dañada): aquí no se puede cambiar. Se conserva tal como está.</source>
        <translation>This school&apos;s document list was saved by a newer version of the app (or is damaged): it cannot be changed here. It is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="296"/>
        <source>Sin logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="318"/>
        <source>Se guardará como %1</source>
        <translation>Will be saved as %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="324"/>
        <source>Elegir el logo del colegio</source>
        <translation>Choose the school&apos;s logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="324"/>
        <source>Imágenes PNG o JPG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="334"/>
        <source>No se pudo leer el archivo: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="353"/>
        <source>Agregar documento</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="353"/>
        <source>Nombre del documento:</source>
        <translation>Document name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="369"/>
        <source>Ese documento viene con la aplicación: desmárquelo en todos los grados (botón «No pedir»).</source>
        <translation>That document comes with the app: uncheck it in every grade (the “Do not ask” button).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="429"/>
        <source>Fila %1: </source>
        <translation>Row %1: </translation>
    </message>
</context>
<context>
    <name>SchoolYearDialog</name>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="30"/>
        <source>Nuevo año lectivo</source>
        <translation>New school year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="34"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="35"/>
        <source>Primer día</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="35"/>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="36"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="36"/>
        <source>Último día</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="37"/>
        <source>Es el año lectivo actual</source>
        <translation>This is the current school year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="48"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="49"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="12"/>
        <source>Sin conexión: está trabajando con los datos guardados en este computador. Todo lo que guarde se conserva y se sincroniza cuando vuelva la conexión.</source>
        <translation>Offline: you are working with the data saved on this computer. Everything you save is kept and synchronised when the connection returns.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="17"/>
        <source>Sin conexión, y este computador aún no sabe a qué colegios pertenece su usuario. Conéctese a internet para iniciar sesión la primera vez.</source>
        <translation>Offline, and this computer does not know yet which schools your user belongs to. Connect to the internet to sign in the first time.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="22"/>
        <source>Su sesión terminó (se cerró en otro equipo o fue revocada). Inicie sesión de nuevo; los datos guardados en este computador se conservan.</source>
        <translation>Your session ended (it was closed on another computer or revoked). Sign in again; the data saved on this computer is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="27"/>
        <source>Correo o contraseña incorrectos.</source>
        <translation>Wrong e-mail or password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="28"/>
        <source>Su correo electrónico aún no está confirmado. Consulte con el administrador.</source>
        <translation>Your e-mail address is not confirmed yet. Ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="32"/>
        <source>Su usuario está bloqueado. Consulte con el rector o el administrador.</source>
        <translation>Your user is blocked. Ask the principal or the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="33"/>
        <source>Su usuario está desactivado en Secretaría Escolar. Consulte con el rector.</source>
        <translation>Your user is deactivated in Secretaría Escolar. Ask the principal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="34"/>
        <source>Su usuario no tiene una vinculación activa con ningún colegio, o su usuario fue desactivado. Consulte con el rector.</source>
        <translation>Your user has no active membership in any school, or your user was deactivated. Ask the principal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="39"/>
        <source>Su vinculación con el colegio está inactiva. Consulte con el rector.</source>
        <translation>Your membership in the school is inactive. Ask the principal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="40"/>
        <source>Demasiados intentos seguidos. Espere un minuto e intente de nuevo.</source>
        <translation>Too many attempts in a row. Wait a minute and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="41"/>
        <source>No hay conexión con el servidor. Revise internet e intente de nuevo.</source>
        <translation>No connection to the server. Check the internet and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="42"/>
        <source>Escriba su correo y su contraseña.</source>
        <translation>Type your e-mail and your password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="43"/>
        <source>Sesión cerrada.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="44"/>
        <source>Para cerrar la sesión en todos los equipos se necesita conexión.</source>
        <translation>Signing out on every computer needs a connection.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="45"/>
        <source>Ese colegio no está entre sus vinculaciones activas.</source>
        <translation>That school is not among your active memberships.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="46"/>
        <source>El servidor rechazó la clave de la aplicación (anon key) de la configuración. Consulte con soporte técnico.</source>
        <translation>The server refused the application key (anon key) in the configuration. Ask technical support.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="51"/>
        <source>No se pudo guardar la sesión en el almacén de contraseñas del sistema. Consulte con soporte técnico.</source>
        <translation>The session could not be saved in the system&apos;s password store. Ask technical support.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="67"/>
        <source>Rector(a)</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="68"/>
        <source>Coordinador(a)</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="69"/>
        <source>Secretario(a)</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="70"/>
        <source>Docente</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="71"/>
        <source>Administrador(a)</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="34"/>
        <source>Iniciar sesión — Secretaría Escolar</source>
        <translation>Sign in — School Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="37"/>
        <source>Escriba el correo y la contraseña de su usuario del colegio.</source>
        <translation>Type your school user&apos;s email and password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="41"/>
        <source>nombre@colegio.edu.co</source>
        <translation>name@school.edu.co</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="52"/>
        <source>Correo electrónico:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="53"/>
        <source>Contraseña:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="56"/>
        <source>Iniciar sesión</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="58"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="59"/>
        <source>Dejar de esperar al servidor</source>
        <translation>Stop waiting for the server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="62"/>
        <source>Salir</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="88"/>
        <source>Conectando…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="100"/>
        <source>Se canceló la conexión. Revise el internet e intente de nuevo.</source>
        <translation>Connection cancelled. Check the internet connection and try again.</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="19"/>
        <source>Cerrar &amp;sesión</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="20"/>
        <source>Cerrar sesión en &amp;todos los equipos</source>
        <translation>Sign out on &amp;every computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="33"/>
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="46"/>
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="49"/>
        <source>Cerrar sesión</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="34"/>
        <source>Guarde o cierre primero los formularios abiertos; no se pierde nada de lo escrito.</source>
        <translation>First save or close the open forms; nothing typed is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="50"/>
        <source>Sesión cerrada. Los datos guardados en este computador se conservan; la próxima vez que abra la aplicación se le pedirá la contraseña.</source>
        <translation>Signed out. The data saved on this computer is kept; the next time you open the app it will ask for the password.</translation>
    </message>
</context>
<context>
    <name>SimatActions</name>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="44"/>
        <source>&amp;Revisión y exportación…</source>
        <translation>&amp;Review and export…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="46"/>
        <source>&amp;Comparar con listado SIMAT…</source>
        <translation>&amp;Compare with a SIMAT listing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="50"/>
        <source>&amp;SIMAT</source>
        <translation>&amp;SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="66"/>
        <source>Revisando las matrículas para el SIMAT…</source>
        <translation>Reviewing the enrollments for SIMAT…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="85"/>
        <source>Guardar el archivo del SIMAT</source>
        <translation>Save the SIMAT file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="86"/>
        <source>Libro de Excel (*.xlsx);;Texto separado por comas (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;Comma-separated text (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="92"/>
        <source>Elegir la plantilla del SIMAT</source>
        <translation>Choose the SIMAT template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="93"/>
        <location filename="../../desktop_app/ui/simat/actions.py" line="182"/>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="105"/>
        <source>Escribiendo el archivo del SIMAT…</source>
        <translation>Writing the SIMAT file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="110"/>
        <source>Se escribieron %1 de %2 matrículas en «%3».</source>
        <translation>%1 of %2 enrollments were written to “%3”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="113"/>
        <source>%1 filas con errores quedaron fuera, listadas en «%2».</source>
        <translation>%1 rows with errors were left out, listed in “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="116"/>
        <source>Atención: estas listas de valores aún no se han verificado con el Anexo 6A: %1.</source>
        <translation>Note: these value lists have not been checked against Anexo 6A yet: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="119"/>
        <source>Columnas de la plantilla que se dejaron en blanco: %1.</source>
        <translation>Template columns left blank: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="121"/>
        <source>Exportar al SIMAT</source>
        <translation>Export to SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="126"/>
        <source>Elegir el listado del SIMAT</source>
        <translation>Choose the SIMAT listing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="127"/>
        <source>Listados (*.xlsx *.xls *.csv)</source>
        <translation>Listings (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="137"/>
        <source>Comparando con el listado del SIMAT…</source>
        <translation>Comparing with the SIMAT listing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="174"/>
        <location filename="../../desktop_app/ui/simat/actions.py" line="191"/>
        <source>Comparación con el SIMAT</source>
        <translation>Comparison with SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="175"/>
        <source>Se guardó el estado SIMAT de %1 matrículas.</source>
        <translation>The SIMAT status of %1 enrollments was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="181"/>
        <source>Guardar la comparación</source>
        <translation>Save the comparison</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="192"/>
        <source>La comparación quedó en «%1».</source>
        <translation>The comparison was saved as “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="196"/>
        <source>SIMAT</source>
        <translation>SIMAT</translation>
    </message>
</context>
<context>
    <name>SimatReconcileWindow</name>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="60"/>
        <source>Comparación con el listado del SIMAT</source>
        <translation>Comparison with the SIMAT listing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="62"/>
        <source>Estudiante</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="62"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="64"/>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="64"/>
        <source>Aquí</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="64"/>
        <source>En el SIMAT</source>
        <translation>In SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="65"/>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="66"/>
        <source>Qué hacer</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="67"/>
        <source>Fecha de nacimiento</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="67"/>
        <source>Documento en el SIMAT</source>
        <translation>Document in SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="70"/>
        <source>Es la misma persona</source>
        <translation>Same person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="71"/>
        <source>Aplicar dato del SIMAT</source>
        <translation>Apply the SIMAT value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="72"/>
        <source>Copiar PER_ID</source>
        <translation>Copy PER_ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="73"/>
        <source>Guardar estado SIMAT</source>
        <translation>Save SIMAT status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="74"/>
        <source>Exportar…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="114"/>
        <source>Posibles coincidencias (%1)</source>
        <translation>Possible matches (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="115"/>
        <source>Compare los datos y use los botones: nada cambia sin que usted lo pida.</source>
        <translation>Compare the data and use the buttons: nothing changes unless you ask.</translation>
    </message>
</context>
<context>
    <name>SimatReviewWindow</name>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="40"/>
        <source>Revisión para SIMAT</source>
        <translation>SIMAT review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="45"/>
        <source>Sede:</source>
        <translation>Campus:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="48"/>
        <source>Estados:</source>
        <translation>Statuses:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="61"/>
        <source>Estudiante / problema</source>
        <translation>Student / problem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="61"/>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="61"/>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="64"/>
        <source>Exportar todo…</source>
        <translation>Export all…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="65"/>
        <source>Exportar solo filas sin errores…</source>
        <translation>Export only rows without errors…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="66"/>
        <source>Usar plantilla del SIMAT…</source>
        <translation>Use the SIMAT template…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="95"/>
        <source>Todas las sedes</source>
        <translation>All campuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="110"/>
        <source>(sin nombre)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="115"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="115"/>
        <source>Aviso</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="121"/>
        <source>%1 matrículas de %2: %3 filas con errores (%4 errores), %5 avisos.</source>
        <translation>%1 enrollments of %2: %3 rows with errors (%4 errors), %5 warnings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="126"/>
        <source>Listas aún sin verificar con el Anexo 6A: %1.</source>
        <translation>Lists not yet checked against Anexo 6A: %1.</translation>
    </message>
</context>
<context>
    <name>SimatSettingsTab</name>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="36"/>
        <source>Municipio (código DIVIPOLA, 5 dígitos)</source>
        <translation>Municipality (DIVIPOLA code, 5 digits)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="36"/>
        <source>Carácter</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="37"/>
        <source>Especialidad</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="37"/>
        <source>Metodología</source>
        <translation>Methodology</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="38"/>
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="51"/>
        <source>CONS_SEDE</source>
        <translation>CONS_SEDE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="51"/>
        <source>Nombre de la sede</source>
        <translation>Campus name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="55"/>
        <source>Agregar sede</source>
        <translation>Add campus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="56"/>
        <source>Quitar sede</source>
        <translation>Remove campus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="57"/>
        <source>Guardar datos SIMAT</source>
        <translation>Save SIMAT data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="128"/>
        <source>Sede de la fila %1: </source>
        <translation>Campus in row %1: </translation>
    </message>
</context>
<context>
    <name>SimatTab</name>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="43"/>
        <source>expedición del documento</source>
        <translation>document issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="43"/>
        <source>nacimiento</source>
        <translation>birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="43"/>
        <source>residencia</source>
        <translation>residence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="45"/>
        <source>Primer nombre</source>
        <translation>First given name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="46"/>
        <source>Segundo nombre</source>
        <translation>Second given name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="47"/>
        <source>Primer apellido</source>
        <translation>First surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="48"/>
        <source>Segundo apellido</source>
        <translation>Second surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="49"/>
        <source>División del nombre confirmada</source>
        <translation>Name split confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="52"/>
        <source>Departamento de {0}</source>
        <translation>Department of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="53"/>
        <source>Municipio de {0}</source>
        <translation>Municipality of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="55"/>
        <source>Dirección de residencia</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="56"/>
        <source>Barrio</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="57"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="58"/>
        <source>Zona (código SIMAT)</source>
        <translation>Zone (SIMAT code)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="59"/>
        <source>Estrato</source>
        <translation>Socioeconomic stratum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="60"/>
        <source>SISBÉN</source>
        <translation>SISBÉN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="61"/>
        <source>Etnia</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="62"/>
        <source>Tipo de discapacidad</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="63"/>
        <source>Capacidades excepcionales (código)</source>
        <translation>Exceptional abilities (code)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="64"/>
        <source>Población víctima del conflicto (código)</source>
        <translation>Conflict victim population (code)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="65"/>
        <source>País de origen (código)</source>
        <translation>Country of origin (code)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="66"/>
        <source>PER_ID (identificador SIMAT)</source>
        <translation>PER_ID (SIMAT identifier)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="67"/>
        <source>EPS</source>
        <translation>EPS (health insurer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="68"/>
        <source>Grupo sanguíneo y RH</source>
        <translation>Blood type and RH</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="69"/>
        <source>Institución anterior</source>
        <translation>Previous school</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="107"/>
        <source>Proponer división</source>
        <translation>Propose split</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="111"/>
        <source>Nombre para el SIMAT</source>
        <translation>Name for SIMAT</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="104"/>
        <location filename="../../desktop_app/ui/students/form.py" line="276"/>
        <source>Estudiante</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="104"/>
        <location filename="../../desktop_app/ui/students/form.py" line="276"/>
        <source>Nuevo estudiante</source>
        <translation>New student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="113"/>
        <source>Guardar de todas formas</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="124"/>
        <source>Tipo de documento</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="126"/>
        <source>Número de documento</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="128"/>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="128"/>
        <source>Nombres y apellidos</source>
        <translation>Given names and surnames</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="131"/>
        <source>Fecha de nacimiento</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="131"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="133"/>
        <source>Sexo</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="134"/>
        <source>Datos del estudiante</source>
        <translation>Student details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="153"/>
        <source>Agregar acudiente…</source>
        <translation>Add guardian…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="154"/>
        <source>Editar vínculo…</source>
        <translation>Edit relationship…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="155"/>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="156"/>
        <source>Subir prioridad</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="157"/>
        <source>Bajar prioridad</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="165"/>
        <source>Acudientes</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="169"/>
        <source>Matrículas</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="170"/>
        <source>Salud y SIMAT</source>
        <translation>Health and SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="174"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="176"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="212"/>
        <source>Su rol permite ver este estudiante, no modificarlo.</source>
        <translation>Your role allows viewing this student, not changing them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="269"/>
        <source>(sin matrículas)</source>
        <translation>(no enrollments)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="285"/>
        <source>Corregir y reenviar</source>
        <translation>Correct and resend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="287"/>
        <source>El servidor rechazó este cambio: %1 Corrija los datos y guarde para enviarlo de nuevo.</source>
        <translation>The server rejected this change: %1 Correct the data and save to send it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="426"/>
        <source>Ya hay estudiantes con un nombre parecido y la misma fecha de nacimiento:</source>
        <translation>There are already students with a similar name and the same date of birth:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="430"/>
        <source>Revise que no sea la misma persona antes de guardar.</source>
        <translation>Make sure it is not the same person before saving.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="479"/>
        <source>Cerrar sin guardar</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="480"/>
        <source>Hay cambios sin guardar. ¿Desea descartarlos?</source>
        <translation>There are unsaved changes. Discard them?</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="27"/>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="28"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="31"/>
        <source>Nacimiento</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="36"/>
        <source>Grado y grupo</source>
        <translation>Grade and group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="37"/>
        <source>Matrícula</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="38"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="38"/>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="38"/>
        <source>Inactivo</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>StudentsView</name>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="46"/>
        <source>Buscar por nombre o documento (Ctrl+F)</source>
        <translation>Search by name or document (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="47"/>
        <source>Solo activos</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="50"/>
        <source>Todos los grados</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="54"/>
        <source>Toda matrícula</source>
        <translation>Any enrollment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="57"/>
        <source>Nuevo estudiante</source>
        <translation>New student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="58"/>
        <location filename="../../desktop_app/ui/students/view.py" line="123"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="59"/>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="60"/>
        <source>Matricular…</source>
        <translation>Enroll…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="61"/>
        <source>Matricular al estudiante seleccionado (Ctrl+M)</source>
        <translation>Enroll the selected student (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="63"/>
        <location filename="../../desktop_app/ui/students/view.py" line="197"/>
        <source>Desactivar</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="123"/>
        <source>Su rol no permite crear estudiantes.</source>
        <translation>Your role does not allow creating students.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="172"/>
        <source>Desactivar estudiante</source>
        <translation>Deactivate student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="173"/>
        <source>¿Desactivar a %1? Sus datos y matrículas se conservan; deja de aparecer en la lista de activos.</source>
        <translation>Deactivate %1? Their details and enrollments are kept; they no longer appear among the active students.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="197"/>
        <source>Reactivar</source>
        <translation>Reactivate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/students/view.py" line="230"/>
        <source>%n estudiante(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="17"/>
        <source>Cambio rechazado</source>
        <translation>Rejected change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="18"/>
        <source>Posible duplicado</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="19"/>
        <source>Conflicto de datos</source>
        <translation>Data conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="20"/>
        <source>Cambio de estado no válido</source>
        <translation>Invalid status change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="21"/>
        <source>Edición de un registro borrado</source>
        <translation>Edit of a deleted record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="22"/>
        <source>Cambio rechazado en otro equipo</source>
        <translation>Change rejected on another PC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="29"/>
        <source>Estudiantes</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="30"/>
        <source>Acudientes</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="31"/>
        <source>Vínculos estudiante-acudiente</source>
        <translation>Student-guardian links</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="32"/>
        <source>Matrículas</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="33"/>
        <source>Documentos de matrícula</source>
        <translation>Enrollment documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="34"/>
        <source>Cambios de estado</source>
        <translation>Status changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="35"/>
        <source>Años lectivos</source>
        <translation>School years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="36"/>
        <source>Colegio</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="37"/>
        <source>Configuración del colegio</source>
        <translation>School settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="45"/>
        <source>Ya existe otro registro con el mismo documento.</source>
        <translation>Another record with the same document already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="46"/>
        <source>El dato cambió en el servidor y en este equipo.</source>
        <translation>The value changed on the server and on this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="47"/>
        <source>El cambio de estado no es válido en el orden de los hechos.</source>
        <translation>The status change is not valid in the order of events.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="87"/>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="87"/>
        <source>Tabla</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="88"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="89"/>
        <source>Datos escritos</source>
        <translation>Data typed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/actions.py" line="25"/>
        <source>Revisión: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/actions.py" line="43"/>
        <source>&amp;Revisión…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="55"/>
        <source>Tabla: %1</source>
        <translation>Table: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="58"/>
        <source>Motivo: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="59"/>
        <source>Datos escritos:</source>
        <translation>Data typed:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="62"/>
        <source>Registro que ya existe:</source>
        <translation>Record that already exists:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="64"/>
        <source>Campo «%1»: en el servidor «%2», en este equipo «%3»</source>
        <translation>Field “%1”: on the server “%2”, on this PC “%3”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="72"/>
        <source>No hay nada por revisar.</source>
        <translation>Nothing to review.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="74"/>
        <source>%1 casos por revisar (%2)</source>
        <translation>%1 cases to review (%2)</translation>
    </message>
</context>
<context>
    <name>SyncReviewWindow</name>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="90"/>
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="107"/>
        <source>Fusionar</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="108"/>
        <source>Son personas distintas…</source>
        <translation>Different people…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="109"/>
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="110"/>
        <source>Elegir valor…</source>
        <translation>Choose value…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="111"/>
        <source>Cerrar caso</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="114"/>
        <source>Corregir y reenviar…</source>
        <translation>Correct and resend…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="115"/>
        <source>Descartar mi cambio</source>
        <translation>Discard my change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="179"/>
        <source>Enviando la decisión…</source>
        <translation>Sending the decision…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="188"/>
        <source>Decisión guardada en el servidor; el caso sale de la lista al sincronizar.</source>
        <translation>Decision saved on the server; the case leaves the list at the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="191"/>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="196"/>
        <source>No se pudo resolver: %1</source>
        <translation>Could not resolve: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="208"/>
        <source>Son personas distintas</source>
        <translation>Different people</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="209"/>
        <source>Número de documento corregido:</source>
        <translation>Corrected document number:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="221"/>
        <source>Elegir valor</source>
        <translation>Choose value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="222"/>
        <source>Valor de «%1»:</source>
        <translation>Value of “%1”:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="249"/>
        <source>Cambio descartado: el registro vuelve a los datos del servidor al sincronizar.</source>
        <translation>Change discarded: the record goes back to the server&apos;s data at the next sync.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="19"/>
        <source>Actualice la aplicación para sincronizar</source>
        <translation>Update the app to synchronize</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="21"/>
        <source>El reloj de este equipo está desfasado</source>
        <translation>This computer&apos;s clock is wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="24"/>
        <source>Sin conexión · %1 cambios pendientes</source>
        <translation>Offline · %1 pending changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="25"/>
        <source>Sin conexión</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="27"/>
        <source>Sincronizando…</source>
        <translation>Synchronizing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="30"/>
        <source>Sincronizado hace un momento</source>
        <translation>Synchronized a moment ago</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="31"/>
        <source>Sincronizado hace %1 min</source>
        <translation>Synchronized %1 min ago</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="234"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop_app/ui/main_window/enrollments_tab.py" line="24"/>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/enrollments_tab.py" line="25"/>
        <source>Seleccione un estudiante matriculado en el año lectivo elegido.</source>
        <translation>Choose a student enrolled in the selected school year.</translation>
    </message>
</context>
</TS>
