"""Quick capture's "Scan badge or card…": a picture from a file, the clipboard (Ctrl+V), a
drop, or the laptop's camera, read off the GUI thread by crm.scan; the fields it gives are
put into the form for the delegate to check (those read with low confidence marked), and
nothing is saved until they press Save.

The camera (QtMultimedia: QCamera -> QMediaCaptureSession -> QVideoSink) shows its frames
and hands one at a time to a worker thread that looks for a code; the first code read closes
the camera window and fills the form.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crm.scan import ScanResult
from ui.operations import Operation

PICTURE_FILTER = "*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.webp"
# A camera frame is offered to the decoder at most this often (ms): enough to feel live, and
# the other core stays free for the window.
FRAME_INTERVAL_MS = 150
# A camera that has given no frame after this long (ms) is said to give no picture.
NO_PICTURE_MS = 5000


def image_bytes(image: QImage) -> bytes:
    """A QImage (pasted, dropped, a camera frame) as PNG bytes for crm.scan."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def choose_picture(parent: QWidget) -> Path | None:
    """A picture file picked by the delegate (None: cancelled)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, QApplication.translate("ScanBadge", "Scan a badge or business card"), "",
        QApplication.translate("ScanBadge", "Pictures ({patterns})").format(
            patterns=PICTURE_FILTER))
    return Path(name) if name else None


def camera_unavailable_reason() -> str | None:
    """Why the camera cannot be used (no Qt Multimedia, no camera), or None when it can."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:
        return QApplication.translate(
            "ScanBadge", "The camera cannot be used: Qt Multimedia did not load ({error})"
        ).format(error=str(exc).splitlines()[0])
    if not QMediaDevices.videoInputs():
        return QApplication.translate("ScanBadge", "No camera found on this computer")
    return None


class _FrameDecoder(QObject):
    """Decodes one camera frame at a time on a worker thread; ``found`` gives the result."""

    found = Signal(object)  # ScanResult
    failed = Signal(str)

    def __init__(self, parent: QObject, region: str):
        super().__init__(parent)
        self.region = region
        self.busy = False

    def offer(self, image: QImage) -> None:
        if self.busy or image.isNull():
            return
        self.busy = True
        grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
        width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
        pixels = bytes(grey.constBits())
        region = self.region
        origin = self.tr("camera")  # names the picture in a message: "camera: no QR code …"

        def decode() -> ScanResult | None:
            from PIL import Image

            from crm.scan import scan_picture
            from crm.scan.codes import quick_find_codes

            frame = Image.frombuffer("L", (width, height), pixels, "raw", "L", stride, 1)
            if not quick_find_codes(frame):
                return None
            # A code is in view: read this frame the whole way (payload, picture to keep).
            return scan_picture(image_bytes_of(frame), origin, region, ocr=False)

        Operation(self, decode).success(self._done).failure(self._error).run()

    def _done(self, result: ScanResult | None) -> None:
        self.busy = False
        if result is not None:
            self.found.emit(result)

    def _error(self, error: Exception) -> None:
        self.busy = False
        self.failed.emit(str(error))


def image_bytes_of(image) -> bytes:  # type: ignore[no-untyped-def]
    """A Pillow image as PNG bytes."""
    import io

    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


class CameraScanDialog(QDialog):
    """The camera's picture, live, until a badge's code is read (then ``result`` holds it).

    Frames come through ``sink`` (a QVideoSink the camera's capture session fills; the tests
    feed it frames of their own). Without a camera the dialog says so and waits for nothing:
    Cancel is the way out, as at any time."""

    def __init__(self, parent: QWidget | None, region: str, device=None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        from PySide6.QtCore import QElapsedTimer, QTimer
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

        self.setWindowTitle(self.tr("Scan with the camera"))
        self.result_scan: ScanResult | None = None
        self.frames_seen = 0
        self.view = QLabel(self.tr("Starting the camera…"))
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setMinimumSize(480, 360)
        self.hint = QLabel(self.tr("Hold the badge's QR code in front of the camera."))
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.decoder = _FrameDecoder(self, region)
        self.decoder.found.connect(self._found)
        self.decoder.failed.connect(self.hint.setText)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._frame)
        self._last_offer = -FRAME_INTERVAL_MS
        self._clock = QElapsedTimer()
        self._clock.start()
        # A camera that gives no picture (in use by another app, a privacy shutter, a
        # driver that hangs) is said so after a few seconds, instead of "Starting…" forever.
        self._no_picture = QTimer(self, singleShot=True, interval=NO_PICTURE_MS)
        self._no_picture.timeout.connect(self._say_no_picture)
        self.camera = None
        device = device if device is not None else QMediaDevices.defaultVideoInput()
        if device.isNull():
            self.view.setText(camera_unavailable_reason() or QApplication.translate(
                "ScanBadge", "No camera found on this computer"))
            self.hint.setText(self.tr("Scan a picture file instead, or type the details."))
            return
        self.camera = QCamera(device, self)
        self.camera.errorOccurred.connect(lambda _error, text: self.hint.setText(
            self.tr("The camera stopped: {error}").format(error=text)))
        self.capture = QMediaCaptureSession(self)
        self.capture.setCamera(self.camera)
        self.capture.setVideoSink(self.sink)
        self.camera.start()
        self._no_picture.start()

    def _frame(self, frame) -> None:  # type: ignore[no-untyped-def]
        image = frame.toImage()
        if image.isNull():
            return
        self.frames_seen += 1
        self._no_picture.stop()
        self.view.setPixmap(QPixmap.fromImage(image).scaled(
            self.view.size(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        if self._clock.elapsed() - self._last_offer >= FRAME_INTERVAL_MS:
            self._last_offer = self._clock.elapsed()
            self.decoder.offer(image)

    def _say_no_picture(self) -> None:
        self.view.setText(self.tr("No picture from the camera: another app may be using it."))
        self.hint.setText(self.tr("Scan a picture file instead, or type the details."))

    def _found(self, result: ScanResult) -> None:
        self.result_scan = result
        self.accept()

    def done(self, code: int) -> None:
        self._no_picture.stop()
        if self.camera is not None:
            self.camera.stop()
        super().done(code)


def scan_in_background(parent: QObject, data: bytes, origin: str, region: str | list[str],
                       on_result: Callable[[ScanResult], None],
                       on_error: Callable[[Exception], None]) -> Operation:
    """Read a picture's badge or card on a worker thread (OCR takes a second or two)."""
    from crm.scan import scan_picture

    return Operation(parent, lambda: scan_picture(data, origin, region)) \
        .success(on_result).failure(on_error).run()
