<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_CO">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/app.py" line="113"/>
        <source>Cargando el colegio de demostración…</source>
        <translation>Loading the demo school…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="145"/>
        <source>Secretaría Escolar</source>
        <translation>School Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="146"/>
        <source>No se pudo abrir la base de datos local:
%1</source>
        <translation>The local database could not be opened:
%1</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_model.py" line="71"/>
        <source>Documento requerido</source>
        <translation>Required document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_model.py" line="72"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_model.py" line="73"/>
        <source>Motivo u observación</source>
        <translation>Reason or note</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_model.py" line="74"/>
        <source>Actualizado</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>ChecklistPrinting</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="22"/>
        <source>Lista de chequeo de matrícula</source>
        <translation>Enrollment checklist</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="32"/>
        <source>Vista previa de la lista de chequeo</source>
        <translation>Checklist print preview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="59"/>
        <source>Guardar como PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/print_actions.py" line="61"/>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="62"/>
        <source>Matricular estudiante</source>
        <translation>Enroll student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="66"/>
        <source>Buscar estudiante por nombre o documento</source>
        <translation>Search student by name or document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="72"/>
        <source>— Seleccione el grado —</source>
        <translation>— Choose the grade —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="78"/>
        <source>Ej.: 601, A</source>
        <translation>E.g. 601, A</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="81"/>
        <source>— Sin jornada —</source>
        <translation>— No shift —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="84"/>
        <source>Estudiante nuevo en el colegio</source>
        <translation>New to the school</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="91"/>
        <source>Matricular</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="92"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="95"/>
        <source>Estudiante:</source>
        <translation>Student:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="98"/>
        <source>Año lectivo:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="99"/>
        <source>Grado:</source>
        <translation>Grade:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="101"/>
        <source>Grupo:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="103"/>
        <source>Jornada:</source>
        <translation>Shift:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="161"/>
        <source>Seleccione el estudiante.</source>
        <translation>Choose the student.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="164"/>
        <source>Seleccione el grado.</source>
        <translation>Choose the grade.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/enroll_dialog.py" line="167"/>
        <source>No hay año lectivo: créelo primero en la configuración.</source>
        <translation>There is no school year: create one in the settings first.</translation>
    </message>
</context>
<context>
    <name>EnrollmentChecklistPanel</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="60"/>
        <source>Cambiar estado…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="84"/>
        <source>Recibido</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="85"/>
        <source>Validar</source>
        <translation>Validate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="86"/>
        <source>Rechazar…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="87"/>
        <source>No aplica…</source>
        <translation>Not applicable…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="88"/>
        <source>Marcar como faltante</source>
        <translation>Mark as missing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="90"/>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="348"/>
        <source>El acudiente entregó el documento (Alt+R)</source>
        <translation>The guardian handed in the document (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="93"/>
        <source>Imprimir lista…</source>
        <translation>Print checklist…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="94"/>
        <source>Vista previa e impresión de la lista de chequeo (Ctrl+P)</source>
        <translation>Preview and print the checklist (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="95"/>
        <source>Guardar PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="141"/>
        <source>Seleccione una matrícula de la lista.</source>
        <translation>Choose an enrollment from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="154"/>
        <source>Estado: %s</source>
        <translation>Status: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="188"/>
        <source>Seleccione un documento de la lista.</source>
        <translation>Choose a document from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="191"/>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="329"/>
        <source>Su rol no permite %s.</source>
        <translation>Your role does not allow %s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="193"/>
        <source>El documento ya está en «%s».</source>
        <translation>The document is already “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="206"/>
        <source>Rechazar documento</source>
        <translation>Reject document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="206"/>
        <source>Documento no aplica</source>
        <translation>Document not applicable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="228"/>
        <source>Cambiar estado de la matrícula</source>
        <translation>Change enrollment status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="229"/>
        <source>%s — estado actual: %s</source>
        <translation>%s — current status: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="234"/>
        <source>Nuevo estado:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="303"/>
        <source>Este grado no tiene documentos requeridos.</source>
        <translation>This grade has no required documents.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="305"/>
        <source>Documentación completa: lista para enviar a revisión.</source>
        <translation>Documents complete: ready to send for review.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="307"/>
        <source>Documentación completa.</source>
        <translation>Documents complete.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="309"/>
        <source>Faltan %n documento(s).</source>
        <translation>
            <numerusform>%n document missing.</numerusform>
            <numerusform>%n documents missing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="325"/>
        <source>Seleccione una matrícula.</source>
        <translation>Choose an enrollment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="327"/>
        <source>Cambiar el estado de la matrícula</source>
        <translation>Change the enrollment status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/checklist_panel.py" line="332"/>
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
        <location filename="../../desktop_app/ui/enrollments/view.py" line="61"/>
        <source>Buscar estudiante (Ctrl+F)</source>
        <translation>Search student (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="64"/>
        <source>Todos los estados</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="68"/>
        <source>Todos los grados</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="72"/>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="333"/>
        <source>Todos los grupos</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="73"/>
        <source>Matricular…</source>
        <translation>Enroll…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="74"/>
        <source>Imprimir grupo (PDF)…</source>
        <translation>Print group (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="75"/>
        <source>Una lista de chequeo por estudiante del grupo, en un solo PDF</source>
        <translation>One checklist per student of the group, in a single PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="106"/>
        <source>Año:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="216"/>
        <source>Lista de chequeo - %s</source>
        <translation>Checklist - %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="234"/>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="238"/>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="243"/>
        <source>Imprimir grupo</source>
        <translation>Print group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="234"/>
        <source>No hay año lectivo seleccionado.</source>
        <translation>No school year selected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="238"/>
        <source>Este año no tiene matrículas.</source>
        <translation>This year has no enrollments.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="243"/>
        <source>Grupo:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="248"/>
        <source>Listas de chequeo - %s</source>
        <translation>Checklists - %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="257"/>
        <source>Impresión cancelada.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="268"/>
        <source>Generando las listas de chequeo…</source>
        <translation>Generating the checklists…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="296"/>
        <source>Matricular a un estudiante (Ctrl+N)</source>
        <translation>Enroll a student (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="301"/>
        <source>Su rol no permite %s.</source>
        <translation>Your role does not allow %s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/enrollments/view.py" line="343"/>
        <source>%s%s%s (%n estudiante(s))</source>
        <translation>
            <numerusform>%s%s%s (%n student)</numerusform>
            <numerusform>%s%s%s (%n students)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/enrollments/view.py" line="373"/>
        <source>%n matrícula(s)</source>
        <translation>
            <numerusform>%n enrollment</numerusform>
            <numerusform>%n enrollments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="387"/>
        <source>No se pudo completar</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="447"/>
        <source>PDF guardado: %s</source>
        <translation>PDF saved: %s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/view.py" line="452"/>
        <source>Impresión del grupo cancelada.</source>
        <translation>Group printing cancelled.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="15"/>
        <source>Valor no válido</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/errors.py" line="26"/>
        <source>Ocurrió un error inesperado. El detalle quedó en el registro de la aplicación.</source>
        <translation>An unexpected error occurred. The details were written to the application log.</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="85"/>
        <source>Acudiente</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="85"/>
        <source>Nuevo acudiente</source>
        <translation>New guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="89"/>
        <source>Estudiantes a cargo</source>
        <translation>Students in their care</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="95"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="96"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="125"/>
        <source>(ninguno)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="157"/>
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
</context>
<context>
    <name>GuardianFields</name>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="36"/>
        <source>Tipo de documento</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="40"/>
        <source>Número de documento</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="41"/>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="42"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="43"/>
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="44"/>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="45"/>
        <source>Ocupación</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/form.py" line="46"/>
        <source>Lugar de trabajo</source>
        <translation>Workplace</translation>
    </message>
</context>
<context>
    <name>GuardianLinkDialog</name>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="161"/>
        <source>Acudiente del estudiante</source>
        <translation>Student&apos;s guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="165"/>
        <source>Buscar por documento</source>
        <translation>Find by document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="166"/>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="258"/>
        <source>Escriba el documento y pulse Enter para buscar si ya está registrado.</source>
        <translation>Type the document and press Enter to check whether they are already registered.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="170"/>
        <source>Vínculo con el estudiante</source>
        <translation>Relationship to the student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="175"/>
        <source>Acudiente principal</source>
        <translation>Primary guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="176"/>
        <source>Puede recoger al estudiante</source>
        <translation>May pick up the student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="177"/>
        <source>Contacto de emergencia</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="178"/>
        <source>Parentesco</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="184"/>
        <source>Aceptar</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="185"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="238"/>
        <source>No está registrado: complete sus datos para crearlo.</source>
        <translation>Not registered: fill in their details to create them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="248"/>
        <source>Ya registrado, se usará: %1</source>
        <translation>Already registered, will use: %1</translation>
    </message>
</context>
<context>
    <name>GuardianLinksModel</name>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="54"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="55"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="56"/>
        <source>Parentesco</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="57"/>
        <source>Principal</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="58"/>
        <source>Puede recoger</source>
        <translation>Pick-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="59"/>
        <source>Emergencia</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/guardian_links.py" line="134"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>GuardianTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="15"/>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="18"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="21"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="22"/>
        <source>Correo</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/table_model.py" line="23"/>
        <source>Ocupación</source>
        <translation>Occupation</translation>
    </message>
</context>
<context>
    <name>GuardiansView</name>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="42"/>
        <source>Buscar acudiente por nombre o documento (Ctrl+F)</source>
        <translation>Search guardian by name or document (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="43"/>
        <source>Nuevo acudiente</source>
        <translation>New guardian</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="44"/>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="62"/>
        <source>Estudiantes a cargo</source>
        <translation>Students in their care</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/guardians/view.py" line="138"/>
        <source>%n acudiente(s)</source>
        <translation>
            <numerusform>%n guardian</numerusform>
            <numerusform>%n guardians</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/guardians/view.py" line="170"/>
        <source>(ningún estudiante vinculado)</source>
        <translation>(no linked students)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="66"/>
        <source>Sin matrícula</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="71"/>
        <source>Femenino</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="71"/>
        <source>Masculino</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/labels.py" line="71"/>
        <source>Otro</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="46"/>
        <location filename="../../desktop_app/ui/main_window/window.py" line="215"/>
        <source>Secretaría Escolar</source>
        <translation>School Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="51"/>
        <source>Año lectivo:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="60"/>
        <source>Crear año lectivo…</source>
        <translation>Create school year…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="64"/>
        <source>Modo local: los datos se guardan solo en este computador.</source>
        <translation>Local mode: data is saved on this computer only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="71"/>
        <source>&amp;Estudiantes</source>
        <translation>&amp;Students</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="72"/>
        <source>&amp;Acudientes</source>
        <translation>&amp;Guardians</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="73"/>
        <source>&amp;Matrículas</source>
        <translation>&amp;Enrollments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="95"/>
        <source>Usuario: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="104"/>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="105"/>
        <source>&amp;Nuevo</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="108"/>
        <source>&amp;Buscar</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="111"/>
        <source>&amp;Imprimir lista de documentos</source>
        <translation>&amp;Print document checklist</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="114"/>
        <source>Nuevo &amp;año lectivo…</source>
        <translation>New school &amp;year…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="117"/>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="127"/>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="134"/>
        <source>&amp;Idioma</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="140"/>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="141"/>
        <source>Acerca de…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="155"/>
        <source>Modo: Local</source>
        <translation>Mode: Local</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="156"/>
        <source>Modo: Conectado</source>
        <translation>Mode: Connected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="157"/>
        <source>Modo: Sin conexión</source>
        <translation>Mode: Offline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="215"/>
        <source>Secretaría Escolar — %1</source>
        <translation>School Office — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="225"/>
        <source>(sin años lectivos)</source>
        <translation>(no school years)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="261"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="262"/>
        <source>El idioma se aplicará la próxima vez que abra la aplicación.</source>
        <translation>The language will apply the next time you open the application.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="269"/>
        <source>Acerca de Secretaría Escolar</source>
        <translation>About School Office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/window.py" line="270"/>
        <source>Secretaría Escolar %1
Estudiantes, acudientes, matrículas y sus documentos.</source>
        <translation>School Office %1
Students, guardians, enrollments and their documents.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="236"/>
        <source>No se pudo completar</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="57"/>
        <source>Aceptar</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="58"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="92"/>
        <source>Motivo (obligatorio):</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="92"/>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/enrollments/reason_dialog.py" line="96"/>
        <source>Escriba el motivo.</source>
        <translation>Type the reason.</translation>
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
    <name>StudentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="68"/>
        <location filename="../../desktop_app/ui/students/form.py" line="262"/>
        <source>Estudiante</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="68"/>
        <source>Nuevo estudiante</source>
        <translation>New student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="77"/>
        <source>Guardar de todas formas</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="88"/>
        <source>Tipo de documento</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="90"/>
        <source>Número de documento</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="92"/>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="92"/>
        <source>Nombres y apellidos</source>
        <translation>Given names and surnames</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="95"/>
        <source>Fecha de nacimiento</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="95"/>
        <source>dd/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="97"/>
        <source>Sexo</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="98"/>
        <source>Datos del estudiante</source>
        <translation>Student details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="110"/>
        <source>Agregar acudiente…</source>
        <translation>Add guardian…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="111"/>
        <source>Editar vínculo…</source>
        <translation>Edit relationship…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="112"/>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="113"/>
        <source>Subir prioridad</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="114"/>
        <source>Bajar prioridad</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="122"/>
        <source>Acudientes</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="126"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="128"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="277"/>
        <source>Ya hay estudiantes con un nombre parecido y la misma fecha de nacimiento:</source>
        <translation>There are already students with a similar name and the same date of birth:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="281"/>
        <source>Revise que no sea la misma persona antes de guardar.</source>
        <translation>Make sure it is not the same person before saving.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="329"/>
        <source>Cerrar sin guardar</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/form.py" line="330"/>
        <source>Hay cambios sin guardar. ¿Desea descartarlos?</source>
        <translation>There are unsaved changes. Discard them?</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="26"/>
        <source>Nombre completo</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="27"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="30"/>
        <source>Nacimiento</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="35"/>
        <source>Grado y grupo</source>
        <translation>Grade and group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="36"/>
        <source>Matrícula</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="37"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="37"/>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/table_model.py" line="37"/>
        <source>Inactivo</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>StudentsView</name>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="44"/>
        <source>Buscar por nombre o documento (Ctrl+F)</source>
        <translation>Search by name or document (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="45"/>
        <source>Solo activos</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="48"/>
        <source>Todos los grados</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="52"/>
        <source>Toda matrícula</source>
        <translation>Any enrollment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="55"/>
        <source>Nuevo estudiante</source>
        <translation>New student</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="56"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/students/view.py" line="57"/>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/students/view.py" line="182"/>
        <source>%n estudiante(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../desktop_app/ui/tasks.py" line="198"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop_app/ui/main_window/enrollments_tab.py" line="23"/>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window/enrollments_tab.py" line="24"/>
        <source>Seleccione un estudiante matriculado en el año lectivo elegido.</source>
        <translation>Choose a student enrolled in the selected school year.</translation>
    </message>
</context>
</TS>
