"""Quick capture's scan: a picture fills the fields for checking (low-confidence ones marked),
nothing is saved until Save, Enter saves with the picture when asked to keep it."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from crm.models import Contact, ContactPicture
from tests import scan_samples
from ui.dialogs.quick_capture import QuickCaptureDialog


def count(db, model) -> int:  # type: ignore[no-untyped-def]
    return db.read(lambda s: s.scalar(select(func.count()).select_from(model)))


def open_dialog(qtbot, db) -> QuickCaptureDialog:  # type: ignore[no-untyped-def]
    dialog = QuickCaptureDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_badge_picture_fills_the_form_and_enter_saves_it_with_the_picture(
        qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sample = scan_samples.badge(random.Random(2), kind="vcard")
    picture = tmp_path / "badge.jpg"
    picture.write_bytes(sample.data)
    dialog = open_dialog(qtbot, db)
    dialog.scan_picture_file(picture)  # what "Scan badge or card…" does once a file is chosen
    qtbot.waitUntil(lambda: dialog.first_name.text() == sample.person.first_name, timeout=20000)
    assert dialog.last_name.text() == sample.person.last_name
    assert dialog.company.text() == sample.person.company
    assert dialog.email.text() == sample.person.email
    assert "QR code (vcard)" in dialog.scan_status.text()
    assert not dialog.first_name.property("lowConfidence")
    assert dialog.keep_picture.isVisible()
    # Read, not saved: the delegate has not confirmed.
    assert count(db, Contact) == 0
    dialog.keep_picture.setChecked(True)
    dialog.first_name.setFocus()
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return)
    assert count(db, Contact) == 1 and count(db, ContactPicture) == 1
    source = db.read(lambda s: s.scalar(select(Contact.source)))
    assert source == "badge scan (vCard)"


def test_low_confidence_fields_are_marked_until_edited(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from crm.scan import scan_picture
    from tests.core.test_scan import qr_picture

    result = scan_picture(qr_picture("https://www.linkedin.com/in/ann-lee-4b1a2b3"), "badge")
    dialog = open_dialog(qtbot, db)
    dialog.apply_scan(result)
    assert dialog.first_name.text() == "Ann" and dialog.first_name.property("lowConfidence")
    assert "low confidence" in dialog.first_name.toolTip()
    assert "#fff3b0" in dialog.first_name.styleSheet()
    assert "LinkedIn: https://www.linkedin.com/in/ann-lee-4b1a2b3" in dialog.scan_extras.text()
    qtbot.keyClicks(dialog.first_name, "e")
    assert not dialog.first_name.property("lowConfidence")
    assert dialog.first_name.styleSheet() == ""
    assert count(db, Contact) == 0
    dialog.accept()
    assert db.read(lambda s: s.scalar(select(Contact.linkedin))) == \
        "https://www.linkedin.com/in/ann-lee-4b1a2b3"


def test_a_pasted_picture_is_scanned_and_a_bad_one_explained(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    sample = scan_samples.badge(random.Random(3), kind="mecard")
    dialog = open_dialog(qtbot, db)
    QApplication.clipboard().setImage(QImage.fromData(sample.data))
    dialog.first_name.setFocus()
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.first_name.text() == sample.person.first_name, timeout=20000)
    blank = QImage(300, 200, QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.white)
    QApplication.clipboard().setImage(blank)
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "no QR code and no text" in dialog.scan_status.text(),
                    timeout=20000)
    assert dialog.scan_button.isEnabled() and count(db, Contact) == 0


def test_without_a_camera_the_button_says_so(qtbot, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.dialogs.quick_capture as quick_capture

    monkeypatch.setattr(quick_capture, "camera_unavailable_reason",
                        lambda: "No camera found on this computer")
    dialog = open_dialog(qtbot, db)
    assert not dialog.camera_button.isEnabled()
    assert dialog.camera_button.toolTip() == "No camera found on this computer"


def test_camera_frames_are_decoded_off_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject

    from ui.dialogs.scan_badge import _FrameDecoder

    owner = QObject()
    decoder = _FrameDecoder(owner, "BE")
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.gray)
    decoder.offer(blank)  # nothing in view: no result, ready for the next frame
    qtbot.waitUntil(lambda: not decoder.busy, timeout=10000)
    sample = scan_samples.badge(random.Random(5), kind="mecard")
    with qtbot.waitSignal(decoder.found, timeout=20000) as found:
        decoder.offer(QImage.fromData(sample.data))
        assert decoder.busy
        decoder.offer(QImage.fromData(sample.data))  # dropped: one frame at a time
    assert found.args[0].first_name == sample.person.first_name
