"""Finding and decoding a badge's code (QR, and the Aztec, Data Matrix and PDF417 codes some
badge printers use) with zxing-cpp.

A photographed badge is often rotated, blurred, small in the frame or unevenly lit. zxing-cpp
already looks in every direction and at smaller scales; when it finds nothing in the picture
as it is, the picture is tried again in grey with its contrast stretched, sharpened, larger,
turned by 45 degrees and binarised, in that order (cheapest first), until a code is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class FoundCode:
    """One decoded code: its text (None when it holds binary data) and its raw bytes."""

    text: str | None
    data: bytes
    format: str


def _formats():  # type: ignore[no-untyped-def]
    import zxingcpp

    return zxingcpp.BarcodeFormats([
        zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode,
        zxingcpp.BarcodeFormat.Aztec, zxingcpp.BarcodeFormat.DataMatrix,
        zxingcpp.BarcodeFormat.PDF417])


def _variants(image) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The picture, then the transformed copies worth trying, cheapest first."""
    from PIL import ImageFilter, ImageOps

    yield image
    grey = ImageOps.autocontrast(image.convert("L"), cutoff=1)
    yield grey
    yield grey.filter(ImageFilter.UnsharpMask(radius=3, percent=200, threshold=0))
    if max(grey.size) < 1600:
        yield grey.resize((grey.width * 2, grey.height * 2))
    yield grey.rotate(45, expand=True, fillcolor=255)
    if max(grey.size) > 800:
        yield grey.resize((grey.width // 2, grey.height // 2))
    blurred = grey.filter(ImageFilter.GaussianBlur(1))
    threshold = sum(i * n for i, n in enumerate(blurred.histogram())) // max(
        1, blurred.width * blurred.height)
    yield blurred.point(lambda value: 255 if value > threshold else 0)


def _decode(barcode) -> FoundCode:  # type: ignore[no-untyped-def]
    import zxingcpp

    raw = bytes(barcode.bytes)
    if barcode.content_type == zxingcpp.ContentType.Binary:
        try:
            text: str | None = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if text is not None and any(ord(c) < 32 and c not in "\r\n\t" for c in text):
            text = None
    else:
        text = barcode.text
    return FoundCode(text=text, data=raw, format=str(barcode.format))


def find_codes(image, give_up: Callable[[], bool] = lambda: False,  # type: ignore[no-untyped-def]
               *, retries_only: bool = False) -> list[FoundCode]:
    """Every code decoded in the picture (a Pillow image); empty when none is found.
    ``give_up`` is asked between attempts (a live camera moves on to the next frame);
    ``retries_only``: the transformed copies only (the picture as it is was tried)."""
    import zxingcpp

    formats = _formats()
    for number, variant in enumerate(_variants(image)):
        if retries_only and number == 0:
            continue
        found = zxingcpp.read_barcodes(variant, formats=formats)
        if found:
            return [_decode(barcode) for barcode in found]
        if give_up():
            break
    return []


def quick_find_codes(image) -> list[FoundCode]:  # type: ignore[no-untyped-def]
    """One attempt on the picture as it is: for camera frames, many a second."""
    import zxingcpp

    return [_decode(b) for b in zxingcpp.read_barcodes(image, formats=_formats())]
