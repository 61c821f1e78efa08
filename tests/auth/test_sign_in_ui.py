"""The sign-in dialog and school picker (Qt offscreen) over the real connected-mode parts."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.devstack.seed import SCHOOL_A, SCHOOL_B
from desktop_app.services.auth import SessionState
from desktop_app.ui.sign_in.dialog import SignInDialog
from desktop_app.ui.sign_in.flow import sign_in_flow
from desktop_app.ui.sign_in.school_picker import SchoolPickerDialog
from desktop_app.ui.sign_in.texts import offline_banner_text
from tests.auth.conftest import Stack


def test_a_refused_sign_in_explains_why_and_keeps_what_was_typed(qtbot, stack: Stack) -> None:
    parts = stack.app()
    dialog = SignInDialog(parts.service)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.email, "rectora@sanjose.edu.co")
    qtbot.keyClicks(dialog.password, "clave-equivocada")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_connecting())  # the request runs off the UI thread

    assert dialog.result() != SignInDialog.DialogCode.Accepted
    assert dialog.message.text() == "Correo o contraseña incorrectos."
    assert dialog.email.text() == "rectora@sanjose.edu.co"
    assert dialog.password.text() == "clave-equivocada" and dialog.password.selectedText() == "clave-equivocada"

    dialog.password.setText(stack.users["rectora"].password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_connecting())
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.status.state is SessionState.ONLINE and dialog.status.school.school_id == SCHOOL_A.id


def test_a_user_without_an_active_membership_stays_in_the_dialog_with_the_reason(qtbot, stack: Stack) -> None:
    dialog = SignInDialog(stack.app().service)
    qtbot.addWidget(dialog)
    dialog.email.setText(stack.users["exdocente"].email)
    dialog.password.setText(stack.users["exdocente"].password)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.is_connecting())
    assert dialog.result() != SignInDialog.DialogCode.Accepted
    assert "vinculación activa" in dialog.message.text()


def test_the_school_picker_lists_schools_with_roles_and_chooses_one(qtbot, stack: Stack) -> None:
    parts = stack.app()
    status = parts.service.sign_in(stack.users["secretaria"].email, stack.users["secretaria"].password)
    assert status.needs_school_choice
    picker = SchoolPickerDialog(parts.service, preselect=SCHOOL_B.id)
    qtbot.addWidget(picker)
    texts = [picker.schools.item(i).text() for i in range(picker.schools.count())]
    assert texts == [f"{SCHOOL_A.name} — Secretario(a)", f"{SCHOOL_B.name} — Secretario(a)"]
    assert picker.schools.currentItem().text().startswith(SCHOOL_B.name)

    picker.choose()
    assert picker.result() == SchoolPickerDialog.DialogCode.Accepted
    assert picker.status.tenant_context().school_id == SCHOOL_B.id


def test_start_up_with_a_stored_session_needs_no_dialog(qtbot, stack: Stack) -> None:
    stack.app().service.sign_in(stack.users["rectora"].email, stack.users["rectora"].password)
    status = sign_in_flow(stack.app().service)
    assert status is not None and status.can_work and status.school.school_id == SCHOOL_A.id

    stack.auth.stop()
    status = sign_in_flow(stack.app().service)
    assert status is not None and status.state is SessionState.OFFLINE
    assert offline_banner_text().startswith("Sin conexión") and offline_banner_text() == status.message


def test_every_notice_the_service_can_give_has_the_same_text_in_the_ui(qtbot) -> None:
    from desktop_app.services.auth import NOTICES
    from desktop_app.ui.sign_in.texts import notice_message

    assert {code: notice_message(code) for code in NOTICES} == NOTICES


def test_the_session_watcher_notices_a_revoked_session_and_the_network_coming_back(qtbot, stack: Stack) -> None:
    from desktop_app.ui.sign_in.watcher import SessionWatcher
    from desktop_app.ui.tasks import TaskRunner

    parts = stack.app()
    parts.service.sign_in(stack.users["rectora"].email, stack.users["rectora"].password)
    watcher = SessionWatcher(parts.service, TaskRunner(synchronous=True))
    changes: list = []
    watcher.state_changed.connect(changes.append)

    stack.auth.stop()
    watcher.check_now()
    stack.auth.start()
    watcher.check_now()
    assert [s.state for s in changes] == [SessionState.OFFLINE, SessionState.ONLINE]

    with stack.auth.state.lock:
        for session_id in list(stack.auth.state.sessions):
            stack.auth.state.delete_session(session_id)
    with qtbot.waitSignal(watcher.must_sign_in, timeout=5000) as refused:
        watcher.check_now()
    assert refused.args[0].state is SessionState.MUST_SIGN_IN
