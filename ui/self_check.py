"""``mission-crm --self-check``: whether this installation (above all a bundle, where a missing
or shrunk library fails only when its feature is used) loads what each feature needs, without
a database, a window or a camera. Prints one JSON object of facts; exit status 1 when a check
failed. For support and the bundle's tests (tests/packaging), so its words are not translated.

Checked: the Qt platform plugin, image formats (SVG, JPEG, GIF, ICO), ICU through Qt
(collation, case, a time-zone name, a single-byte codec: the bundle's ICU data is cut to
those), QtMultimedia's camera classes with its FFmpeg backend (QMediaFormat lists decoders
only when a backend loaded), Pillow's formats, zxing-cpp, SQLCipher with FTS5, keyring's
backends and Babel's time-zone table.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any


def _qt() -> dict[str, Any]:
    from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone
    from PySide6.QtGui import QGuiApplication, QImageReader

    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    collator = QCollator(QLocale("fr_BE"))
    names = sorted(["Zoë", "Eve", "Émile", "ana", "Ödön"], key=collator.sortKey)
    brussels = QTimeZone(b"Europe/Brussels")
    facts = {
        "platform": QGuiApplication.platformName(),
        "image_formats_missing": sorted({"svg", "jpeg", "gif", "ico", "png"} - formats),
        "collation": names,
        "upper_case": QLocale("nl_BE").toUpper("ĳsselmeer straße"),
        "time_zone_name": brussels.displayName(QTimeZone.TimeType.StandardTime,
                                               QTimeZone.NameType.LongName, QLocale("fr_BE")),
        "codec_windows_1252": QStringDecoder("windows-1252").isValid(),
    }
    # Legacy codecs come from ICU, which Qt carries on Linux only (Windows and macOS builds
    # use the system's services, which may lack them): required where the bundle ships it.
    codec_ok = facts["codec_windows_1252"] or not sys.platform.startswith("linux")
    facts["ok"] = (not facts["image_formats_missing"]
                   and names == ["ana", "Émile", "Eve", "Ödön", "Zoë"]
                   and codec_ok and bool(facts["time_zone_name"]))
    return facts


def _camera() -> dict[str, Any]:
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtMultimedia import (
        QCamera,
        QMediaCaptureSession,
        QMediaDevices,
        QMediaFormat,
        QVideoFrame,
        QVideoSink,
    )

    decoders = QMediaFormat().supportedVideoCodecs(QMediaFormat.ConversionMode.Decode)
    session, sink = QMediaCaptureSession(), QVideoSink()
    camera = QCamera(QMediaDevices.defaultVideoInput())
    session.setCamera(camera)
    session.setVideoSink(sink)
    picture = QImage(64, 48, QImage.Format.Format_RGB32)
    picture.fill(QColor("steelblue"))
    back = QVideoFrame(picture).toImage()  # what the scan dialog does with each frame
    facts = {"cameras": len(QMediaDevices.videoInputs()),
             "backend_video_decoders": len(decoders),
             "frame_to_image": back.size().toTuple() == (64, 48)}
    facts["ok"] = bool(decoders) and facts["frame_to_image"]
    return facts


def _pictures() -> dict[str, Any]:
    import io

    import zxingcpp
    from PIL import Image, features

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, "JPEG")
    Image.open(io.BytesIO(buffer.getvalue())).load()
    facts = {"pillow_webp": features.check("webp"), "pillow_jpeg": features.check("jpg"),
             "zxing": zxingcpp.__version__ if hasattr(zxingcpp, "__version__") else "loaded"}
    facts["ok"] = facts["pillow_jpeg"] and facts["pillow_webp"]
    return facts


# The keyring backend of each system (importable: whether it is usable depends on the session).
KEYRING_BACKENDS = {"linux": "keyring.backends.SecretService", "win32": "keyring.backends.Windows",
                    "darwin": "keyring.backends.macOS"}


def _storage() -> dict[str, Any]:
    import importlib
    import ssl  # psycopg imports it (in the bundle, linked to psycopg's own OpenSSL)

    import keyring.backend
    import psycopg
    import sqlcipher3

    from crm.services.mission_time import country_time_zones

    connection = sqlcipher3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    connection.execute("INSERT INTO t VALUES ('Léa Martin')")
    found = connection.execute("SELECT count(*) FROM t WHERE t MATCH 'martin'").fetchone()[0]
    backends = sorted(type(b).__module__ for b in keyring.backend.get_all_keyring())
    system = "linux" if sys.platform.startswith("linux") else sys.platform
    importlib.import_module(KEYRING_BACKENDS[system])
    facts = {"fts5": found == 1, "keyring_backends_usable_now": backends,
             "keyring_backend_of_system": KEYRING_BACKENDS[system],
             "time_zones_US": len(country_time_zones("US")),
             "ssl": ssl.OPENSSL_VERSION, "libpq": psycopg.pq.version()}
    facts["ok"] = facts["fts5"] and facts["time_zones_US"] > 1
    return facts


CHECKS: dict[str, Callable[[], dict[str, Any]]] = {
    "qt": _qt, "camera": _camera, "pictures": _pictures, "storage": _storage}


def run_self_check() -> int:
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    report: dict[str, Any] = {}
    for name, check in CHECKS.items():
        try:
            report[name] = check()
        except Exception as exc:  # a library that does not load is what this reports
            report[name] = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
    report["ok"] = all(part["ok"] for part in report.values())
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0 if report["ok"] else 1
