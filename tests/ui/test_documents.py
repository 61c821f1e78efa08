"""Scans on the Matrículas screen (real services, real SQLite, real files): drop, attach, view, roles."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from desktop_app.app import Session, build_services
from desktop_app.services.context import TenantContext
from desktop_app.services.dto import EnrollmentDraft, SchoolYearDraft, StudentDraft
from desktop_app.storage.local.store import LocalStore
from desktop_app.ui.context import Mode, UiServices
from desktop_app.ui.enrollments.view import EnrollmentsView
from desktop_app.ui.tasks import TaskRunner
from tests.documents.files import make_image, make_pdf, sha256_of


def _enrolled_view(qtbot, services: UiServices) -> tuple[EnrollmentsView, str]:  # type: ignore[no-untyped-def]
    year = services.school_years.create_year(
        SchoolYearDraft(name="2027", starts_on=date(2027, 1, 20), ends_on=date(2027, 11, 30), status="active"))
    student = services.students.create(StudentDraft("TI", "1023456789", "María José Rodríguez", date(2015, 3, 7)))
    enrollment_id = services.enrollments.enroll(student.id, EnrollmentDraft(year.id, "6", "601", "morning")).id
    view = EnrollmentsView(services, services.task_runner())
    qtbot.addWidget(view)
    view.show()
    view.select_enrollment(enrollment_id)
    return view, enrollment_id


def _drop(view: EnrollmentsView, code: str, paths: list[Path]) -> bool:
    panel = view.panel
    viewport = panel.table.viewport()
    rect = panel.table.visualRect(panel.model.index(panel.model.row_of(code), 0))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    position = QPointF(rect.center())
    enter = QDragEnterEvent(rect.center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    drop = QDropEvent(position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, QEvent.Type.Drop)
    QApplication.sendEvent(viewport, drop)
    return enter.isAccepted()


def _state(services: UiServices, enrollment_id: str, code: str) -> str:
    return next(str(i.state) for i in services.enrollments.checklist(enrollment_id) if i.requirement.code == code)


def test_dropping_files_on_a_row_attaches_them_to_that_item(qtbot, services: UiServices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view, enrollment_id = _enrolled_view(qtbot, services)
    front, back = make_image(tmp_path / "frente.jpg", size=(40, 30)), make_image(tmp_path / "reverso.png", fmt="PNG")
    code = "guardian_identity_document"

    assert _drop(view, code, [front, back])

    assert _state(services, enrollment_id, code) == "received"
    files = services.documents.files(enrollment_id, code)
    assert [(f.original_name, f.source, f.sha256) for f in files] == [
        ("frente.jpg", "drop", sha256_of(front)), ("reverso.png", "drop", sha256_of(back))]
    assert view.panel.current_item().requirement.code == code
    assert view.panel.documents.files_label.text() == "Archivos: frente.jpg (por subir), reverso.png (por subir)"
    row = view.panel.model.row_of(code)
    assert view.panel.model.index(row, 1).data() == "Recibido (por validar)"


def test_a_bad_file_in_a_drop_is_reported_and_the_good_one_is_kept(qtbot, services: UiServices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view, enrollment_id = _enrolled_view(qtbot, services)
    docx = tmp_path / "cedula.docx"
    docx.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    photo = make_image(tmp_path / "foto.jpg")
    _drop(view, "photos", [docx, photo])
    assert view.panel.message_label.isVisible()
    assert view.panel.message_label.text() == (
        "«cedula.docx» no es PDF, JPG ni PNG. Escanee o guarde el documento en uno de esos formatos.")
    assert [f.original_name for f in services.documents.files(enrollment_id, "photos")] == ["foto.jpg"]


def test_attach_button_has_alt_j_and_view_opens_pdfs_and_images(qtbot, services: UiServices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view, _enrollment_id = _enrolled_view(qtbot, services)
    actions = view.panel.documents
    assert actions.attach_button.text() == "Ad&juntar archivo…" and actions.view_button.text() == "Ver d&ocumento"
    view.panel.select_item("registro_civil")
    assert actions.attach_button.isEnabled() and not actions.view_button.isEnabled()  # nothing to view yet
    actions.attach_files([make_pdf(tmp_path / "registro.pdf", pages=2)], "registro_civil", "file")
    assert actions.view_button.isEnabled()
    actions.view_current()
    viewer = actions.viewer
    qtbot.addWidget(viewer)
    assert viewer.pdf_view is not None
    qtbot.waitUntil(lambda: viewer.document.status() == QPdfDocument.Status.Ready, timeout=3000)
    assert viewer.document.pageCount() == 2
    viewer.close()

    view.panel.select_item("photos")
    actions.attach_files([make_image(tmp_path / "foto.png", fmt="PNG", size=(200, 100))], "photos", "file")
    actions.view_current()
    image_viewer = actions.viewer
    qtbot.addWidget(image_viewer)
    assert image_viewer.image_label.pixmap().width() == 200
    image_viewer.zoom_by(2)
    assert image_viewer.image_label.pixmap().width() == 400


def test_a_teacher_can_neither_attach_nor_view(qtbot, store: LocalStore, services: UiServices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view, enrollment_id = _enrolled_view(qtbot, services)
    view.panel.select_item("photos")
    view.panel.documents.attach_files([make_image(tmp_path / "foto.jpg")], "photos", "file")
    context = TenantContext(services.context.school_id, str(uuid.uuid4()), frozenset({"teacher"}), "Docente")
    teacher = build_services(store, Session(context, Mode.local), TaskRunner(synchronous=True))
    teacher_view = EnrollmentsView(teacher, teacher.task_runner())
    qtbot.addWidget(teacher_view)
    teacher_view.show()
    teacher_view.select_enrollment(enrollment_id)
    teacher_view.panel.select_item("photos")
    actions = teacher_view.panel.documents
    assert actions.files_label.text() == "Archivos: foto.jpg (por subir)"  # the state, not the scan
    assert not actions.attach_button.isEnabled() and not actions.view_button.isEnabled()
    assert not _drop(teacher_view, "photos", [make_image(tmp_path / "otra.jpg", size=(9, 9))])
    assert len(services.documents.files(enrollment_id, "photos")) == 1


def test_the_app_uploads_in_the_background_and_says_so_in_the_status_bar(  # type: ignore[no-untyped-def]
    qtbot, store: LocalStore, services: UiServices, tmp_path: Path,
) -> None:
    import boto3
    from moto.server import ThreadedMotoServer
    from PySide6.QtWidgets import QLabel

    from desktop_app.app import start_document_uploads
    from desktop_app.config import S3Settings
    from desktop_app.devstack.postgres import free_port
    from desktop_app.ui.main_window.window import MainWindow

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    stops = []
    try:
        endpoint = f"http://127.0.0.1:{port}"
        bucket = f"docs-{uuid.uuid4().hex[:12]}"
        boto3.client("s3", endpoint_url=endpoint, aws_access_key_id="t", aws_secret_access_key="t",
                     region_name="us-east-1").create_bucket(Bucket=bucket)
        _view_unused, enrollment_id = _enrolled_view(qtbot, services)
        services.documents.attach(enrollment_id, "photos", make_image(tmp_path / "foto.jpg"))

        def window_for(bucket_name: str) -> tuple[MainWindow, UiServices]:
            session = Session(services.context, Mode.connected, s3=S3Settings(endpoint, bucket_name, "t", "t"))
            window_services = build_services(store, session, TaskRunner(synchronous=True))
            window = MainWindow(window_services)
            qtbot.addWidget(window)
            stops.append(start_document_uploads(window, store, window_services, session))
            return window, window_services

        # A bucket the key cannot use: the banner for IT, the file waits.
        wrong, _ = window_for("no-such-bucket")
        qtbot.waitUntil(lambda: wrong.banner.label.text().startswith("No se pueden subir documentos"), timeout=10_000)
        labels = [w.text() for w in wrong.statusBar().findChildren(QLabel)]
        assert "Documentos por subir: 1" in labels

        right, right_services = window_for(bucket)
        qtbot.waitUntil(lambda: [f.upload for f in right_services.documents.files(enrollment_id, "photos")]
                        == ["verified"], timeout=20_000)
        qtbot.waitUntil(lambda: "Documentos por subir: 1" not in [w.text() for w in right.statusBar().findChildren(QLabel)],
                        timeout=10_000)
    finally:
        for stop in stops:
            if stop is not None:
                stop()
        server.stop()


def test_a_scanner_file_written_in_3_chunks_over_3_s_is_attached_once_when_complete(  # type: ignore[no-untyped-def]
    qtbot, services: UiServices, tmp_path: Path,
) -> None:
    import time

    from PySide6.QtCore import QSettings

    folder = tmp_path / "escaner"
    folder.mkdir()
    QSettings().setValue("scanner/folder", str(folder))
    view, enrollment_id = _enrolled_view(qtbot, services)
    view.panel.select_item("registro_civil")
    actions = view.panel.documents
    assert actions.scanner_button.text() == "Desde el escá&ner…" and actions.scanner_button.isEnabled()
    actions.open_scanner()
    dialog = actions.scanner_dialog
    qtbot.addWidget(dialog)

    whole = make_pdf(tmp_path / "whole.pdf", pages=3, padding=60_000).read_bytes()
    scan = folder / "scan0001.pdf"
    with scan.open("wb") as out:
        for part in range(3):
            out.write(whole[part * len(whole) // 3:(part + 1) * len(whole) // 3])
            out.flush()
            deadline = time.monotonic() + 1.0
            while time.monotonic() < deadline:  # the dialog keeps polling while the scanner writes
                qtbot.wait(100)
                assert dialog.ready_paths() == [], "offered before the scanner finished"
    qtbot.waitUntil(lambda: dialog.ready_paths() == [scan], timeout=6000)

    dialog.files.item(0).setSelected(True)
    dialog.attach_button.click()

    assert not dialog.isVisible()
    (entry,) = services.documents.files(enrollment_id, "registro_civil")
    assert (entry.size, entry.pages, entry.source) == (len(whole), 3, "scanner")
    assert not scan.exists() and (folder / "procesados" / "scan0001.pdf").read_bytes() == whole
    assert _state(services, enrollment_id, "registro_civil") == "received"


def test_the_consent_dialog_has_no_default_answers_and_keeps_everything_on_a_refusal(  # type: ignore[no-untyped-def]
    qtbot, services: UiServices,
) -> None:
    from desktop_app.services.dto import GuardianDraft, GuardianLinkDraft

    services.school.update_settings(habeas_data_text="El colegio trata los datos según la Ley 1581 de 2012.")
    view, enrollment_id = _enrolled_view(qtbot, services)
    student_id = services.enrollments.get(enrollment_id).student_id
    people = {}
    for relationship, number in (("tio", "79111222"), ("madre", "52345678")):
        guardian = services.guardians.create(GuardianDraft("CC", number, f"Acudiente {relationship}"))
        services.guardians.link(student_id, guardian.id, GuardianLinkDraft(relationship))
        people[relationship] = guardian.id
    actions = view.panel.documents
    view.panel.select_item("photos")
    assert not actions.consent_button.isVisible()
    view.panel.select_item("data_processing_consent")
    assert actions.consent_button.isVisible() and actions.consent_button.text() == "Registrar a&utorización…"
    actions.open_consent()
    dialog = actions.consent_dialog
    qtbot.addWidget(dialog)
    assert dialog.version_label.text().startswith("Texto v1 · ")
    assert set(dialog.answers().values()) == {None}  # nothing pre-ticked

    dialog.choose_signer(people["tio"])
    for code in dialog.groups:
        dialog.answer(code, True)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "La autorización la da la madre, el padre o el tutor legal (Ley 1581, art. 7)."

    dialog.choose_signer(people["madre"])
    dialog.groups["imagen"].setExclusive(False)
    dialog.groups["imagen"].checkedButton().setChecked(False)  # the secretary left «Uso de imagen» blank
    dialog.groups["imagen"].setExclusive(True)
    dialog.save()
    assert dialog.error_label.text() == "Marque Autoriza o No autoriza en «Uso de imagen»."
    assert dialog.answers()["simat"] is True  # what was ticked is still there

    dialog.answer("imagen", False)
    dialog.save()
    assert not dialog.isVisible()
    summary = services.consent.summary(enrollment_id)
    assert summary is not None and summary.version == "v1" and summary.purposes["imagen"] is False
    assert _state(services, enrollment_id, "data_processing_consent") == "received"
    services.consent.publish("El colegio trata los datos según la Ley 1581 de 2012. Texto nuevo.")
    actions.refresh()
    assert actions.files_label.text() == "Autorización con texto anterior (v1)"

    # Revoking a purpose from the item: the dialog offers what was authorised and needs a reason.
    assert actions.revoke_button.isVisible() and actions.revoke_button.isEnabled()
    actions.open_revoke()
    revoke = actions.revoke_dialog
    qtbot.addWidget(revoke)
    offered = [revoke.choice_combo.itemData(i) for i in range(revoke.choice_combo.count())]
    assert offered == ["matricula", "simat", "contacto", "salud_piar"]  # «imagen» was not authorised
    revoke.choice_combo.setCurrentIndex(offered.index("contacto"))
    revoke.buttons.button(revoke.buttons.StandardButton.Ok).click()
    assert revoke.isVisible() and revoke.error_label.text() == "Escriba el motivo."
    revoke.reason_edit.setPlainText("Pide no recibir mensajes")
    revoke.buttons.button(revoke.buttons.StandardButton.Ok).click()
    assert not revoke.isVisible()
    assert services.consent.summary(enrollment_id).revoked == {"contacto"}

    # The list filter finds the matrículas whose consent names an older text (this one, not a new one).
    other = services.students.create(StudentDraft("TI", "1023456790", "Juan Mosquera", date(2015, 8, 1)))
    year_id = services.enrollments.get(enrollment_id).school_year_id
    services.enrollments.enroll(other.id, EnrollmentDraft(year_id, "6", "601", "morning"))
    combo = view.status_combo
    combo.setCurrentIndex(combo.findText("Autorización con texto anterior"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    assert view.model.id_at(0) == enrollment_id
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=3000)


def test_another_pc_lists_a_pending_file_as_not_uploaded_yet(  # type: ignore[no-untyped-def]
    qtbot, store: LocalStore, services: UiServices, tmp_path: Path,
) -> None:
    from desktop_app.services.documents import DocumentService
    from desktop_app.storage.local.blobs import ContentStore

    view, _enrollment_id = _enrolled_view(qtbot, services)
    view.panel.select_item("photos")
    view.panel.documents.attach_files([make_image(tmp_path / "foto.jpg")], "photos", "file")
    assert view.panel.documents.files_label.text() == "Archivos: foto.jpg (por subir)"
    # The same rows seen from a PC without the file (its own documents folder).
    services.documents = DocumentService(store, services.context, ContentStore(tmp_path / "otro-pc"))
    view.panel.documents.refresh()
    assert view.panel.documents.files_label.text() == "Archivos: foto.jpg (aún no subido)"


def test_the_settings_widget_publishes_a_new_version_only_when_text_or_purposes_change(  # type: ignore[no-untyped-def]
    qtbot, store: LocalStore, services: UiServices,
) -> None:
    from desktop_app.ui.consent_settings import CODE, LABEL, ConsentSettingsWidget

    widget = ConsentSettingsWidget(services.consent, services.task_runner(), "El colegio trata los datos (Ley 1581).")
    qtbot.addWidget(widget)
    assert [p.code for p in widget.purposes()] == ["matricula", "simat", "contacto", "salud_piar", "imagen"]
    assert widget.version_label.text().startswith("Aún no hay versiones")
    widget.save()
    assert widget.result_label.text() == "Guardado como v1." and widget.version_label.text().startswith("Versión vigente: v1 · ")
    widget.save()
    assert widget.result_label.text() == "Sin cambios: sigue vigente v1."
    widget.add_button.click()
    widget.save()
    assert widget.error_label.text() == "Cada finalidad necesita un código y un nombre."
    row = widget.table.rowCount() - 1
    widget.table.item(row, LABEL).setText("Transporte escolar")
    widget.table.item(row, CODE).setText("transporte")
    widget.save()
    assert widget.result_label.text() == "Guardado como v2."
    assert [p.code for p in services.consent.versions()[-1].purposes][-1] == "transporte"
    # A teacher sees the text and purposes but cannot change them.
    context = TenantContext(services.context.school_id, str(uuid.uuid4()), frozenset({"teacher"}), "Docente")
    teacher = build_services(store, Session(context, Mode.local), TaskRunner(synchronous=True))
    read_only = ConsentSettingsWidget(teacher.consent, teacher.task_runner(), "")
    qtbot.addWidget(read_only)
    assert read_only.text_edit.isReadOnly() and not read_only.save_button.isEnabled()
    assert len(read_only.purposes()) == 6


def test_replacing_keeps_the_old_files_marked_superseded(qtbot, services: UiServices, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view, enrollment_id = _enrolled_view(qtbot, services)
    code = "guardian_identity_document"
    view.panel.select_item(code)
    actions = view.panel.documents
    assert actions.replace_button.text() == "Reemplazar arc&hivo…" and not actions.replace_button.isEnabled()
    _drop(view, code, [make_image(tmp_path / "frente.jpg", size=(40, 30)), make_image(tmp_path / "reverso.jpg")])
    assert actions.replace_button.isEnabled()
    actions.replace_with(make_pdf(tmp_path / "cedula-completa.pdf", pages=2), code)
    files = services.documents.files(enrollment_id, code)
    assert [(f.original_name, f.superseded) for f in files] == [
        ("frente.jpg", True), ("reverso.jpg", True), ("cedula-completa.pdf", False)]
    assert actions.files_label.text() == "Archivos: cedula-completa.pdf (por subir)"
