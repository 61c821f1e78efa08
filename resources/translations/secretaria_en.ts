<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_CO">
<context>
    <name>Adoption</name>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="36" />
        <source>Años lectivos</source>
        <translation>School years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="37" />
        <source>Periodos académicos</source>
        <translation>Academic periods</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="38" />
        <source>Acudientes</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="39" />
        <source>Estudiantes</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="40" />
        <source>Vínculos estudiante–acudiente</source>
        <translation>Student–guardian links</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="41" />
        <source>Matrículas</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="42" />
        <source>Documentos de matrícula</source>
        <translation>Enrollment documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="54" />
        <location filename="../../desktop_app/ui/adoption/actions.py" line="63" />
        <source>Subir los datos de este equipo al colegio</source>
        <translation>Upload this computer's data to the school</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="58" />
        <source>Los datos que se guardaron en este equipo sin conexión (modo local) se suben al colegio en el que inició sesión. Quedan a su nombre; el nombre del colegio y de los usuarios de este equipo se guardan con cada registro. El archivo del modo local no se modifica. Esto se hace una sola vez.</source>
        <translation>The data saved on this computer without a server (local mode) is uploaded to the school you signed in to. It goes up in your name; the school and user names of this computer are kept with each record. The local-mode file is not changed. This is done only once.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="67" />
        <source>Datos</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="67" />
        <source>Se suben</source>
        <translation>To upload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="68" />
        <source>Ya están en el colegio</source>
        <translation>Already in the school</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="87" />
        <source>Subir al colegio</source>
        <translation>Upload to the school</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="91" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="95" />
        <source>Leyendo los datos de este equipo…</source>
        <translation>Reading this computer's data…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="115" />
        <source>Colegio en este equipo: %1</source>
        <translation>School on this computer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="116" />
        <source>Usuarios de este equipo: %1</source>
        <translation>Users of this computer: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="118" />
        <source>Documentos escaneados: %1</source>
        <translation>Scanned documents: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="121" />
        <source>%1 documentos escaneados no están en este equipo y no se pueden subir.</source>
        <translation>%1 scanned documents are not on this computer and cannot be uploaded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="125" />
        <source>Los años lectivos y periodos que el colegio ya tiene (mismo nombre o número) no se suben: los datos de este equipo quedan en los del colegio.</source>
        <translation>School years and periods the school already has (same name or number) are not uploaded: this computer's data goes into the school's.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="129" />
        <source>Las personas que el colegio ya tiene con el mismo documento se unen a su registro, o quedan en Revisión si los datos no coinciden.</source>
        <translation>People the school already has with the same document are joined to its record, or wait in Review if the data do not match.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="134" />
        <source>No puede subir estos datos: su rol en el colegio no le permite %1.</source>
        <translation>You cannot upload this data: your role in the school does not allow you to %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="167" />
        <source>Listo: %1 registros quedaron en la cola de sincronización y se enviarán al servidor. Documentos escaneados por subir: %2.</source>
        <translation>Done: %1 records are queued for sync and will be sent to the server. Scanned documents to upload: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/dialog.py" line="171" />
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/actions.py" line="26" />
        <source>Datos de este equipo subidos el %1 a las %2 a «%3»</source>
        <translation>This computer's data uploaded on %1 at %2 to “%3”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/actions.py" line="40" />
        <location filename="../../desktop_app/ui/adoption/actions.py" line="54" />
        <source>Subir los datos de este equipo al colegio…</source>
        <translation>Upload this computer's data to the school…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/actions.py" line="61" />
        <source>Archivo: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/adoption/actions.py" line="62" />
        <source>No se suben dos veces.</source>
        <translation>It is not uploaded twice.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/app.py" line="422" />
        <source>Cargando el colegio de demostración…</source>
        <translation>Loading the demo school…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="81" />
        <source>Secretaría Escolar</source>
        <translation>School Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="375" />
        <source>Documentos por subir: %1</source>
        <translation>Documents to upload: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="431" />
        <source>No se pudo abrir la base de datos local:
%1</source>
        <translation>The local database could not be opened:
%1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="39" />
        <source>Copia del %1 a las %2</source>
        <translation>Backup of %1 at %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="41" />
        <source>Colegio: %1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="52" />
        <source>Estudiantes</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="53" />
        <source>Acudientes</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="54" />
        <source>Matrículas</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="55" />
        <source>Años lectivos</source>
        <translation>School years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="56" />
        <source>Cambios sin enviar al servidor</source>
        <translation>Changes not yet sent to the server</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_model.py" line="79" />
        <source>Documento requerido</source>
        <translation>Required document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_model.py" line="80" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_model.py" line="81" />
        <source>Motivo u observación</source>
        <translation>Reason or note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_model.py" line="82" />
        <source>Actualizado</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>ChecklistPrintJobs</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_jobs.py" line="50" />
        <source>Impresión cancelada.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_jobs.py" line="51" />
        <source>Lista {number} de {total}: {name}</source>
        <translation>Checklist {number} of {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_jobs.py" line="62" />
        <source>Generando las listas de chequeo…</source>
        <translation>Generating the checklists…</translation>
    </message>
</context>
<context>
    <name>ChecklistPrinting</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="23" />
        <source>Lista de chequeo de matrícula</source>
        <translation>Enrollment checklist</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="41" />
        <source>Vista previa de la lista de chequeo</source>
        <translation>Checklist print preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="63" />
        <source>Guardar como PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="64" />
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="73" />
        <source>Buscar en:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="74" />
        <source>Nombre del archivo:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="75" />
        <source>Tipo de archivo:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="76" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="77" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChecklistRulesModel</name>
    <message>
        <location filename="../../desktop_app/ui/settings/checklist_rules_model.py" line="178" />
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/checklist_rules_model.py" line="178" />
        <source>Otras condiciones</source>
        <translation>Other conditions</translation>
    </message>
</context>
<context>
    <name>ConnectingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in/connecting.py" line="39" />
        <source>Secretaría Escolar</source>
        <translation>School Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/connecting.py" line="43" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/connecting.py" line="55" />
        <source>Conectando…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="51" />
        <source>Autorización de datos personales — %s</source>
        <translation>Personal data authorisation — %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="56" />
        <source>Texto %s · %s</source>
        <translation>Text %s · %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="57" />
        <source>El colegio aún no tiene texto de autorización.</source>
        <translation>The school has no authorisation text yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="59" />
        <source>Elija quién firma…</source>
        <translation>Choose who signs…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="63" />
        <source>El (la) estudiante, mayor de edad</source>
        <translation>The student (an adult)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="68" />
        <source>Se escuchó la opinión del estudiante</source>
        <translation>The student's opinion was heard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="74" />
        <source> (dato sensible, opcional)</source>
        <translation> (sensitive data, optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="75" />
        <source> (opcional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="78" />
        <source>Autoriza</source>
        <translation>Authorises</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="78" />
        <source>No autoriza</source>
        <translation>Does not authorise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="87" />
        <source>Firma:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="88" />
        <source>Fecha de la firma:</source>
        <translation>Date signed:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="93" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="94" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/consent_dialog.py" line="121" />
        <source>Elija quién firma la autorización.</source>
        <translation>Choose who signs the authorisation.</translation>
    </message>
</context>
<context>
    <name>ConsentSettingsWidget</name>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="52" />
        <source>Finalidad</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="52" />
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="52" />
        <source>Obligatoria</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="52" />
        <source>Dato sensible</source>
        <translation>Sensitive data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="56" />
        <source>Agregar finalidad</source>
        <translation>Add purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="57" />
        <source>Quitar finalidad</source>
        <translation>Remove purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="58" />
        <source>Guardar texto y finalidades</source>
        <translation>Save text and purposes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="67" />
        <source>Texto de la autorización de tratamiento de datos (Ley 1581 de 2012):</source>
        <translation>Text of the personal data authorisation (Ley 1581 de 2012):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="69" />
        <source>Finalidades (cada una se autoriza o no por separado):</source>
        <translation>Purposes (each one is authorised or not on its own):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="145" />
        <source>Sin cambios: sigue vigente %s.</source>
        <translation>No changes: %s stays in force.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="146" />
        <source>Guardado como %s.</source>
        <translation>Saved as %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="155" />
        <source>Versión vigente: %s · %s (desde %s)</source>
        <translation>Version in force: %s · %s (since %s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/consent_settings.py" line="156" />
        <source>Aún no hay versiones: el primer registro de una autorización crea la v1.</source>
        <translation>No versions yet: the first authorisation recorded creates v1.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="42" />
        <source>Ad&amp;juntar archivo…</source>
        <translation>Attach &amp;file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="43" />
        <source>PDF, JPG o PNG; también puede arrastrar archivos sobre el documento</source>
        <translation>PDF, JPG or PNG; you can also drag files onto the document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="44" />
        <source>Ver d&amp;ocumento</source>
        <translation>View d&amp;ocument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="45" />
        <source>Reemplazar arc&amp;hivo…</source>
        <translation>Replace fi&amp;le…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="46" />
        <source>Un archivo nuevo en lugar de los actuales (que se conservan como reemplazados)</source>
        <translation>A new file instead of the current ones (which are kept, marked as replaced)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="48" />
        <source>Registrar a&amp;utorización…</source>
        <translation>Record a&amp;uthorisation…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="49" />
        <source>La autorización de datos firmada (Ley 1581): quién firmó y qué autorizó</source>
        <translation>The signed data authorisation (Ley 1581): who signed and what they authorised</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="51" />
        <source>Revocar finalidad…</source>
        <translation>Revoke a purpose…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="52" />
        <source>Registra que la familia retira la autorización de una finalidad; lo firmado se conserva</source>
        <translation>Records that the family withdraws the authorisation of one purpose; what was signed is kept</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="54" />
        <source>Desde el escá&amp;ner…</source>
        <translation>From the scan&amp;ner…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="55" />
        <source>Los archivos nuevos de la carpeta del escáner de este computador</source>
        <translation>The new files in this computer's scanner folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="56" />
        <source>Reutilizar archivo del año anterior</source>
        <translation>Reuse last year's file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="57" />
        <source>Enlaza el archivo de este documento de la matrícula del año anterior (sin volver a subirlo); queda «Recibido (por validar)»</source>
        <translation>Links this document's file from last year's enrollment (without uploading it again); it becomes “Received (to be validated)”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="96" />
        <source>subido</source>
        <translation>uploaded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="99" />
        <source>por subir</source>
        <translation>to upload</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="99" />
        <source>aún no subido</source>
        <translation>not uploaded yet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="132" />
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="134" />
        <source>Su rol no permite %s.</source>
        <translation>Your role does not allow %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="136" />
        <source>Archivos: %s</source>
        <translation>Files: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="142" />
        <source>Autorización con texto anterior (%s)</source>
        <translation>Authorisation with an earlier text (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="151" />
        <source>Adjuntar archivo a «%s»</source>
        <translation>Attach a file to “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="152" />
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="219" />
        <source>Documentos escaneados (*.pdf *.jpg *.jpeg *.png);;Todos los archivos (*)</source>
        <translation>Scanned documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="218" />
        <source>Reemplazar el archivo de «%s»</source>
        <translation>Replace the file of “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="268" />
        <source>Revocar una finalidad</source>
        <translation>Revoke a purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="268" />
        <source>La familia retira su autorización para:</source>
        <translation>The family withdraws its authorisation for:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_actions.py" line="269" />
        <source>Finalidad:</source>
        <translation>Purpose:</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_viewer.py" line="55" />
        <source>Alejar (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/document_viewer.py" line="55" />
        <source>Acercar (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="25" />
        <source>Prejardín</source>
        <translation>Pre-kindergarten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="25" />
        <source>Jardín</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="26" />
        <source>Transición</source>
        <translation>Transition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="27" />
        <source>Mañana</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="27" />
        <source>Tarde</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="28" />
        <source>Completa</source>
        <translation>Full day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="28" />
        <source>Nocturna</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="29" />
        <source>Fin de semana</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="29" />
        <source>Jornada única</source>
        <translation>Single extended day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="30" />
        <source>Tarjeta de identidad</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="31" />
        <source>Registro civil de nacimiento</source>
        <translation>Birth certificate (registro civil)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="32" />
        <source>Cédula de ciudadanía</source>
        <translation>Citizenship card (cédula)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="33" />
        <source>Cédula de extranjería</source>
        <translation>Foreigner identity card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="34" />
        <source>Número de identificación personal (NIP)</source>
        <translation>Personal identification number (NIP)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="35" />
        <source>Número único de identificación personal (NUIP)</source>
        <translation>Unique personal identification number (NUIP)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="36" />
        <source>Número establecido por la Secretaría de Educación (NES)</source>
        <translation>Number assigned by the Education Secretariat (NES)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="37" />
        <source>Certificado de cabildo indígena</source>
        <translation>Indigenous council certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="38" />
        <source>Permiso especial de permanencia (PEP)</source>
        <translation>Special stay permit (PEP)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="39" />
        <source>Permiso por protección temporal (PPT)</source>
        <translation>Temporary protection permit (PPT)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="40" />
        <source>Pasaporte</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="40" />
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="41" />
        <source>Tarjeta de movilidad fronteriza</source>
        <translation>Border mobility card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="42" />
        <source>Madre</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="42" />
        <source>Padre</source>
        <translation>Father</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="43" />
        <source>Abuela</source>
        <translation>Grandmother</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="43" />
        <source>Abuelo</source>
        <translation>Grandfather</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="44" />
        <source>Tía</source>
        <translation>Aunt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="44" />
        <source>Tío</source>
        <translation>Uncle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="45" />
        <source>Hermana</source>
        <translation>Sister</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="45" />
        <source>Hermano</source>
        <translation>Brother</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="46" />
        <source>Madrastra</source>
        <translation>Stepmother</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="46" />
        <source>Padrastro</source>
        <translation>Stepfather</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="47" />
        <source>Tutor(a) legal</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="47" />
        <source>Acudiente</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="48" />
        <source>Otro</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="20" />
        <source>No se pudo completar la operación.</source>
        <translation>The operation could not be completed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="21" />
        <source>Revise los datos marcados.</source>
        <translation>Check the marked fields.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="22" />
        <source>Su rol no le permite {action}.</source>
        <translation>Your role does not allow you to {action}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="23" />
        <source>La operación choca con el estado actual del registro.</source>
        <translation>The operation conflicts with the record's current state.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="24" />
        <source>El registro no existe o fue eliminado.</source>
        <translation>The record does not exist or was deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="25" />
        <source>Este dato es obligatorio.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="26" />
        <source>El texto es demasiado largo (máximo {max} caracteres).</source>
        <translation>The text is too long (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="27" />
        <source>El valor no es válido.</source>
        <translation>The value is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="28" />
        <source>La fecha no es válida.</source>
        <translation>The date is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="29" />
        <source>El correo electrónico no es válido.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="30" />
        <source>El teléfono no es válido: use solo dígitos (7 a 10).</source>
        <translation>The phone number is not valid: use digits only (7 to 10).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="32" />
        <source>El campo «{field_label}» tiene caracteres de control que no se pueden guardar: bórrelos y escriba de nuevo esa parte.</source>
        <translation>The field «{field_label}» contains control characters that cannot be saved: delete them and type that part again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="33" />
        <source>El campo «{field_label}» tiene caracteres invisibles o que cambian la dirección del texto (por ejemplo, espacios de ancho cero): bórrelos y escriba de nuevo esa parte.</source>
        <translation>The field «{field_label}» contains invisible or text-direction characters (for example zero-width spaces): delete them and type that part again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="35" />
        <source>El tipo de documento «{doc_type}» no existe.</source>
        <translation>The document type “{doc_type}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="36" />
        <source>Escriba el número de {doc_type}.</source>
        <translation>Type the {doc_type} number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="37" />
        <source>El número de {doc_type} solo lleva dígitos.</source>
        <translation>A {doc_type} number has digits only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="38" />
        <source>El número de {doc_type} solo puede tener letras y dígitos.</source>
        <translation>A {doc_type} number may have letters and digits only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="39" />
        <source>El número de {doc_type} debe tener entre {min} y {max} caracteres (tiene {length}).</source>
        <translation>A {doc_type} number must have {min} to {max} characters (it has {length}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="40" />
        <source>El número de {doc_type} no puede ser solo ceros.</source>
        <translation>A {doc_type} number cannot be all zeros.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="41" />
        <source>Ya existe una persona con este documento en el colegio: {name}.</source>
        <translation>Someone with this document is already registered at the school: {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="42" />
        <source>Atención: una persona de {age} años no suele identificarse con {doc_type}. Verifique el tipo de documento y la fecha de nacimiento.</source>
        <translation>Note: a person aged {age} does not usually carry a {doc_type}. Check the document type and the date of birth.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="43" />
        <source>Un acudiente no se identifica con {doc_type}.</source>
        <translation>A guardian is not identified with a {doc_type}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="52" />
        <source>El código DANE del colegio tiene 12 dígitos (por ejemplo 111001012345).</source>
        <translation>The school's DANE code has 12 digits (for example 111001012345).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="53" />
        <source>El logo no es una imagen PNG o JPG que se pueda abrir. Elija otro archivo.</source>
        <translation>The logo is not a PNG or JPG image that can be opened. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="54" />
        <source>El logo es demasiado grande (máximo {max_kb} KB). Use una imagen más pequeña.</source>
        <translation>The logo is too large (at most {max_kb} KB). Use a smaller image.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="61" />
        <source>No se pudo hacer la copia de seguridad en «{path}» ({detail}).</source>
        <translation>The backup could not be written to “{path}” ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="62" />
        <source>No hay espacio suficiente en «{path}» para la copia de seguridad. Libere espacio o elija otro disco o memoria USB.</source>
        <translation>There is not enough space in “{path}” for the backup. Free some space or choose another disk or USB stick.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="63" />
        <source>No se puede escribir en «{path}» (carpeta o memoria USB de solo lectura, o sin permiso). Elija otra carpeta.</source>
        <translation>“{path}” cannot be written to (read-only folder or USB stick, or no permission). Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="64" />
        <source>Ya existe «{path}»: elija otro nombre o una carpeta vacía para no reemplazar otra copia.</source>
        <translation>“{path}” already exists: choose another name or an empty folder so that no other backup is replaced.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="65" />
        <source>No se encontró «{path}».</source>
        <translation>“{path}” was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="66" />
        <source>«{path}» no es una copia de seguridad de Secretaría Escolar.</source>
        <translation>“{path}” is not a School Office backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="67" />
        <source>La copia de seguridad «{path}» está dañada ({detail}) y no se puede restaurar. Pruebe con otra copia.</source>
        <translation>The backup “{path}” is damaged ({detail}) and cannot be restored. Try another backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="69" />
        <source>La copia «{path}» fue hecha con una versión más nueva de la aplicación ({revision}). Actualice Secretaría Escolar antes de restaurarla.</source>
        <translation>The backup “{path}” was made by a newer version of the app ({revision}). Update School Office before restoring it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="70" />
        <source>No se pudo restaurar la copia: {detail}. Sus datos actuales quedaron como estaban.</source>
        <translation>The backup could not be restored: {detail}. Your current data was left as it was.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="45" />
        <source>Escriba el NIT.</source>
        <translation>Type the NIT.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="46" />
        <source>El NIT solo lleva dígitos, puntos y un guion antes del dígito de verificación.</source>
        <translation>A NIT has only digits, dots and a hyphen before the check digit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="47" />
        <source>Escriba el NIT así: 900123456-7 (un solo dígito de verificación después del guion).</source>
        <translation>Type the NIT like this: 900123456-7 (one check digit after the hyphen).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="48" />
        <source>El NIT debe tener entre {min} y {max} dígitos antes del dígito de verificación.</source>
        <translation>The NIT must have {min} to {max} digits before the check digit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="49" />
        <source>No se sabe dónde está el dígito de verificación en {digits} dígitos: escríbalo después de un guion (por ejemplo 1020304050-1).</source>
        <translation>It is unclear where the check digit is in {digits} digits: type it after a hyphen (e.g. 1020304050-1).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="50" />
        <source>El dígito de verificación no corresponde al NIT: escribió {typed} y debería ser {expected}. Revise el número.</source>
        <translation>The check digit does not match the NIT: you typed {typed} and it should be {expected}. Check the number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="56" />
        <source>En este equipo no hay datos del modo local para subir.</source>
        <translation>There is no local-mode data on this computer to upload.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="57" />
        <source>No se subió nada: para subir estos datos su rol en el colegio debe permitirle {actions}. Pida ese permiso al rector o suba los datos con un usuario que lo tenga.</source>
        <translation>Nothing was uploaded: to upload this data your role in the school must allow you to {actions}. Ask the principal for that permission, or upload the data with a user who has it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="58" />
        <source>Este equipo todavía no ha recibido los datos del colegio. Espere a que termine la primera sincronización (barra de estado «Sincronizado») y vuelva a intentarlo, para que los años lectivos y las personas que el colegio ya tiene se reconozcan.</source>
        <translation>This computer has not received the school's data yet. Wait for the first sync to finish (status bar “Synchronized…”) and try again, so that the school years and people the school already has are recognised.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="59" />
        <source>Los datos de este equipo ya se subieron el {at} al colegio «{school}» ({user}). No se suben dos veces.</source>
        <translation>This computer's data was already uploaded on {at} to the school “{school}” ({user}). It is not uploaded twice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="68" />
        <source>La copia de seguridad «{path}» no trae completos los documentos escaneados: {count} de {total} archivos faltan o fueron alterados (el primero: {file}…). No se restauró nada; sus datos actuales quedaron como estaban. Pruebe con otra copia.</source>
        <translation>The backup “{path}” does not hold all the scanned documents: {count} of {total} files are missing or altered (the first: {file}…). Nothing was restored; your current data is as it was. Try another backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="72" />
        <source>El grado «{grade}» no existe.</source>
        <translation>The grade “{grade}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="73" />
        <source>La jornada «{shift}» no existe.</source>
        <translation>The shift “{shift}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="74" />
        <source>El parentesco «{relationship}» no existe.</source>
        <translation>The relationship “{relationship}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="75" />
        <source>Atención: {age} años es una edad poco común para {grade}. Verifique la fecha de nacimiento y el grado.</source>
        <translation>Note: {age} is an unusual age for {grade}. Check the date of birth and the grade.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="76" />
        <source>La fecha de nacimiento no puede ser posterior a hoy.</source>
        <translation>The date of birth cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="77" />
        <source>La fecha de nacimiento indica más de {max_age} años: revísela.</source>
        <translation>The date of birth means more than {max_age} years: check it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="79" />
        <source>Escriba el nombre completo.</source>
        <translation>Type the full name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="80" />
        <source>Ya existe un estudiante con nombre parecido y la misma fecha de nacimiento: {name}. ¿Es la misma persona?</source>
        <translation>There is already a student with a similar name and the same date of birth: {name}. Is it the same person?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="81" />
        <source>El estudiante está desactivado.</source>
        <translation>The student is deactivated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="82" />
        <source>Este acudiente ya está vinculado al estudiante.</source>
        <translation>This guardian is already linked to the student.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="83" />
        <source>Este acudiente no está vinculado al estudiante.</source>
        <translation>This guardian is not linked to the student.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="84" />
        <source>El estudiante debe tener un acudiente principal.</source>
        <translation>The student must have a primary guardian.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="85" />
        <source>Solo puede haber un acudiente principal.</source>
        <translation>There can be only one primary guardian.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="86" />
        <source>La lista de acudientes cambió mientras la ordenaba; vuelva a intentarlo.</source>
        <translation>The guardian list changed while you were ordering it; try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="88" />
        <source>El estudiante ya tiene matrícula en el año lectivo {year}.</source>
        <translation>The student is already enrolled in school year {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="89" />
        <location filename="../../desktop_app/domain/messages.py" line="227" />
        <source>El año lectivo {year} está cerrado: no admite cambios.</source>
        <translation>School year {year} is closed: it accepts no changes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="90" />
        <source>El estado «{status}» no existe.</source>
        <translation>The status “{status}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="91" />
        <source>La matrícula ya está en «{status}».</source>
        <translation>The enrollment is already “{status}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="92" />
        <source>Una matrícula no puede pasar de «{source}» a «{target}».</source>
        <translation>An enrollment cannot go from “{source}” to “{target}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="93" />
        <source>Escriba el motivo para «{action}».</source>
        <translation>Type the reason for “{action}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="94" />
        <source>El motivo es demasiado largo (máximo {max} caracteres).</source>
        <translation>The reason is too long (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="95" />
        <source>Faltan documentos o hay documentos rechazados: no se puede enviar a revisión.</source>
        <translation>Documents are missing or rejected: it cannot be sent for review.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="97" />
        <source>El estado de documento «{state}» no existe.</source>
        <translation>The document state “{state}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="98" />
        <source>El documento «{code}» no está en la lista de esta matrícula.</source>
        <translation>The document “{code}” is not on this enrollment's list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="99" />
        <source>Escriba por qué se rechaza «{document}» para que la familia sepa qué traer.</source>
        <translation>Type why “{document}” is rejected so that the family knows what to bring.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="100" />
        <source>Escriba por qué «{document}» no aplica para este estudiante.</source>
        <translation>Type why “{document}” does not apply to this student.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="102" />
        <source>«{name}» no es PDF, JPG ni PNG. Escanee o guarde el documento en uno de esos formatos.</source>
        <translation>“{name}” is not a PDF, JPG or PNG. Scan or save the document in one of those formats.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="103" />
        <source>«{name}» pesa {size_mb} MB; el máximo es {max_mb} MB. Escanee a 200 ppp en escala de grises.</source>
        <translation>“{name}” is {size_mb} MB; the maximum is {max_mb} MB. Scan at 200 dpi in greyscale.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="104" />
        <source>«{name}» está dañado o tiene contraseña; no se puede abrir.</source>
        <translation>“{name}” is damaged or password-protected; it cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="105" />
        <source>No se encuentra el archivo «{name}».</source>
        <translation>The file “{name}” cannot be found.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="106" />
        <source>La matrícula del año anterior no tiene un archivo de «{document}» para reutilizar.</source>
        <translation>Last year's enrollment has no file of “{document}” to reuse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="108" />
        <source>No hay espacio en el disco para guardar el archivo.</source>
        <translation>There is no disk space left to save the file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="109" />
        <source>Archivo aún no subido: el computador que lo adjuntó todavía no lo ha enviado.</source>
        <translation>File not uploaded yet: the computer that attached it has not sent it yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="110" />
        <source>El archivo descargado no corresponde al documento guardado; no se muestra.</source>
        <translation>The downloaded file does not match the saved document; it is not shown.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="111" />
        <source>No hay conexión con el almacenamiento de documentos; intente más tarde.</source>
        <translation>Document storage cannot be reached; try again later.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="112" />
        <source>No se pueden subir documentos: revise la clave de almacenamiento con el encargado de sistemas.</source>
        <translation>Documents cannot be uploaded: check the storage key with the IT person.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="126" />
        <source>«{value}» no es un nombre: use solo letras, espacios, apóstrofo o guion.</source>
        <translation>«{value}» is not a name: use only letters, spaces, apostrophes or hyphens.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="127" />
        <source>Para confirmar la división escriba al menos el primer nombre y el primer apellido.</source>
        <translation>To confirm the split, type at least the first given name and the first surname.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="128" />
        <source>«{value}» no es un grupo sanguíneo: use A+, A-, B+, B-, AB+, AB-, O+ u O-.</source>
        <translation>«{value}» is not a blood group: use A+, A-, B+, B-, AB+, AB-, O+ or O-.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="135" />
        <source>{field_label}: «{value}» no es una fecha; escríbala dd/mm/aaaa.</source>
        <translation>{field_label}: “{value}” is not a date; write it dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="136" />
        <source>{field_label}: el {value} es anterior a la fecha de elaboración ({elaborated}).</source>
        <translation>{field_label}: {value} is before the date the plan was drawn up ({elaborated}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="137" />
        <source>Escriba la fecha de elaboración del PIAR (dd/mm/aaaa) antes de las revisiones.</source>
        <translation>Write the date the PIAR was drawn up (dd/mm/yyyy) before the reviews.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="138" />
        <source>Ajuste {row}: falta el área o asignatura.</source>
        <translation>Adjustment {row}: the area or subject is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="139" />
        <source>Ajuste {row}: falta el ajuste razonable.</source>
        <translation>Adjustment {row}: the reasonable adjustment is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="140" />
        <source>{field_label}: el texto es demasiado largo (máximo {max} caracteres).</source>
        <translation>{field_label}: the text is too long (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="141" />
        <source>El PIAR es para estudiantes con discapacidad: registre el tipo de discapacidad en Salud y SIMAT.</source>
        <translation>The PIAR is for students with a disability: record the type of disability in Health and SIMAT.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="142" />
        <source>Este equipo no ha recibido el PIAR de este estudiante: sincronice con un usuario que pueda verlo antes de modificarlo.</source>
        <translation>This computer has not received this student's PIAR: sync with a user who may see it before changing it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="144" />
        <source>Escriba el texto de la autorización de tratamiento de datos en la configuración del colegio.</source>
        <translation>Write the personal data authorisation text in the school's settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="145" />
        <source>Marque Autoriza o No autoriza en «{purpose}».</source>
        <translation>Mark Authorises or Does not authorise for “{purpose}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="146" />
        <source>La autorización la da la madre, el padre o el tutor legal (Ley 1581, art. 7).</source>
        <translation>The authorisation is given by the mother, the father or the legal guardian (Ley 1581, art. 7).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="147" />
        <source>El estudiante es mayor de edad: firma él mismo la autorización.</source>
        <translation>The student is an adult and signs the authorisation themself.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="148" />
        <source>Esta matrícula no tiene autorización de tratamiento de datos registrada.</source>
        <translation>This enrolment has no personal data authorisation recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="149" />
        <source>Adjunte la autorización firmada escaneada antes de validarla.</source>
        <translation>Attach the scanned signed authorisation before validating it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="150" />
        <source>Cada finalidad necesita un código y un nombre.</source>
        <translation>Each purpose needs a code and a name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="152" />
        <source>La configuración de la lista de documentos está mal formada.</source>
        <translation>The document list settings are malformed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="153" />
        <source>Esta configuración de documentos es de una versión más nueva ({version}); actualice la aplicación.</source>
        <translation>These document settings come from a newer version ({version}); update the application.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="154" />
        <source>La configuración tiene un campo desconocido: «{key}».</source>
        <translation>The settings have an unknown field: “{key}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="155" />
        <source>Se esperaba una lista.</source>
        <translation>A list was expected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="156" />
        <source>Se esperaba un texto.</source>
        <translation>A text was expected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="157" />
        <source>No existe un documento predeterminado con código «{code}».</source>
        <translation>There is no default document with code “{code}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="158" />
        <source>El código «{code}» no sirve: use minúsculas, dígitos y _ (2 a 50, empezando por letra).</source>
        <translation>The code “{code}” is not valid: use lower-case letters, digits and _ (2 to 50, starting with a letter).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="159" />
        <source>Ya hay un documento con el código «{code}».</source>
        <translation>There is already a document with the code “{code}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="160" />
        <source>Escriba el nombre del documento.</source>
        <translation>Type the document's name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="161" />
        <source>El nombre del documento es demasiado largo (máximo {max} caracteres).</source>
        <translation>The document's name is too long (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="162" />
        <source>El grado «{value}» no existe.</source>
        <translation>The grade “{value}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="163" />
        <source>El nivel «{value}» no existe.</source>
        <translation>The level “{value}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="164" />
        <source>La edad debe ser un número entero entre 0 y 100.</source>
        <translation>The age must be a whole number from 0 to 100.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="165" />
        <source>La edad mínima ({min}) es mayor que la máxima ({max}).</source>
        <translation>The minimum age ({min}) is greater than the maximum ({max}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="166" />
        <source>Este campo solo admite sí, no o vacío.</source>
        <translation>This field accepts only yes, no or empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="168" />
        <source>El año lectivo debe terminar después de empezar.</source>
        <translation>The school year must end after it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="169" />
        <source>Las fechas se cruzan con el año lectivo {year}.</source>
        <translation>The dates overlap school year {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="170" />
        <source>Ya existe un año lectivo llamado {year}.</source>
        <translation>There is already a school year called {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="171" />
        <source>El nombre del año lectivo debe ser un año de cuatro cifras (2026), dos años seguidos (2026-2027) o un año con su calendario (2026-B).</source>
        <translation>A school year's name must be a four-digit year (2026), two consecutive years (2026-2027) or a year with its calendar (2026-B).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="172" />
        <source>El periodo debe terminar después de empezar.</source>
        <translation>The period must end after it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="173" />
        <source>El periodo debe estar dentro de las fechas del año lectivo.</source>
        <translation>The period must be within the school year's dates.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="174" />
        <source>Las fechas se cruzan con el periodo {period}.</source>
        <translation>The dates overlap period {period}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="175" />
        <source>Ya existe el periodo {number} en este año lectivo.</source>
        <translation>Period {number} already exists in this school year.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="221" />
        <source>Falta el motivo de «No continúa» de {name}.</source>
        <translation>The reason for «Not continuing» of {name} is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="222" />
        <source>Esa promoción no existe o ya fue deshecha.</source>
        <translation>That promotion does not exist or was already undone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="223" />
        <source>No se puede deshacer: estas matrículas cambiaron después de la promoción: {names}.</source>
        <translation>It cannot be undone: these enrollments changed after the promotion: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="224" />
        <source>No existe el año {year}. Créelo en Archivo → Nuevo año lectivo.</source>
        <translation>The year {year} does not exist. Create it in File → New school year.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="225" />
        <source>El año de origen no existe.</source>
        <translation>The year the students come from does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="226" />
        <source>El año {year} no empieza después de {source}: elija como año siguiente uno posterior.</source>
        <translation>The year {year} does not start after {source}: choose a later year as the next one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="228" />
        <source>{name} está en el último grado: márquelo Graduado(a), Repitente o No continúa.</source>
        <translation>{name} is in the last grade: mark them Graduated, Repeating or Not continuing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="114" />
        <source>No se pudo completar la operación del SIMAT.</source>
        <translation>The SIMAT operation could not be completed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="115" />
        <source>El archivo no parece un listado del SIMAT: {missing}.</source>
        <translation>The file does not look like a SIMAT listing: {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="116" />
        <source>El listado es de la institución {found}, no de esta ({ours}).</source>
        <translation>The listing is from school {found}, not this one ({ours}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="117" />
        <source>El listado es del año {found} y usted compara {year}.</source>
        <translation>The listing is for year {found} and you are comparing {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="118" />
        <source>No se puede escribir «{name}»: está abierto en Excel. Ciérrelo e intente de nuevo.</source>
        <translation>Cannot write «{name}»: it is open in Excel. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="119" />
        <source>No se puede escribir «{name}»: {reason}.</source>
        <translation>Cannot write «{name}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="120" />
        <source>No se puede leer «{name}»: {reason}.</source>
        <translation>Cannot read «{name}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="121" />
        <source>La plantilla «{name}» no tiene una fila de encabezados del SIMAT (por ejemplo NRO_DOCUMENTO, APELLIDO1, GRADO).</source>
        <translation>The template «{name}» has no SIMAT header row (for example NRO_DOCUMENTO, APELLIDO1, GRADO).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="122" />
        <source>Falta el código DANE del colegio: escríbalo en Datos del colegio → SIMAT.</source>
        <translation>The school's DANE code is missing: enter it in School data → SIMAT.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="123" />
        <location filename="../../desktop_app/domain/messages.py" line="207" />
        <source>El año lectivo elegido no existe.</source>
        <translation>The chosen school year does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="124" />
        <source>Esa fila del listado ya no está en la comparación: compare de nuevo.</source>
        <translation>That listing row is no longer in the comparison: compare again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="125" />
        <source>El dato {column} del SIMAT no se puede copiar a la ficha.</source>
        <translation>The SIMAT value {column} cannot be copied to the record.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="129" />
        <source>Escriba solo dígitos.</source>
        <translation>Enter digits only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="130" />
        <source>Debe tener {length} dígitos.</source>
        <translation>It must have {length} digits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="131" />
        <source>El municipio {code} no existe en DIVIPOLA.</source>
        <translation>Municipality {code} does not exist in DIVIPOLA.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="132" />
        <source>Escriba el nombre de la sede {cons_sede}.</source>
        <translation>Enter the name of campus {cons_sede}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="133" />
        <source>La sede {cons_sede} está repetida.</source>
        <translation>Campus {cons_sede} is repeated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="177" />
        <source>No se pudo importar el archivo.</source>
        <translation>The file could not be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="178" />
        <source>No se pudo leer el archivo.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="179" />
        <source>El archivo pesa {size_mb} MB; el máximo es {max_mb} MB. Divídalo.</source>
        <translation>The file is {size_mb} MB; the maximum is {max_mb} MB. Split it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="180" />
        <source>No se pueden leer archivos «{suffix}»; use .xlsx, .xls, .ods o .csv.</source>
        <translation>«{suffix}» files cannot be read; use .xlsx, .xls, .ods or .csv.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="181" />
        <source>La hoja está vacía: no hay una fila de encabezados.</source>
        <translation>The sheet is empty: there is no header row.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="182" />
        <source>El archivo tiene {count} filas; el máximo es {max}. Divídalo.</source>
        <translation>The file has {count} rows; the maximum is {max}. Split it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="183" />
        <source>El archivo no tiene la hoja «{sheet}».</source>
        <translation>The file has no sheet «{sheet}».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="184" />
        <source>Falta asignar la columna del tipo de documento.</source>
        <translation>The document type column is not assigned.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="185" />
        <source>Falta asignar la columna del número de documento.</source>
        <translation>The document number column is not assigned.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="186" />
        <source>Falta asignar la columna del nombre (completo, «Apellidos y nombres» o las cuatro partes).</source>
        <translation>The name column is not assigned (full name, «Apellidos y nombres» or the four parts).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="187" />
        <source>Hay columnas de grado, grupo o jornada: elija el año lectivo de las matrículas.</source>
        <translation>There are grade, group or shift columns: choose the school year of the enrollments.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="188" />
        <source>Fila {row}: «{value}» está en notación científica; dé a la columna formato Texto en Excel y vuelva a exportar.</source>
        <translation>Row {row}: «{value}» is in scientific notation; format the column as Text in Excel and export again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="189" />
        <source>Fila {row}: «{value}» está en notación científica o tiene decimales; dé a la columna formato Texto en Excel y vuelva a exportar.</source>
        <translation>Row {row}: «{value}» is in scientific notation or has decimals; format the column as Text in Excel and export again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="190" />
        <source>Fila {row}, columna «{column}»: «{value}» no es una fecha válida (dd/mm/aaaa).</source>
        <translation>Row {row}, column «{column}»: «{value}» is not a valid date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="191" />
        <source>Fila {row}, columna «{column}»: «{value}» tiene el año con {digits} cifras; escriba el año completo (dd/mm/aaaa).</source>
        <translation>Row {row}, column «{column}»: «{value}» has a {digits}-digit year; write the full year (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="192" />
        <source>Fila {row}, columna «{column}»: falta el tipo de documento.</source>
        <translation>Row {row}, column «{column}»: the document type is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="193" />
        <source>Fila {row}, columna «{column}»: «{value}» no es un tipo de documento conocido (TI, RC, CC, NUIP…).</source>
        <translation>Row {row}, column «{column}»: «{value}» is not a known document type (TI, RC, CC, NUIP…).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="194" />
        <source>Fila {row}, columna «{column}»: «{value}»: {detail}.</source>
        <translation>Row {row}, column «{column}»: «{value}»: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="195" />
        <source>Fila {row}, columna «{column}»: falta el nombre.</source>
        <translation>Row {row}, column «{column}»: the name is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="196" />
        <source>Fila {row}, columna «{column}»: el nombre es demasiado largo o tiene caracteres no permitidos.</source>
        <translation>Row {row}, column «{column}»: the name is too long or has characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="197" />
        <source>Fila {row}, columna «{column}»: «{value}» no es un sexo válido (F, M o X).</source>
        <translation>Row {row}, column «{column}»: «{value}» is not a valid sex (F, M or X).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="198" />
        <source>Fila {row}, columna «{column}»: falta el grado (el grupo y la jornada van con un grado).</source>
        <translation>Row {row}, column «{column}»: the grade is missing (the group and the shift go with a grade).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="199" />
        <source>Fila {row}, columna «{column}»: «{value}» no es un grado conocido (transición, 1°…11°, CLEI 1…6).</source>
        <translation>Row {row}, column «{column}»: «{value}» is not a known grade (transición, 1°…11°, CLEI 1…6).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="200" />
        <source>Fila {row}, columna «{column}»: «{value}» no es una jornada conocida (mañana, tarde, única…).</source>
        <translation>Row {row}, column «{column}»: «{value}» is not a known shift (morning, afternoon, full day…).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="201" />
        <source>Fila {row}, columna «{column}»: el grupo «{value}» tiene más de {max} caracteres.</source>
        <translation>Row {row}, column «{column}»: the group «{value}» has more than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="202" />
        <source>Fila {row}, columna «{column}»: «{value}» no es un documento de adulto (CC, CE, PPT, pasaporte…).</source>
        <translation>Row {row}, column «{column}»: «{value}» is not an adult's document (CC, CE, PPT, passport…).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="203" />
        <source>Fila {row}, columna «{column}»: falta el documento del acudiente.</source>
        <translation>Row {row}, column «{column}»: the guardian's document is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="204" />
        <source>Fila {row}, columna «{column}»: falta el nombre del acudiente.</source>
        <translation>Row {row}, column «{column}»: the guardian's name is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="205" />
        <source>Fila {row}, columna «{column}»: «{value}» no es un teléfono válido (7 a 10 dígitos).</source>
        <translation>Row {row}, column «{column}»: «{value}» is not a valid phone number (7 to 10 digits).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="206" />
        <source>Fila {row}, columna «{column}»: «{value}» no es un parentesco conocido (madre, padre, abuela, tío, acudiente…).</source>
        <translation>Row {row}, column «{column}»: «{value}» is not a known relationship (mother, father, grandmother, uncle, guardian…).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="208" />
        <source>El año lectivo {year} está cerrado: elija otro para las matrículas.</source>
        <translation>The school year {year} is closed: choose another one for the enrollments.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="209" />
        <source>Fila {row}: el documento {doc_type} {number} ya aparece en la fila {first}.</source>
        <translation>Row {row}: the document {doc_type} {number} already appears in row {first}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="210" />
        <source>Fila {row}: puede ser {matches}; márquela «Es otra persona» para importarla.</source>
        <translation>Row {row}: it may be {matches}; tick «Is another person» to import it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="211" />
        <source>Importación cancelada: no se guardó nada.</source>
        <translation>Import cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="212" />
        <source>Guardando estudiantes.</source>
        <translation>Saving students.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="213" />
        <source>Importación guardada.</source>
        <translation>Import saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="214" />
        <source>Esa importación no existe.</source>
        <translation>That import does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="215" />
        <source>Esa importación ya fue deshecha.</source>
        <translation>That import was already undone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="216" />
        <source>No se puede deshacer: estos estudiantes cambiaron después de importarlos: {rows}.</source>
        <translation>Cannot undo: these students changed after they were imported: {rows}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="217" />
        <source>No se puede deshacer: las matrículas de estos estudiantes cambiaron después de importarlas: {rows}.</source>
        <translation>Cannot undo: the enrollments of these students changed after they were imported: {rows}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="218" />
        <source>No se puede deshacer: los vínculos con acudientes de estos estudiantes cambiaron después de importarlos: {rows}.</source>
        <translation>Cannot undo: the guardian links of these students changed after they were imported: {rows}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="219" />
        <source>No se puede deshacer: estos acudientes cambiaron después de importarlos: {rows}.</source>
        <translation>Cannot undo: these guardians changed after they were imported: {rows}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/messages.py" line="220" />
        <source>No se pudo hacer la promoción al año siguiente.</source>
        <translation>The promotion to the next year could not be made.</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="55" />
        <source>Matricular estudiante</source>
        <translation>Enroll student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="59" />
        <source>Buscar estudiante por nombre o documento</source>
        <translation>Search student by name or document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="68" />
        <source>— Seleccione el grado —</source>
        <translation>— Choose the grade —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="74" />
        <source>Ej.: 601, A</source>
        <translation>E.g. 601, A</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="77" />
        <source>— Sin jornada —</source>
        <translation>— No shift —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="80" />
        <source>Estudiante nuevo en el colegio</source>
        <translation>New to the school</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="87" />
        <source>Matricular</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="88" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="91" />
        <source>Estudiante:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="95" />
        <source>Año lectivo:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="96" />
        <source>Grado:</source>
        <translation>Grade:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="98" />
        <source>Grupo:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="100" />
        <source>Jornada:</source>
        <translation>Shift:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="159" />
        <source>Seleccione el estudiante.</source>
        <translation>Choose the student.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="162" />
        <source>Seleccione el grado.</source>
        <translation>Choose the grade.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="165" />
        <source>No hay año lectivo: créelo primero en la configuración.</source>
        <translation>There is no school year: create one in the settings first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="217" />
        <source>Se muestran %d de %d: escriba más del nombre o el documento.</source>
        <translation>Showing %d of %d: type more of the name or the document.</translation>
    </message>
</context>
<context>
    <name>EnrollmentChecklistPanel</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="376" />
        <source>El acudiente entregó el documento (Alt+R)</source>
        <translation>The guardian handed in the document (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="106" />
        <source>Imprimir lista…</source>
        <translation>Print checklist…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="63" />
        <source>Cambiar es&amp;tado…</source>
        <translation>Change s&amp;tatus…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="100" />
        <source>&amp;Recibido</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="101" />
        <source>Va&amp;lidar</source>
        <translation>Va&amp;lidate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="102" />
        <source>Re&amp;chazar…</source>
        <translation>Reje&amp;ct…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="103" />
        <source>No a&amp;plica…</source>
        <translation>Not a&amp;pplicable…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="104" />
        <source>Marcar como &amp;faltante</source>
        <translation>Mark as &amp;missing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="107" />
        <source>Vista previa e impresión de la lista de chequeo (Ctrl+P)</source>
        <translation>Preview and print the checklist (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="108" />
        <source>&amp;Guardar PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="156" />
        <source>Seleccione una matrícula de la lista.</source>
        <translation>Choose an enrollment from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="174" />
        <source>Estado: %s</source>
        <translation>Status: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="206" />
        <source>Seleccione un documento de la lista.</source>
        <translation>Choose a document from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="209" />
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="356" />
        <source>Su rol no permite %s.</source>
        <translation>Your role does not allow %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="211" />
        <source>El documento ya está en «%s».</source>
        <translation>The document is already “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="224" />
        <source>Rechazar documento</source>
        <translation>Reject document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="224" />
        <source>Documento no aplica</source>
        <translation>Document not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="246" />
        <source>Cambiar estado de la matrícula</source>
        <translation>Change enrollment status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="247" />
        <source>%s — estado actual: %s</source>
        <translation>%s — current status: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="252" />
        <source>Nuevo estado:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="327" />
        <source>Este grado no tiene documentos requeridos.</source>
        <translation>This grade has no required documents.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="329" />
        <source>Documentación completa: lista para enviar a revisión.</source>
        <translation>Documents complete: ready to send for review.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="331" />
        <source>Documentación completa.</source>
        <translation>Documents complete.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="334" />
        <source>Falta 1 documento.</source>
        <translation>1 document missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="334" />
        <source>Faltan %d documentos.</source>
        <translation>%d documents missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="377" />
        <source>El documento está bien (Alt+L)</source>
        <translation>The document is fine (Alt+L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="378" />
        <source>El documento no sirve: se pide el motivo (Alt+C)</source>
        <translation>The document is not acceptable: a reason is asked (Alt+C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="379" />
        <source>Este documento no aplica a este estudiante: se pide el motivo (Alt+P)</source>
        <translation>This document does not apply to this student: a reason is asked (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="380" />
        <source>Deshacer: el documento vuelve a faltar (Alt+F)</source>
        <translation>Undo: the document is missing again (Alt+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="352" />
        <source>Seleccione una matrícula.</source>
        <translation>Choose an enrollment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="354" />
        <source>Cambiar el estado de la matrícula</source>
        <translation>Change the enrollment status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="359" />
        <source>Desde «%s» su rol no tiene cambios de estado posibles.</source>
        <translation>From “%s” your role has no status changes available.</translation>
    </message>
</context>
<context>
    <name>EnrollmentLabels</name>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="13" />
        <source>Falta</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="14" />
        <source>Recibido (por validar)</source>
        <translation>Received (to validate)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="15" />
        <source>Validado</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="16" />
        <source>Rechazado</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="17" />
        <source>No aplica</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="21" />
        <source>Documentos pendientes</source>
        <translation>Documents pending</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="22" />
        <source>En revisión</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="23" />
        <source>Matriculado</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="24" />
        <source>Graduado</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/printing/labels.py" line="25" />
        <source>Retirado</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>EnrollmentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="23" />
        <source>Estudiante</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="27" />
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="30" />
        <source>Grado</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="36" />
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="40" />
        <source>Jornada</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="43" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/table_model.py" line="47" />
        <source>Año</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>EnrollmentsView</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="63" />
        <source>Buscar estudiante (Ctrl+F)</source>
        <translation>Search student (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="66" />
        <source>Todos los estados</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="70" />
        <source>Autorización con texto anterior</source>
        <translation>Authorisation with an earlier text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="72" />
        <source>Todos los grados</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="76" />
        <location filename="../../desktop_app/ui/enrollments/view.py" line="334" />
        <source>Todos los grupos</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="77" />
        <source>Matricular…</source>
        <translation>Enroll…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="78" />
        <source>Imprimir grupo (P&amp;DF)…</source>
        <translation>Print group (P&amp;DF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="79" />
        <source>Una lista de chequeo por estudiante del grupo, en un solo PDF</source>
        <translation>One checklist per student of the group, in a single PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="83" />
        <source>Tamaño del papel de las listas de chequeo</source>
        <translation>Paper size of the checklists</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="85" />
        <source>Carta</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="86" />
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="87" />
        <source>Oficio</source>
        <translation>Legal (Oficio)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="116" />
        <source>Año:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="125" />
        <source>Papel:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="247" />
        <source>Lista de chequeo - %s</source>
        <translation>Checklist - %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="258" />
        <location filename="../../desktop_app/ui/enrollments/view.py" line="267" />
        <location filename="../../desktop_app/ui/enrollments/view.py" line="272" />
        <source>Imprimir grupo</source>
        <translation>Print group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="258" />
        <source>No hay año lectivo seleccionado.</source>
        <translation>No school year selected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="267" />
        <source>Este año no tiene matrículas.</source>
        <translation>This year has no enrollments.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="272" />
        <source>Grupo:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="277" />
        <source>Listas de chequeo - %s</source>
        <translation>Checklists - %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="297" />
        <source>Matricular a un estudiante (Ctrl+N)</source>
        <translation>Enroll a student (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="302" />
        <source>Su rol no permite %s.</source>
        <translation>Your role does not allow %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="345" />
        <source>1 estudiante</source>
        <translation>1 student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="345" />
        <source>%d estudiantes</source>
        <translation>%d students</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="363" />
        <source>1 matrícula</source>
        <translation>1 enrollment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="363" />
        <source>%d matrículas</source>
        <translation>%d enrollments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="370" />
        <source>No se pudo completar</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="440" />
        <source>PDF guardado: %s</source>
        <translation>PDF saved: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="445" />
        <source>Impresión del grupo cancelada.</source>
        <translation>Group printing cancelled.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="40" />
        <source>Valor no válido</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="53" />
        <source>Ocurrió un error inesperado. El detalle quedó en el registro de la aplicación.</source>
        <translation>An unexpected error occurred. The details were written to the application log.</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/form_fields.py" line="58" />
        <source>Este campo admite como máximo %1 caracteres.</source>
        <translation>This field takes at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="96" />
        <location filename="../../desktop_app/ui/guardians/form.py" line="142" />
        <source>Acudiente</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="96" />
        <source>Nuevo acudiente</source>
        <translation>New guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="100" />
        <source>Estudiantes a cargo</source>
        <translation>Students in their care</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="106" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="107" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="150" />
        <source>(ninguno)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="158" />
        <source>Corregir y reenviar</source>
        <translation>Correct and resend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="160" />
        <source>El servidor rechazó este cambio: %1 Corrija los datos y guarde para enviarlo de nuevo.</source>
        <translation>The server rejected this change: %1 Correct the data and save to send it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="198" />
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
</context>
<context>
    <name>GuardianFields</name>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="42" />
        <source>Tipo de documento</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="46" />
        <source>Número de documento</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="47" />
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="48" />
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="49" />
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="50" />
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="51" />
        <source>Ocupación</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="52" />
        <source>Lugar de trabajo</source>
        <translation>Workplace</translation>
    </message>
</context>
<context>
    <name>GuardianLinkDialog</name>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="178" />
        <source>Acudiente del estudiante</source>
        <translation>Student's guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="182" />
        <source>Buscar por documento</source>
        <translation>Find by document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="183" />
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="280" />
        <source>Escriba el documento y pulse Enter para buscar si ya está registrado.</source>
        <translation>Type the document and press Enter to check whether they are already registered.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="187" />
        <source>Vínculo con el estudiante</source>
        <translation>Relationship to the student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="192" />
        <source>Acudiente principal</source>
        <translation>Primary guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="193" />
        <source>Puede recoger al estudiante</source>
        <translation>May pick up the student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="194" />
        <source>Contacto de emergencia</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="195" />
        <source>Parentesco</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="201" />
        <source>Aceptar</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="202" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="256" />
        <source>No está registrado: complete sus datos para crearlo.</source>
        <translation>Not registered: fill in their details to create them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="269" />
        <source>Ya registrado, se usará: %1</source>
        <translation>Already registered, will use: %1</translation>
    </message>
</context>
<context>
    <name>GuardianLinksModel</name>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="70" />
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="71" />
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="72" />
        <source>Parentesco</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="73" />
        <source>Principal</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="74" />
        <source>Puede recoger</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="75" />
        <source>Emergencia</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="150" />
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>GuardianTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="16" />
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="20" />
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="23" />
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="24" />
        <source>Correo</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="25" />
        <source>Ocupación</source>
        <translation>Occupation</translation>
    </message>
</context>
<context>
    <name>GuardiansView</name>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="40" />
        <source>Buscar acudiente por nombre o documento (Ctrl+F)</source>
        <translation>Search guardian by name or document (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="41" />
        <source>Nuevo acudiente</source>
        <translation>New guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="42" />
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="53" />
        <source>Estudiantes a cargo</source>
        <translation>Students in their care</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="89" />
        <source>Su rol no permite registrar acudientes.</source>
        <translation>Your role does not allow registering guardians.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/guardians/view.py" line="131" />
        <source>%n acudiente(s)</source>
        <translation>
            <numerusform>%n guardian</numerusform>
            <numerusform>%n guardians</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="171" />
        <source>(ningún estudiante vinculado)</source>
        <translation>(no linked students)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="60" />
        <source>Importar estudiantes</source>
        <translation>Import students</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="74" />
        <source>Elegir archivo…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="76" />
        <source>Ningún archivo elegido.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="77" />
        <source>Hoja:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="80" />
        <source>Descargar plantilla</source>
        <translation>Download template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="93" />
        <source>Mostrar solo errores</source>
        <translation>Show errors only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="96" />
        <source>Llenar solo vacíos</source>
        <translation>Fill empty fields only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="97" />
        <source>Reemplazar</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="98" />
        <source>Omitir existentes</source>
        <translation>Skip existing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="112" />
        <source>Vista previa</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="114" />
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="117" />
        <source>Volver a las columnas</source>
        <translation>Back to the columns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="120" />
        <source>Estudiantes ya registrados:</source>
        <translation>Students already registered:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="127" />
        <source>Deshacer</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="131" />
        <source>Importaciones</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="145" />
        <source>Elegir la lista de estudiantes</source>
        <translation>Choose the student list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="147" />
        <source>Hojas de cálculo ({patterns})</source>
        <translation>Spreadsheets ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="156" />
        <source>Guardar la plantilla</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="170" />
        <source>Plantilla guardada en {path}.</source>
        <translation>Template saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="192" />
        <source>{when} · {file}: {created} nuevos, {updated} actualizados</source>
        <translation>{when} · {file}: {created} new, {updated} updated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="196" />
        <source>, {enrollments} matrículas, {links} vínculos con acudientes</source>
        <translation>, {enrollments} enrollments, {links} guardian links</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="199" />
        <source> (deshecha)</source>
        <translation> (undone)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="218" />
        <source>Importación de {file} deshecha.</source>
        <translation>Import of {file} undone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="229" />
        <source>Leyendo el archivo…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="240" />
        <source>Revise a qué columna del archivo corresponde cada dato.</source>
        <translation>Check which file column holds each field.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="249" />
        <source>Preparando la vista previa…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="258" />
        <source>Nada se ha guardado todavía.</source>
        <translation>Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="270" />
        <source>Importando estudiantes…</source>
        <translation>Importing students…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="276" />
        <source>Importación guardada: {created} nuevos, {updated} actualizados.</source>
        <translation>Import saved: {created} new, {updated} updated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="287" />
        <source>Es otra persona: {count}</source>
        <translation>Another person: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/dialog.py" line="299" />
        <source>No se pudo completar: {error}</source>
        <translation>Could not finish: {error}</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="63" />
        <source>Dato</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="63" />
        <source>Columna del archivo</source>
        <translation>File column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="64" />
        <source>Ejemplo (primera fila)</source>
        <translation>Example (first row)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/column_delegate.py" line="23" />
        <location filename="../../desktop_app/ui/importing/models.py" line="85" />
        <source>(sin asignar)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/column_delegate.py" line="25" />
        <source>Columna {n}</source>
        <translation>Column {n}</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="139" />
        <source>Fila</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="139" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="140" />
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="140" />
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="141" />
        <source>Cambios o mensajes</source>
        <translation>Changes or messages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="177" />
        <source>Es otra persona</source>
        <translation>Is another person</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="27" />
        <source>Nuevo</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="27" />
        <source>Actualiza</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="28" />
        <source>Sin cambios</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="29" />
        <source>Posible duplicado</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/importing/models.py" line="29" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="99" />
        <source>Sin matrícula</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="104" />
        <source>Femenino</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="104" />
        <source>Masculino</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="104" />
        <source>Otro</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="64" />
        <location filename="../../desktop_app/ui/main_window/window.py" line="335" />
        <source>Secretaría Escolar</source>
        <translation>School Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="69" />
        <source>Año lectivo:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="78" />
        <source>Crear año lectivo…</source>
        <translation>Create school year…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="81" />
        <source>Modo local: los datos se guardan solo en este computador.</source>
        <translation>Local mode: data is saved on this computer only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="86" />
        <location filename="../../desktop_app/ui/main_window/window.py" line="89" />
        <source>&amp;Estudiantes</source>
        <translation>&amp;Students</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="89" />
        <source>&amp;Acudientes</source>
        <translation>&amp;Guardians</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="89" />
        <source>&amp;Matrículas</source>
        <translation>&amp;Enrollments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="116" />
        <source>Usuario: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="126" />
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="127" />
        <source>&amp;Nuevo</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="130" />
        <source>&amp;Buscar</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="133" />
        <source>&amp;Matricular al estudiante seleccionado</source>
        <translation>&amp;Enroll the selected student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="136" />
        <source>&amp;Imprimir lista de documentos</source>
        <translation>&amp;Print document checklist</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="139" />
        <source>Nuevo &amp;año lectivo…</source>
        <translation>New school &amp;year…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="145" />
        <source>Su rol no permite crear años lectivos.</source>
        <translation>Your role does not allow creating school years.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="150" />
        <source>&amp;Importar estudiantes…</source>
        <translation>&amp;Import students…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="153" />
        <source>Su rol no permite crear estudiantes.</source>
        <translation>Your role does not allow creating students.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="157" />
        <source>&amp;Promoción al año siguiente…</source>
        <translation>Pro&amp;motion to the next year…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="161" />
        <source>Su rol no permite crear matrículas y registrar graduaciones.</source>
        <translation>Your role does not allow creating enrollments and recording graduations.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="165" />
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="184" />
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="191" />
        <source>&amp;Idioma</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="197" />
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="198" />
        <source>Acerca de…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="212" />
        <source>Modo: Local</source>
        <translation>Mode: Local</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="213" />
        <source>Modo: Conectado</source>
        <translation>Mode: Connected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="214" />
        <source>Modo: Sin conexión</source>
        <translation>Mode: Offline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="335" />
        <source>Secretaría Escolar — %1</source>
        <translation>School Office — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="345" />
        <source>(sin años lectivos)</source>
        <translation>(no school years)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="397" />
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="398" />
        <source>El idioma se aplicará la próxima vez que abra la aplicación.</source>
        <translation>The language will apply the next time you open the application.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="405" />
        <source>Acerca de Secretaría Escolar</source>
        <translation>About School Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="406" />
        <source>Secretaría Escolar %1
Estudiantes, acudientes, matrículas y sus documentos.</source>
        <translation>School Office %1
Students, guardians, enrollments and their documents.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="442" />
        <source>Salir sin guardar</source>
        <translation>Quit without saving</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="443" />
        <source>Hay un formulario con cambios sin guardar. ¿Desea salir y descartarlos?</source>
        <translation>A form has unsaved changes. Quit and discard them?</translation>
    </message>
</context>
<context>
    <name>PiarTab</name>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="46" />
        <source>Área o asignatura</source>
        <translation>Area or subject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="47" />
        <source>Ajuste razonable</source>
        <translation>Reasonable adjustment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="48" />
        <source>Apoyos</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="49" />
        <source>Evaluación</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="151" />
        <source>Agregar ajuste</source>
        <translation>Add adjustment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="152" />
        <source>Quitar ajuste</source>
        <translation>Remove adjustment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="153" />
        <source>Imprimir PIAR…</source>
        <translation>Print PIAR…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="163" />
        <source>Responsable</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="164" />
        <source>Cargo del responsable</source>
        <translation>Role of the responsible person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="165" />
        <source>Fecha de elaboración</source>
        <translation>Date drawn up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="166" />
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="170" />
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="167" />
        <source>Fechas de revisión</source>
        <translation>Review dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="168" />
        <source>dd/mm/aaaa; dd/mm/aaaa</source>
        <translation>dd/mm/yyyy; dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="169" />
        <source>Próxima revisión</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="171" />
        <source>Acudiente que firma el acuerdo</source>
        <translation>Guardian who signs the agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="172" />
        <source>Acuerdo con la familia</source>
        <translation>Agreement with the family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="173" />
        <source>Observaciones</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="177" />
        <source>Ajustes razonables por área</source>
        <translation>Reasonable adjustments by area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="207" />
        <source>Este equipo no ha recibido el PIAR de este estudiante (lo sincronizó un usuario que no puede verlo). Sincronice para verlo.</source>
        <translation>This computer has not received this student's PIAR (it was synced by a user who may not see it). Sync to see it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="210" />
        <source>El PIAR (Decreto 1421 de 2017) se elabora para estudiantes con discapacidad. Registre el tipo de discapacidad en la pestaña «Salud y SIMAT» para habilitarlo.</source>
        <translation>The PIAR (Decree 1421 of 2017) is drawn up for students with a disability. Record the type of disability on the “Health and SIMAT” tab to enable it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="213" />
        <source>Su rol permite ver el PIAR, no modificarlo.</source>
        <translation>Your role may see the PIAR, not change it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/piar_tab.py" line="280" />
        <source>PDF guardado: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
</context>
<context>
    <name>PromotionBatches</name>
    <message>
        <location filename="../../desktop_app/ui/promotion/batches.py" line="29" />
        <source>{when} — hacia {year}: {created} matrículas, {graduated} graduados, {leaves} no continúan (lote {short})</source>
        <translation>{when} — to {year}: {created} enrollments, {graduated} graduated, {leaves} not continuing (batch {short})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/batches.py" line="40" />
        <source>Promociones anteriores</source>
        <translation>Earlier promotions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/batches.py" line="44" />
        <source>Deshacer promoción</source>
        <translation>Undo promotion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/batches.py" line="51" />
        <source>Su rol no permite anular matrículas ni reabrir graduaciones.</source>
        <translation>Your role does not allow annulling enrollments or reopening graduations.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/batches.py" line="90" />
        <source>Deshaciendo la promoción…</source>
        <translation>Undoing the promotion…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/batches.py" line="93" />
        <source>Promoción deshecha: se anularon {created} matrículas del año siguiente, se reabrieron {graduated} graduaciones y se quitaron {leaves} marcas «No continúa».</source>
        <translation>Promotion undone: {created} enrollments of the next year were annulled, {graduated} graduations reopened and {leaves} “Not continuing” marks removed.</translation>
    </message>
</context>
<context>
    <name>PromotionCandidates</name>
    <message>
        <location filename="../../desktop_app/ui/promotion/models.py" line="96" />
        <source>Estudiante</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/models.py" line="96" />
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/models.py" line="97" />
        <source>Grado</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/models.py" line="97" />
        <source>Grupo</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/models.py" line="98" />
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/models.py" line="98" />
        <source>Año siguiente</source>
        <translation>Next year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/models.py" line="99" />
        <source>Motivo (No continúa)</source>
        <translation>Reason (not continuing)</translation>
    </message>
</context>
<context>
    <name>PromotionOutcome</name>
    <message>
        <location filename="../../desktop_app/ui/promotion/models.py" line="28" />
        <source>Promovido(a)</source>
        <translation>Promoted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/models.py" line="29" />
        <source>Repitente</source>
        <translation>Repeating</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/models.py" line="30" />
        <source>Graduado(a)</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/models.py" line="31" />
        <source>No continúa</source>
        <translation>Not continuing</translation>
    </message>
</context>
<context>
    <name>PromotionWizard</name>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="70" />
        <source>Años lectivos</source>
        <translation>School years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="71" />
        <source>Los estudiantes en «Matriculado(a)» del año de origen pasan al año siguiente, que debe existir.</source>
        <translation>The students “Enrolled” in the source year move to the next year, which must exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="84" />
        <source>Año de origen (N):</source>
        <translation>Source year (N):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="85" />
        <source>Año siguiente (N+1):</source>
        <translation>Next year (N+1):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="102" />
        <source>Elija el año de origen y escriba el año siguiente.</source>
        <translation>Choose the source year and type the next year.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="111" />
        <source>Leyendo las matrículas de {year}…</source>
        <translation>Reading the enrollments of {year}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="138" />
        <source>Pegar documentos</source>
        <translation>Paste documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="140" />
        <source>Un número de documento por línea (o separados por comas, punto y coma o espacios)</source>
        <translation>One document number per line (or separated by commas, semicolons or spaces)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="154" />
        <source>Resultado de cada estudiante</source>
        <translation>Each student's outcome</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="167" />
        <source>Motivo (obligatorio para «No continúa»)</source>
        <translation>Reason (required for “Not continuing”)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="168" />
        <source>Aplicar al grupo</source>
        <translation>Apply to the group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="170" />
        <source>Pegar documentos…</source>
        <translation>Paste documents…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="171" />
        <source>La lista de la Comisión de Evaluación y Promoción: aplica el resultado elegido</source>
        <translation>The Evaluation and Promotion Committee's list: applies the chosen outcome</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="176" />
        <source>Marcar como</source>
        <translation>Mark as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="177" />
        <source>el grupo</source>
        <translation>the group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="197" />
        <source>{n} estudiantes en «Matriculado(a)» de {year}. Cambie el resultado en la tabla, por grupo o pegando documentos.</source>
        <translation>{n} students “Enrolled” in {year}. Change the outcome in the table, by group or by pasting documents.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="210" />
        <source>No incluidos ({n})</source>
        <translation>Left out ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="211" />
        <source>Ya matriculados en {year} ({n})</source>
        <translation>Already enrolled in {year} ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="213" />
        <source>No hay estudiantes en «Matriculado(a)» por promover: vea las listas de abajo.</source>
        <translation>No “Enrolled” students left to promote: see the lists below.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="220" />
        <source>Escriba el motivo de «No continúa» antes de marcar.</source>
        <translation>Type the reason for “Not continuing” before marking.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="230" />
        <source>Marcados: {n}.</source>
        <translation>Marked: {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="232" />
        <source>Sin grado siguiente (no pueden ser Promovido(a)): {names}.</source>
        <translation>No next grade (cannot be Promoted): {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="256" />
        <source>No son candidatos: {numbers}.</source>
        <translation>Not candidates: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="269" />
        <source>Falta el motivo de «No continúa» de {name}.</source>
        <translation>The reason for “Not continuing” of {name} is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="278" />
        <source>Vista previa</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="279" />
        <source>Estudiantes por grado y resultado.</source>
        <translation>Students per grade and outcome.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="280" />
        <source>Guardar promoción</source>
        <translation>Save promotion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="299" />
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="300" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="309" />
        <source>Se crearán {new} matrículas en {year} (en «Documentos pendientes», como estudiantes antiguos), se graduarán {graduated} y {leaves} no continúan. Nada se guarda hasta «Guardar promoción».</source>
        <translation>{new} enrollments will be created in {year} (in “Documents pending”, as returning students), {graduated} will graduate and {leaves} do not continue. Nothing is saved until “Save promotion”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="321" />
        <source>Promoción</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="322" />
        <source>Un solo guardado: todo o nada.</source>
        <translation>One save: all or nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="326" />
        <source>Volver a la vista previa</source>
        <translation>Back to the preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="338" />
        <source>Guardando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="347" />
        <source>Promoción guardada (lote {short}): {promoted} promovidos, {repeats} repitentes, {graduated} graduados, {leaves} no continúan; {created} matrículas nuevas en {year} en «Documentos pendientes». Puede deshacerla en Archivo → Promoción al año siguiente… → Promociones anteriores.</source>
        <translation>Promotion saved (batch {short}): {promoted} promoted, {repeats} repeating, {graduated} graduated, {leaves} not continuing; {created} new enrollments in {year} in “Documents pending”. You can undo it in File → Promotion to the next year… → Earlier promotions.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="358" />
        <source>No se guardó nada: {reason}</source>
        <translation>Nothing was saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="367" />
        <source>Promoción al año siguiente</source>
        <translation>Promotion to the next year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/promotion/wizard.py" line="408" />
        <source>Guardando la promoción…</source>
        <translation>Saving the promotion…</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in/flow.py" line="32" />
        <source>Sin conexión</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="272" />
        <source>No se pudo completar</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="61" />
        <source>Aceptar</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="62" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="108" />
        <source>Motivo (obligatorio):</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="108" />
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="112" />
        <source>Escriba el motivo.</source>
        <translation>Type the reason.</translation>
    </message>
</context>
<context>
    <name>ReviewTag</name>
    <message>
        <location filename="../../desktop_app/ui/review_tags.py" line="19" />
        <source>En revisión</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_tags.py" line="23" />
        <source>En revisión: otro registro del colegio tiene el mismo documento. Los datos se conservan en este equipo; decida en Archivo → Revisión si son la misma persona.</source>
        <translation>Under review: another record of the school has the same document. The data is kept on this computer; decide in File → Review whether they are the same person.</translation>
    </message>
</context>
<context>
    <name>ScannerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="40" />
        <source>Desde el escáner: %s</source>
        <translation>From the scanner: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="46" />
        <source>Cambiar &amp;carpeta…</source>
        <translation>Change &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="52" />
        <source>&amp;Adjuntar</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="79" />
        <source>Elija la carpeta donde el escáner guarda los archivos.</source>
        <translation>Choose the folder where the scanner saves its files.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="81" />
        <source>Carpeta del escáner: %s</source>
        <translation>Scanner folder: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="90" />
        <source>Carpeta del escáner</source>
        <translation>Scanner folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/scanner_dialog.py" line="107" />
        <source>No hay archivos nuevos. Un archivo aparece cuando el escáner termina de guardarlo.</source>
        <translation>No new files. A file appears once the scanner has finished saving it.</translation>
    </message>
</context>
<context>
    <name>SchoolFileActions</name>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="68" />
        <source>&amp;Datos del colegio…</source>
        <translation>School &amp;details…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="70" />
        <source>&amp;Copia de seguridad…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="72" />
        <source>&amp;Restaurar copia…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="112" />
        <source>Copia comprimida (*.zip)</source>
        <translation>Compressed backup (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="112" />
        <source>Carpeta sin comprimir (*)</source>
        <translation>Uncompressed folder (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="114" />
        <source>Guardar la copia de seguridad</source>
        <translation>Save the backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="130" />
        <source>Haciendo la copia de seguridad…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="135" />
        <location filename="../../desktop_app/ui/backup/actions.py" line="221" />
        <source>Copia de seguridad</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="136" />
        <source>La copia de seguridad quedó en:
%1

%2</source>
        <translation>The backup was saved to:
%1

%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="150" />
        <source>No se pudo hacer la copia automática de hoy: %1</source>
        <translation>Today's automatic backup could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="159" />
        <source>Elegir la copia de seguridad</source>
        <translation>Choose the backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="160" />
        <source>Copias de seguridad (*.zip manifest.json)</source>
        <translation>Backups (*.zip manifest.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="170" />
        <location filename="../../desktop_app/ui/backup/actions.py" line="185" />
        <source>Restaurar copia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="171" />
        <source>Termine o cierre primero los formularios abiertos y espere a que acabe el trabajo en curso.</source>
        <translation>First finish or close the open forms and wait for the work in progress to end.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="181" />
        <source>Revisando la copia…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="186" />
        <source>¿Reemplazar los datos de este computador por los de esta copia?

%1

Los datos actuales no se borran: se guardan aparte en la carpeta de datos. La aplicación se reiniciará al terminar.</source>
        <translation>Replace this computer's data with this backup's?

%1

The current data is not deleted: it is kept aside in the data folder. The app will restart when done.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="212" />
        <source>La copia se restauró. Los datos que había antes se guardaron en:
%1

Secretaría Escolar se cerrará y se abrirá de nuevo con los datos restaurados.</source>
        <translation>The backup was restored. The data there was before was kept in:
%1

School Office will close and open again with the restored data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="190" />
        <source>Restaurar</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="191" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="202" />
        <source>Restaurando la copia…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/backup/actions.py" line="211" />
        <source>Copia restaurada</source>
        <translation>Backup restored</translation>
    </message>
</context>
<context>
    <name>SchoolPickerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in/school_picker.py" line="27" />
        <source>Elegir colegio</source>
        <translation>Choose school</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/school_picker.py" line="29" />
        <source>Su usuario trabaja en varios colegios. ¿En cuál va a trabajar ahora?</source>
        <translation>Your user works at several schools. Which one will you work at now?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/school_picker.py" line="43" />
        <source>Entrar</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/school_picker.py" line="44" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SchoolSettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="85" />
        <source>Datos del colegio</source>
        <translation>School details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="90" />
        <source>Solo el rector o el administrador del colegio pueden cambiar estos datos.</source>
        <translation>Only the school's principal or administrator can change these details.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="93" />
        <source>&amp;Identificación</source>
        <translation>&amp;Identification</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="94" />
        <source>&amp;Documentos por grado</source>
        <translation>&amp;Documents by grade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="95" />
        <source>&amp;Autorización de datos</source>
        <translation>Data &amp;authorisation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="99" />
        <source>&amp;SIMAT</source>
        <translation>&amp;SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="104" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="106" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="110" />
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="126" />
        <source>Nombre del colegio</source>
        <translation>School name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="127" />
        <source>NIT</source>
        <translation>NIT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="127" />
        <source>900123456-7</source>
        <translation>900123456-7</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="132" />
        <source>Resolución de aprobación</source>
        <translation>Approval resolution</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="133" />
        <source>Resolución 004512 de 2015</source>
        <translation>Resolución 004512 de 2015</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="134" />
        <source>Código DANE</source>
        <translation>DANE code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="135" />
        <source>12 dígitos</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="136" />
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="137" />
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="147" />
        <source>Elegir imagen…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="149" />
        <source>Quitar logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="163" />
        <source>Logo (PNG o JPG)</source>
        <translation>Logo (PNG or JPG)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="187" />
        <source>Texto vacío: se imprime el texto de autorización predeterminado. Cada cambio del texto o de las finalidades se guarda como una nueva versión; las autorizaciones ya firmadas conservan la suya.</source>
        <translation>Empty text: the default authorisation text is printed. Each change of the text or of the purposes is saved as a new version; authorisations already signed keep theirs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="212" />
        <source>Agregar documento…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="214" />
        <source>Quitar documento</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="216" />
        <source>Solo se quitan los documentos que agregó el colegio; los demás se desmarcan en todos los grados.</source>
        <translation>Only documents the school added can be removed; the others are unchecked in every grade.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="218" />
        <source>Pedir en todos los grados</source>
        <translation>Ask in every grade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="220" />
        <source>No pedir</source>
        <translation>Do not ask</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="227" />
        <source>Marque en qué grados se pide cada documento (PJ prejardín, J jardín, T transición, C ciclos de adultos). Doble clic en el nombre para cambiarlo.</source>
        <translation>Check the grades in which each document is asked for (PJ pre-kindergarten, J kindergarten, T transition, C adult cycles). Double-click a name to change it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="281" />
        <source>La lista de documentos de este colegio fue guardada por una versión más nueva de la aplicación (o está dañada): aquí no se puede cambiar. Se conserva tal como está.</source>
        <translation>This school's document list was saved by a newer version of the app (or is damaged): it cannot be changed here. It is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="296" />
        <source>Sin logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="318" />
        <source>Se guardará como %1</source>
        <translation>Will be saved as %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="324" />
        <source>Elegir el logo del colegio</source>
        <translation>Choose the school's logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="324" />
        <source>Imágenes PNG o JPG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="334" />
        <source>No se pudo leer el archivo: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="353" />
        <source>Agregar documento</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="353" />
        <source>Nombre del documento:</source>
        <translation>Document name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="369" />
        <source>Ese documento viene con la aplicación: desmárquelo en todos los grados (botón «No pedir»).</source>
        <translation>That document comes with the app: uncheck it in every grade (the “Do not ask” button).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/dialog.py" line="429" />
        <source>Fila %1: </source>
        <translation>Row %1: </translation>
    </message>
</context>
<context>
    <name>SchoolYearDialog</name>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="30" />
        <source>Nuevo año lectivo</source>
        <translation>New school year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="34" />
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="35" />
        <source>Primer día</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="35" />
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="36" />
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="36" />
        <source>Último día</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="37" />
        <source>Es el año lectivo actual</source>
        <translation>This is the current school year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="48" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/school_year_dialog.py" line="49" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="12" />
        <source>Sin conexión: está trabajando con los datos guardados en este computador. Todo lo que guarde se conserva y se sincroniza cuando vuelva la conexión.</source>
        <translation>Offline: you are working with the data saved on this computer. Everything you save is kept and synchronised when the connection returns.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="17" />
        <source>Sin conexión, y este computador aún no sabe a qué colegios pertenece su usuario. Conéctese a internet para iniciar sesión la primera vez.</source>
        <translation>Offline, and this computer does not know yet which schools your user belongs to. Connect to the internet to sign in the first time.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="22" />
        <source>Su sesión terminó (se cerró en otro equipo o fue revocada). Inicie sesión de nuevo; los datos guardados en este computador se conservan.</source>
        <translation>Your session ended (it was closed on another computer or revoked). Sign in again; the data saved on this computer is kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="27" />
        <source>Correo o contraseña incorrectos.</source>
        <translation>Wrong e-mail or password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="28" />
        <source>Su correo electrónico aún no está confirmado. Consulte con el administrador.</source>
        <translation>Your e-mail address is not confirmed yet. Ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="32" />
        <source>Su usuario está bloqueado. Consulte con el rector o el administrador.</source>
        <translation>Your user is blocked. Ask the principal or the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="33" />
        <source>Su usuario está desactivado en Secretaría Escolar. Consulte con el rector.</source>
        <translation>Your user is deactivated in Secretaría Escolar. Ask the principal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="34" />
        <source>Su usuario no tiene una vinculación activa con ningún colegio, o su usuario fue desactivado. Consulte con el rector.</source>
        <translation>Your user has no active membership in any school, or your user was deactivated. Ask the principal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="39" />
        <source>Su vinculación con el colegio está inactiva. Consulte con el rector.</source>
        <translation>Your membership in the school is inactive. Ask the principal.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="40" />
        <source>Demasiados intentos seguidos. Espere un minuto e intente de nuevo.</source>
        <translation>Too many attempts in a row. Wait a minute and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="41" />
        <source>No hay conexión con el servidor. Revise internet e intente de nuevo.</source>
        <translation>No connection to the server. Check the internet and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="42" />
        <source>Escriba su correo y su contraseña.</source>
        <translation>Type your e-mail and your password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="43" />
        <source>Sesión cerrada.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="44" />
        <source>Para cerrar la sesión en todos los equipos se necesita conexión.</source>
        <translation>Signing out on every computer needs a connection.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="45" />
        <source>Ese colegio no está entre sus vinculaciones activas.</source>
        <translation>That school is not among your active memberships.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="46" />
        <source>El servidor rechazó la clave de la aplicación (anon key) de la configuración. Consulte con soporte técnico.</source>
        <translation>The server refused the application key (anon key) in the configuration. Ask technical support.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="51" />
        <source>No se pudo guardar la sesión en el almacén de contraseñas del sistema. Consulte con soporte técnico.</source>
        <translation>The session could not be saved in the system's password store. Ask technical support.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="67" />
        <source>Rector(a)</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="68" />
        <source>Coordinador(a)</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="69" />
        <source>Secretario(a)</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="70" />
        <source>Docente</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/texts.py" line="71" />
        <source>Administrador(a)</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="34" />
        <source>Iniciar sesión — Secretaría Escolar</source>
        <translation>Sign in — School Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="37" />
        <source>Escriba el correo y la contraseña de su usuario del colegio.</source>
        <translation>Type your school user's email and password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="41" />
        <source>nombre@colegio.edu.co</source>
        <translation>name@school.edu.co</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="52" />
        <source>Correo electrónico:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="53" />
        <source>Contraseña:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="56" />
        <source>Iniciar sesión</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="58" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="59" />
        <source>Dejar de esperar al servidor</source>
        <translation>Stop waiting for the server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="62" />
        <source>Salir</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="88" />
        <source>Conectando…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/dialog.py" line="100" />
        <source>Se canceló la conexión. Revise el internet e intente de nuevo.</source>
        <translation>Connection cancelled. Check the internet connection and try again.</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="19" />
        <source>Cerrar &amp;sesión</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="20" />
        <source>Cerrar sesión en &amp;todos los equipos</source>
        <translation>Sign out on &amp;every computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="33" />
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="46" />
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="49" />
        <source>Cerrar sesión</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="34" />
        <source>Guarde o cierre primero los formularios abiertos; no se pierde nada de lo escrito.</source>
        <translation>First save or close the open forms; nothing typed is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in/sign_out.py" line="50" />
        <source>Sesión cerrada. Los datos guardados en este computador se conservan; la próxima vez que abra la aplicación se le pedirá la contraseña.</source>
        <translation>Signed out. The data saved on this computer is kept; the next time you open the app it will ask for the password.</translation>
    </message>
</context>
<context>
    <name>SimatActions</name>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="47" />
        <source>&amp;Revisión y exportación…</source>
        <translation>&amp;Review and export…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="49" />
        <source>&amp;Comparar con listado SIMAT…</source>
        <translation>&amp;Compare with a SIMAT listing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="53" />
        <source>&amp;SIMAT</source>
        <translation>&amp;SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="69" />
        <source>Revisando las matrículas para el SIMAT…</source>
        <translation>Reviewing the enrollments for SIMAT…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="90" />
        <source>Guardar el archivo del SIMAT</source>
        <translation>Save the SIMAT file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="91" />
        <source>Libro de Excel (*.xlsx);;Texto separado por comas (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;Comma-separated text (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="97" />
        <source>Elegir la plantilla del SIMAT</source>
        <translation>Choose the SIMAT template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="98" />
        <location filename="../../desktop_app/ui/simat/actions.py" line="189" />
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="110" />
        <source>Escribiendo el archivo del SIMAT…</source>
        <translation>Writing the SIMAT file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="115" />
        <source>Se escribieron %1 de %2 matrículas en «%3».</source>
        <translation>%1 of %2 enrollments were written to “%3”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="118" />
        <source>%1 filas con errores quedaron fuera, listadas en «%2».</source>
        <translation>%1 rows with errors were left out, listed in “%2”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="121" />
        <source>Atención: estas listas de valores aún no se han verificado con el Anexo 6A: %1.</source>
        <translation>Note: these value lists have not been checked against Anexo 6A yet: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="124" />
        <source>Columnas de la plantilla que se dejaron en blanco: %1.</source>
        <translation>Template columns left blank: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="126" />
        <source>Exportar al SIMAT</source>
        <translation>Export to SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="131" />
        <source>Elegir el listado del SIMAT</source>
        <translation>Choose the SIMAT listing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="132" />
        <source>Listados (*.xlsx *.xls *.csv)</source>
        <translation>Listings (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="142" />
        <source>Comparando con el listado del SIMAT…</source>
        <translation>Comparing with the SIMAT listing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="181" />
        <location filename="../../desktop_app/ui/simat/actions.py" line="198" />
        <source>Comparación con el SIMAT</source>
        <translation>Comparison with SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="182" />
        <source>Se guardó el estado SIMAT de %1 matrículas.</source>
        <translation>The SIMAT status of %1 enrollments was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="188" />
        <source>Guardar la comparación</source>
        <translation>Save the comparison</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="199" />
        <source>La comparación quedó en «%1».</source>
        <translation>The comparison was saved as “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/actions.py" line="203" />
        <source>SIMAT</source>
        <translation>SIMAT</translation>
    </message>
</context>
<context>
    <name>SimatReconcileWindow</name>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="60" />
        <source>Comparación con el listado del SIMAT</source>
        <translation>Comparison with the SIMAT listing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="62" />
        <source>Estudiante</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="62" />
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="64" />
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="64" />
        <source>Aquí</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="64" />
        <source>En el SIMAT</source>
        <translation>In SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="65" />
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="66" />
        <source>Qué hacer</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="67" />
        <source>Fecha de nacimiento</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="67" />
        <source>Documento en el SIMAT</source>
        <translation>Document in SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="70" />
        <source>Es la misma persona</source>
        <translation>Same person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="71" />
        <source>Aplicar dato del SIMAT</source>
        <translation>Apply the SIMAT value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="72" />
        <source>Copiar PER_ID</source>
        <translation>Copy PER_ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="73" />
        <source>Guardar estado SIMAT</source>
        <translation>Save SIMAT status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="74" />
        <source>Exportar…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="114" />
        <source>Posibles coincidencias (%1)</source>
        <translation>Possible matches (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/reconcile_window.py" line="115" />
        <source>Compare los datos y use los botones: nada cambia sin que usted lo pida.</source>
        <translation>Compare the data and use the buttons: nothing changes unless you ask.</translation>
    </message>
</context>
<context>
    <name>SimatReviewWindow</name>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="40" />
        <source>Revisión para SIMAT</source>
        <translation>SIMAT review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="45" />
        <source>Sede:</source>
        <translation>Campus:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="48" />
        <source>Estados:</source>
        <translation>Statuses:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="61" />
        <source>Estudiante / problema</source>
        <translation>Student / problem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="61" />
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="61" />
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="64" />
        <source>Exportar todo…</source>
        <translation>Export all…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="65" />
        <source>Exportar solo filas sin errores…</source>
        <translation>Export only rows without errors…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="66" />
        <source>Usar plantilla del SIMAT…</source>
        <translation>Use the SIMAT template…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="95" />
        <source>Todas las sedes</source>
        <translation>All campuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="110" />
        <source>(sin nombre)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="115" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="115" />
        <source>Aviso</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="121" />
        <source>%1 matrículas de %2: %3 filas con errores (%4 errores), %5 avisos.</source>
        <translation>%1 enrollments of %2: %3 rows with errors (%4 errors), %5 warnings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/simat/review_window.py" line="126" />
        <source>Listas aún sin verificar con el Anexo 6A: %1.</source>
        <translation>Lists not yet checked against Anexo 6A: %1.</translation>
    </message>
</context>
<context>
    <name>SimatSettingsTab</name>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="35" />
        <source>Municipio (código DIVIPOLA, 5 dígitos)</source>
        <translation>Municipality (DIVIPOLA code, 5 digits)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="35" />
        <source>Carácter</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="36" />
        <source>Especialidad</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="36" />
        <source>Metodología</source>
        <translation>Methodology</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="37" />
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="50" />
        <source>CONS_SEDE</source>
        <translation>CONS_SEDE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="50" />
        <source>Nombre de la sede</source>
        <translation>Campus name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="54" />
        <source>Agregar sede</source>
        <translation>Add campus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="55" />
        <source>Quitar sede</source>
        <translation>Remove campus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="56" />
        <source>Guardar datos SIMAT</source>
        <translation>Save SIMAT data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/simat_tab.py" line="127" />
        <source>Sede de la fila %1: </source>
        <translation>Campus in row %1: </translation>
    </message>
</context>
<context>
    <name>SimatTab</name>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="43" />
        <source>expedición del documento</source>
        <translation>document issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="43" />
        <source>nacimiento</source>
        <translation>birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="43" />
        <source>residencia</source>
        <translation>residence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="45" />
        <source>Primer nombre</source>
        <translation>First given name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="46" />
        <source>Segundo nombre</source>
        <translation>Second given name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="47" />
        <source>Primer apellido</source>
        <translation>First surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="48" />
        <source>Segundo apellido</source>
        <translation>Second surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="49" />
        <source>División del nombre confirmada</source>
        <translation>Name split confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="52" />
        <source>Departamento de {0}</source>
        <translation>Department of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="53" />
        <source>Municipio de {0}</source>
        <translation>Municipality of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="55" />
        <source>Dirección de residencia</source>
        <translation>Home address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="56" />
        <source>Barrio</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="57" />
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="58" />
        <source>Zona (código SIMAT)</source>
        <translation>Zone (SIMAT code)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="59" />
        <source>Estrato</source>
        <translation>Socioeconomic stratum</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="60" />
        <source>SISBÉN</source>
        <translation>SISBÉN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="61" />
        <source>Etnia</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="62" />
        <source>Tipo de discapacidad</source>
        <translation>Disability type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="63" />
        <source>Capacidades excepcionales (código)</source>
        <translation>Exceptional abilities (code)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="64" />
        <source>Población víctima del conflicto (código)</source>
        <translation>Conflict victim population (code)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="65" />
        <source>País de origen (código)</source>
        <translation>Country of origin (code)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="66" />
        <source>PER_ID (identificador SIMAT)</source>
        <translation>PER_ID (SIMAT identifier)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="67" />
        <source>EPS</source>
        <translation>EPS (health insurer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="68" />
        <source>Grupo sanguíneo y RH</source>
        <translation>Blood type and RH</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="69" />
        <source>Institución anterior</source>
        <translation>Previous school</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="107" />
        <source>Proponer división</source>
        <translation>Propose split</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/simat_tab.py" line="111" />
        <source>Nombre para el SIMAT</source>
        <translation>Name for SIMAT</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="108" />
        <location filename="../../desktop_app/ui/students/form.py" line="298" />
        <source>Estudiante</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="108" />
        <location filename="../../desktop_app/ui/students/form.py" line="298" />
        <source>Nuevo estudiante</source>
        <translation>New student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="117" />
        <source>Guardar de todas formas</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="128" />
        <source>Tipo de documento</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="130" />
        <source>Número de documento</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="132" />
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="132" />
        <source>Nombres y apellidos</source>
        <translation>Given names and surnames</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="135" />
        <source>Fecha de nacimiento</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="135" />
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="137" />
        <source>Sexo</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="138" />
        <source>Datos del estudiante</source>
        <translation>Student details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="157" />
        <source>Agregar acudiente…</source>
        <translation>Add guardian…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="158" />
        <source>Editar vínculo…</source>
        <translation>Edit relationship…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="159" />
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="160" />
        <source>Subir prioridad</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="161" />
        <source>Bajar prioridad</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="169" />
        <source>Acudientes</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="173" />
        <source>Matrículas</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="174" />
        <source>Salud y SIMAT</source>
        <translation>Health and SIMAT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="180" />
        <source>PIAR</source>
        <translation>PIAR</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="186" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="188" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="226" />
        <source>Su rol permite ver este estudiante, no modificarlo.</source>
        <translation>Your role allows viewing this student, not changing them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="291" />
        <source>(sin matrículas)</source>
        <translation>(no enrollments)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="307" />
        <source>Corregir y reenviar</source>
        <translation>Correct and resend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="309" />
        <source>El servidor rechazó este cambio: %1 Corrija los datos y guarde para enviarlo de nuevo.</source>
        <translation>The server rejected this change: %1 Correct the data and save to send it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="467" />
        <source>Guarde el estudiante antes de imprimir el PIAR.</source>
        <translation>Save the student before printing the PIAR.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="469" />
        <source>PIAR - %s</source>
        <translation>PIAR - %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="485" />
        <source>Ya hay estudiantes con un nombre parecido y la misma fecha de nacimiento:</source>
        <translation>There are already students with a similar name and the same date of birth:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="489" />
        <source>Revise que no sea la misma persona antes de guardar.</source>
        <translation>Make sure it is not the same person before saving.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="538" />
        <source>Cerrar sin guardar</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="539" />
        <source>Hay cambios sin guardar. ¿Desea descartarlos?</source>
        <translation>There are unsaved changes. Discard them?</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="27" />
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="28" />
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="31" />
        <source>Nacimiento</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="36" />
        <source>Grado y grupo</source>
        <translation>Grade and group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="37" />
        <source>Matrícula</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="38" />
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="38" />
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="38" />
        <source>Inactivo</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>StudentsView</name>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="49" />
        <source>Buscar por nombre o documento (Ctrl+F)</source>
        <translation>Search by name or document (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="50" />
        <source>Solo activos</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="53" />
        <source>Todos los grados</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="57" />
        <source>Toda matrícula</source>
        <translation>Any enrollment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="60" />
        <source>Nuevo estudiante</source>
        <translation>New student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="61" />
        <location filename="../../desktop_app/ui/students/view.py" line="126" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="62" />
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="63" />
        <source>Matricular…</source>
        <translation>Enroll…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="64" />
        <source>Matricular al estudiante seleccionado (Ctrl+M)</source>
        <translation>Enroll the selected student (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="66" />
        <location filename="../../desktop_app/ui/students/view.py" line="200" />
        <source>Desactivar</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="126" />
        <source>Su rol no permite crear estudiantes.</source>
        <translation>Your role does not allow creating students.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="175" />
        <source>Desactivar estudiante</source>
        <translation>Deactivate student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="176" />
        <source>¿Desactivar a %1? Sus datos y matrículas se conservan; deja de aparecer en la lista de activos.</source>
        <translation>Deactivate %1? Their details and enrollments are kept; they no longer appear among the active students.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="200" />
        <source>Reactivar</source>
        <translation>Reactivate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/students/view.py" line="236" />
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
        <location filename="../../desktop_app/ui/sync_review/model.py" line="17" />
        <source>Cambio rechazado</source>
        <translation>Rejected change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="18" />
        <source>Posible duplicado</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="19" />
        <source>Conflicto de datos</source>
        <translation>Data conflict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="20" />
        <source>Cambio de estado no válido</source>
        <translation>Invalid status change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="21" />
        <source>Edición de un registro borrado</source>
        <translation>Edit of a deleted record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="22" />
        <source>Cambio rechazado en otro equipo</source>
        <translation>Change rejected on another PC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="29" />
        <source>Estudiantes</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="30" />
        <source>Acudientes</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="31" />
        <source>Vínculos estudiante-acudiente</source>
        <translation>Student-guardian links</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="32" />
        <source>Matrículas</source>
        <translation>Enrollments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="33" />
        <source>Documentos de matrícula</source>
        <translation>Enrollment documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="34" />
        <source>Cambios de estado</source>
        <translation>Status changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="35" />
        <source>Años lectivos</source>
        <translation>School years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="36" />
        <source>Colegio</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="37" />
        <source>Configuración del colegio</source>
        <translation>School settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="45" />
        <source>Ya existe otro registro con el mismo documento.</source>
        <translation>Another record with the same document already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="46" />
        <source>El dato cambió en el servidor y en este equipo.</source>
        <translation>The value changed on the server and on this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="47" />
        <source>El cambio de estado no es válido en el orden de los hechos.</source>
        <translation>The status change is not valid in the order of events.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="87" />
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="87" />
        <source>Tabla</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="88" />
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/model.py" line="89" />
        <source>Datos escritos</source>
        <translation>Data typed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/actions.py" line="25" />
        <source>Revisión: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/actions.py" line="43" />
        <source>&amp;Revisión…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="55" />
        <source>Tabla: %1</source>
        <translation>Table: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="58" />
        <source>Motivo: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="59" />
        <source>Datos escritos:</source>
        <translation>Data typed:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="62" />
        <source>Registro que ya existe:</source>
        <translation>Record that already exists:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="64" />
        <source>Campo «%1»: en el servidor «%2», en este equipo «%3»</source>
        <translation>Field “%1”: on the server “%2”, on this PC “%3”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="72" />
        <source>No hay nada por revisar.</source>
        <translation>Nothing to review.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="74" />
        <source>%1 casos por revisar (%2)</source>
        <translation>%1 cases to review (%2)</translation>
    </message>
</context>
<context>
    <name>SyncReviewWindow</name>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="90" />
        <source>Revisión</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="107" />
        <source>Fusionar</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="108" />
        <source>Son personas distintas…</source>
        <translation>Different people…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="109" />
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="110" />
        <source>Elegir valor…</source>
        <translation>Choose value…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="111" />
        <source>Cerrar caso</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="114" />
        <source>Corregir y reenviar…</source>
        <translation>Correct and resend…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="115" />
        <source>Descartar mi cambio</source>
        <translation>Discard my change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="179" />
        <source>Enviando la decisión…</source>
        <translation>Sending the decision…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="188" />
        <source>Decisión guardada en el servidor; el caso sale de la lista al sincronizar.</source>
        <translation>Decision saved on the server; the case leaves the list at the next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="191" />
        <location filename="../../desktop_app/ui/sync_review/window.py" line="196" />
        <source>No se pudo resolver: %1</source>
        <translation>Could not resolve: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="208" />
        <source>Son personas distintas</source>
        <translation>Different people</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="209" />
        <source>Número de documento corregido:</source>
        <translation>Corrected document number:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="221" />
        <source>Elegir valor</source>
        <translation>Choose value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="222" />
        <source>Valor de «%1»:</source>
        <translation>Value of “%1”:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_review/window.py" line="258" />
        <source>Cambio descartado: el registro vuelve a los datos del servidor al sincronizar.</source>
        <translation>Change discarded: the record goes back to the server's data at the next sync.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="19" />
        <source>Actualice la aplicación para sincronizar</source>
        <translation>Update the app to synchronize</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="21" />
        <source>El reloj de este equipo está desfasado</source>
        <translation>This computer's clock is wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="24" />
        <source>Sin conexión · %1 cambios pendientes</source>
        <translation>Offline · %1 pending changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="25" />
        <source>Sin conexión</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="27" />
        <source>Sincronizando…</source>
        <translation>Synchronizing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="30" />
        <source>Sincronizado hace un momento</source>
        <translation>Synchronized a moment ago</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sync_status.py" line="31" />
        <source>Sincronizado hace %1 min</source>
        <translation>Synchronized %1 min ago</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="234" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop_app/ui/main_window/enrollments_tab.py" line="31" />
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/enrollments_tab.py" line="32" />
        <source>Seleccione un estudiante matriculado en el año lectivo elegido.</source>
        <translation>Choose a student enrolled in the selected school year.</translation>
    </message>
</context>
</TS>