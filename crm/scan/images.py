"""Pictures in: any file Pillow reads (JPEG, PNG, HEIC excepted ...), turned upright by its
EXIF orientation and made small enough to decode quickly (a 50-megapixel phone photo is
shrunk while it is read, through JPEG's draft mode)."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from crm.errors import UserError
from crm.i18n import _

# The longest side decoders work on: a badge's code or a card's text is readable at this size
# in a photo of the badge or card, and decoding stays well under a second.
WORKING_SIDE = 2000
# The picture kept with a contact: enough to read the card again, not the phone's 12 MB.
KEPT_SIDE = 1600
KEPT_QUALITY = 85
# Above this a file is refused before Pillow decodes it (a decompression bomb or a scan of a
# poster): 150 megapixels (Pillow itself refuses 179 and more).
MAX_PIXELS = 150_000_000
MAX_FILE_BYTES = 80 * 2**20


def read_picture_file(path: Path) -> bytes:
    """The bytes of a picture file; a missing, empty or oversized file is a UserError."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(_("{path}: the file is larger than {limit} MB").format(
                path=path, limit=MAX_FILE_BYTES // 2**20))
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(_("{path}: no such file").format(path=path)) from None
    except IsADirectoryError:
        raise UserError(_("{path}: is a folder, not a picture").format(path=path)) from None
    except OSError as exc:
        raise UserError(_("{path}: cannot read ({reason})").format(
            path=path, reason=exc.strerror or exc)) from None
    if not data:
        raise UserError(_("{path}: the file is empty").format(path=path))
    return data


def open_picture(data: bytes, origin: Path | str, side: int = WORKING_SIDE):  # type: ignore[no-untyped-def]
    """The picture in ``data`` as an RGB Pillow image, upright, its longest side at most
    ``side`` pixels. Not a picture, truncated or too large: a UserError naming ``origin``."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if not data:
        raise UserError(_("{path}: the file is empty").format(path=origin))
    try:
        with warnings.catch_warnings():
            # Pillow warns from 89 megapixels; the size is judged here instead.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise _too_large(origin, width, height)
            # JPEG decodes at 1/2, 1/4 or 1/8 scale directly: a 50 MP photo reads fast.
            image.draft("RGB", (side, side))
            image = ImageOps.exif_transpose(image)
            image = image.convert("RGB")
    except UserError:
        raise
    except Image.DecompressionBombError:
        raise _too_large(origin, 0, 0) from None
    except UnidentifiedImageError:
        raise UserError(_("{path}: not a picture Mission CRM can read (use a JPEG or PNG "
                          "photo of the badge or card)").format(path=origin)) from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else _("damaged file")
        raise UserError(_("{path}: the picture cannot be read ({reason})").format(
            path=origin, reason=reason)) from None
    if max(image.size) > side:
        image.thumbnail((side, side), Image.Resampling.LANCZOS)
    return image


def _too_large(origin: Path | str, width: int, height: int) -> UserError:
    limit = MAX_PIXELS // 1_000_000
    if width:
        return UserError(_("{path}: the picture is too large ({width} x {height} pixels); take "
                           "it at {limit} megapixels or less").format(
                               path=origin, width=width, height=height, limit=limit))
    return UserError(_("{path}: the picture is too large; take it at {limit} megapixels or "
                       "less").format(path=origin, limit=limit))


def picture_to_keep(image) -> tuple[bytes, str]:  # type: ignore[no-untyped-def]
    """The picture as stored with a contact: a JPEG at most KEPT_SIDE pixels long."""
    from PIL import Image

    kept = image.copy()
    kept.thumbnail((KEPT_SIDE, KEPT_SIDE), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    kept.save(buffer, "JPEG", quality=KEPT_QUALITY, optimize=True)
    return buffer.getvalue(), "image/jpeg"
