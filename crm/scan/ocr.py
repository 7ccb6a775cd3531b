"""Reading a business card's text with Tesseract (through pytesseract), line by line with
the size and place of each line, which crm.sources.card_text uses to tell the name (usually
the largest line) from the rest."""

from __future__ import annotations

import os
from statistics import median

from crm.errors import UserError
from crm.sources.card_text import CardLine

# French first: with English first Tesseract drops the accents of names (Benoît, Zoë).
LANGUAGES = ("fra", "eng", "nld")
INSTALL_HINT = ("business cards are read by Tesseract OCR, which is not installed: install it "
                "(Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-fra "
                "tesseract-ocr-nld; macOS: brew install tesseract tesseract-lang; Windows: the "
                "UB Mannheim installer) and scan again")
# Tesseract reads text best with letters 20-40 pixels high: a card photo is brought to about
# this width first.
OCR_WIDTH = 1800
# Words the OCR is less sure of than this (0-100) are noise: a logo, a texture. Groups of
# digits are kept whatever their confidence: Tesseract is unsure of a lone "2" of a number.
MIN_WORD_CONFIDENCE = 30


class TesseractMissing(UserError):
    """Tesseract (or every one of its languages we read) is not installed."""


_languages: str | None = None


def tesseract_languages() -> str:
    """The "eng+fra+nld" argument, of the languages installed; TesseractMissing without any."""
    global _languages
    if _languages is None:
        import pytesseract

        try:
            installed = set(pytesseract.get_languages(config=""))
        except (pytesseract.TesseractNotFoundError, OSError):
            raise TesseractMissing(INSTALL_HINT) from None
        wanted = [lang for lang in LANGUAGES if lang in installed]
        if not wanted:
            raise TesseractMissing(INSTALL_HINT)
        _languages = "+".join(wanted)
    return _languages


def read_lines(image) -> list[CardLine]:  # type: ignore[no-untyped-def]
    """The lines of text on a card picture (a Pillow image), top to bottom."""
    import pytesseract
    from PIL import Image, ImageOps

    languages = tesseract_languages()
    grey = ImageOps.autocontrast(image.convert("L"), cutoff=1)
    if abs(grey.width - OCR_WIDTH) > OCR_WIDTH // 4:
        scale = OCR_WIDTH / grey.width
        grey = grey.resize((OCR_WIDTH, max(1, round(grey.height * scale))),
                           Image.Resampling.LANCZOS)
    # One thread per Tesseract: the machine is shared (the app's UI, other scans).
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        data = pytesseract.image_to_data(grey, lang=languages, config="--psm 4",
                                         output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractNotFoundError:
        raise TesseractMissing(INSTALL_HINT) from None
    except pytesseract.TesseractError as exc:
        raise UserError(f"the OCR could not read the picture ({exc.message})") from None
    return _group_lines(data)


def _group_lines(data: dict[str, list]) -> list[CardLine]:
    """Tesseract's words grouped into its lines; each line's height is its words' median."""
    groups: dict[tuple[int, int, int], list[int]] = {}
    for index, word in enumerate(data["text"]):
        confidence = float(data["conf"][index])
        if not str(word).strip() or confidence < 0 or (
                confidence < MIN_WORD_CONFIDENCE and not any(c.isdigit() for c in str(word))):
            continue
        key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
        groups.setdefault(key, []).append(index)
    lines: list[tuple[CardLine, float]] = []  # with the right edge of its last word
    for indexes in groups.values():
        indexes.sort(key=lambda i: data["left"][i])
        text = " ".join(str(data["text"][i]).strip() for i in indexes)
        line = CardLine(
            text=text,
            height=float(median(data["height"][i] for i in indexes)),
            top=float(min(data["top"][i] for i in indexes)),
            left=float(min(data["left"][i] for i in indexes)),
            confidence=min(1.0, median(float(data["conf"][i]) for i in indexes) / 100))
        lines.append((line, float(max(data["left"][i] + data["width"][i] for i in indexes))))
    # Tesseract may cut a row of the card into blocks (a two-column card): put the groups that
    # sit on one row, close together and of one size, back into one line.
    lines.sort(key=lambda item: (item[0].top, item[0].left))
    merged: list[tuple[CardLine, float]] = []
    for line, right in lines:
        if merged:
            last, last_right = merged[-1]
            size = min(line.height, last.height)
            if (abs(line.top - last.top) < 0.5 * size
                    and abs(line.height - last.height) < 0.3 * max(line.height, last.height)
                    and 0 <= line.left - last_right < 3 * size):
                merged[-1] = (CardLine(f"{last.text} {line.text}", max(last.height, line.height),
                                       last.top, last.left, min(last.confidence, line.confidence)),
                              right)
                continue
        merged.append((line, right))
    return [line for line, _right in merged]
