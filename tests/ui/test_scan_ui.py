"""Quick capture's scan: a picture fills the fields for checking (low-confidence ones marked),
nothing is saved until Save, Enter saves with the picture when asked to keep it."""

from __future__ import annotations

import random

import pytest
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


# --- the camera, fed real video frames --------------------------------------------------

def nv12_frames(data: bytes):  # type: ignore[no-untyped-def]
    """A picture as a camera hands it over, a new QVideoFrame at each call: NV12 (a luma
    plane, then chroma at half resolution), the format most webcams deliver."""
    import io

    from PIL import Image
    from PySide6.QtCore import QSize
    from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

    picture = Image.open(io.BytesIO(data)).convert("RGB")
    width, height = picture.width // 2 * 2, picture.height // 2 * 2
    luma, blue, red = picture.crop((0, 0, width, height)).convert("YCbCr").split()
    half = (width // 2, height // 2)
    chroma = bytes(value for pair in zip(blue.resize(half).tobytes(), red.resize(half).tobytes(),
                                         strict=True) for value in pair)
    planes = ((0, luma.tobytes(), height), (1, chroma, height // 2))

    def frame() -> QVideoFrame:
        video = QVideoFrame(QVideoFrameFormat(QSize(width, height),
                                              QVideoFrameFormat.PixelFormat.Format_NV12))
        assert video.map(QVideoFrame.MapMode.WriteOnly)
        for plane, pixels, rows in planes:
            bits, stride = video.bits(plane), video.bytesPerLine(plane)
            for row in range(rows):
                bits[row * stride:row * stride + width] = pixels[row * width:(row + 1) * width]
        video.unmap()
        return video

    return frame


def blank_frame():  # type: ignore[no-untyped-def]
    from PySide6.QtMultimedia import QVideoFrame

    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGray)
    return QVideoFrame(image)


@pytest.fixture
def no_camera_device(monkeypatch):  # type: ignore[no-untyped-def]
    """The camera dialog opens on no device (the machine's camera, if any, stays off): the
    test is the camera, feeding the dialog's video sink."""
    from PySide6.QtMultimedia import QCameraDevice, QMediaDevices

    monkeypatch.setattr(QMediaDevices, "defaultVideoInput", staticmethod(QCameraDevice))


def test_camera_frames_fill_the_form_and_nothing_is_saved_before_enter(
        qtbot, db, monkeypatch, no_camera_device) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtMultimedia import QVideoFrame

    import ui.dialogs.quick_capture as quick_capture
    from ui.dialogs.scan_badge import CameraScanDialog

    monkeypatch.setattr(quick_capture, "camera_unavailable_reason", lambda: None)
    sample = scan_samples.badge(random.Random(8), kind="vcard")
    # A camera's stream, 25 new frames a second until the dialog closes: a few before the
    # badge is held up, then the badge, in NV12 and as an RGB frame made from a QImage.
    badge_nv12 = nv12_frames(sample.data)
    badge_image = QImage.fromData(sample.data)

    def frame_number(number: int) -> QVideoFrame:
        if number < 6:
            return blank_frame()
        return badge_nv12() if number % 2 else QVideoFrame(badge_image)

    dialog = open_dialog(qtbot, db)
    assert dialog.camera_button.isEnabled()
    fed: list[CameraScanDialog] = []

    def next_frame() -> None:
        camera = QApplication.activeModalWidget()
        if isinstance(camera, CameraScanDialog):
            camera.sink.setVideoFrame(frame_number(len(fed)))
            fed.append(camera)

    stream = QTimer(interval=40)
    stream.timeout.connect(next_frame)
    stream.start()
    # The camera dialog is modal: a camera that never shows the badge would hang the test.
    give_up = QTimer(singleShot=True, interval=20000)
    give_up.timeout.connect(lambda: fed and fed[-1].reject())
    give_up.start()
    try:
        dialog.camera_button.click()
    finally:
        stream.stop()
        give_up.stop()
    # Every frame was shown; the blank ones were decoded too and gave nothing.
    assert len(fed) > 6 and fed[-1].frames_seen == len(fed)
    assert dialog.first_name.text() == sample.person.first_name
    assert dialog.last_name.text() == sample.person.last_name
    assert dialog.company.text() == sample.person.company
    assert dialog.email.text() == sample.person.email
    assert "QR code (vcard)" in dialog.scan_status.text()
    assert count(db, Contact) == 0
    dialog.first_name.setFocus()
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return)
    assert db.read(lambda s: s.scalar(select(Contact.last_name))) == sample.person.last_name


def test_the_camera_dialog_without_a_camera_says_so_and_waits_for_nothing(
        qtbot, no_camera_device) -> None:  # type: ignore[no-untyped-def]
    import time

    from ui.dialogs.scan_badge import CameraScanDialog

    started = time.monotonic()
    camera = CameraScanDialog(None, "BE")
    qtbot.addWidget(camera)
    camera.show()
    assert time.monotonic() - started < 2
    assert camera.camera is None
    assert "No camera found" in camera.view.text() or "cannot be used" in camera.view.text()
    assert "picture file" in camera.hint.text()
    camera.reject()  # Cancel closes it at once
    assert not camera.isVisible()


def test_a_camera_unplugged_after_the_dialog_opened_is_said_at_once(
        qtbot, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.dialogs.quick_capture as quick_capture

    monkeypatch.setattr(quick_capture, "camera_unavailable_reason", lambda: None)
    dialog = open_dialog(qtbot, db)
    monkeypatch.setattr(quick_capture, "camera_unavailable_reason",
                        lambda: "No camera found on this computer")
    dialog.camera_button.click()  # no camera window opens: nothing to wait for
    assert QApplication.activeModalWidget() is None
    assert dialog.scan_status.text() == "No camera found on this computer"
    assert not dialog.camera_button.isEnabled() and dialog.camera_button.text() == "No camera"


def test_a_camera_that_gives_no_picture_is_said_so(qtbot, no_camera_device,
                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs import scan_badge

    camera = scan_badge.CameraScanDialog(None, "BE")
    qtbot.addWidget(camera)
    camera._say_no_picture()  # what NO_PICTURE_MS without a frame leads to
    assert "No picture from the camera" in camera.view.text()
    camera.sink.setVideoFrame(blank_frame())
    assert camera.frames_seen == 1 and camera.view.pixmap() is not None
