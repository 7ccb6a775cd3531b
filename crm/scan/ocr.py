"""Reading a business card's text with Tesseract (through pytesseract), line by line with
the size and place of each line, which crm.sources.card_text uses to tell the name (usually
the largest line) from the rest."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Sequence
from statistics import median

from crm.errors import UserError
from crm.i18n import N_, _
from crm.sources.card_text import CardLine

# French first: with English first Tesseract drops the accents of names (Benoît, Zoë).
LANGUAGES = ("fra", "eng", "nld")
INSTALL_HINT = N_("business cards are read by Tesseract OCR, which is not installed: install "
                  "it (Debian/Ubuntu: sudo apt-get install tesseract-ocr tesseract-ocr-fra "
                  "tesseract-ocr-nld; macOS: brew install tesseract tesseract-lang; Windows: "
                  "the UB Mannheim installer) and scan again")
# Tesseract reads text best with letters 20-40 pixels high: a card photo is brought to about
# this width first.
OCR_WIDTH = 1800
# Words the OCR is less sure of than this (0-100) are noise: a logo, a texture. Groups of
# digits are kept whatever their confidence: Tesseract is unsure of a lone "2" of a number.
MIN_WORD_CONFIDENCE = 30
# A line with a number or an email read with less confidence than this is read again.
REREAD_BELOW = 0.8
# Letters at least this high (pixels, at OCR_WIDTH) are read again at BEST_LETTERS.
LARGE_LETTERS, BEST_LETTERS = 55, (36,)


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
            raise TesseractMissing(_(INSTALL_HINT)) from None
        wanted = [lang for lang in LANGUAGES if lang in installed]
        if not wanted:
            raise TesseractMissing(INSTALL_HINT)
        _languages = "+".join(wanted)
    return _languages


def read_lines(image, regions: Sequence[str] = ("BE",)) -> list[CardLine]:  # type: ignore[no-untyped-def]
    """The lines of text on a card picture (a Pillow image), top to bottom; ``regions``:
    where a phone number without + may be from (to judge whether a line was read right)."""
    from PIL import Image, ImageOps

    languages = tesseract_languages()
    grey = ImageOps.autocontrast(image.convert("L"), cutoff=1)
    if abs(grey.width - OCR_WIDTH) > OCR_WIDTH // 4:
        scale = OCR_WIDTH / grey.width
        grey = grey.resize((OCR_WIDTH, max(1, round(grey.height * scale))),
                           Image.Resampling.LANCZOS)
    lines = _group_lines(_tesseract(grey, languages, "--psm 4"))
    # Only the tallest line of words (the name, usually) is read again for its accents: each
    # reading costs a Tesseract run.
    words_only = [(line, right) for line, right in lines
                  if "@" not in line.text and not any(c.isdigit() for c in line.text)]
    tallest = max(words_only, key=lambda item: item[0].height, default=(None, 0.0))[0]
    return [_read_again(grey, languages, line, right, regions)
            if "@" in line.text or any(c.isdigit() for c in line.text) else
            _read_large_again(grey, languages, line, right)
            if line is tallest and line.height >= LARGE_LETTERS else line
            for line, right in lines]


def _tesseract(image, languages: str, config: str) -> dict[str, list]:  # type: ignore[no-untyped-def]
    import pytesseract

    # One thread per Tesseract: the machine is shared (the app's UI, other scans).
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    try:
        return pytesseract.image_to_data(image, lang=languages, config=config,
                                         output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractNotFoundError:
        raise TesseractMissing(_(INSTALL_HINT)) from None
    except pytesseract.TesseractError as exc:
        raise UserError(_("the OCR could not read the picture ({reason})").format(
            reason=exc.message)) from None


def _crop(grey, line: CardLine, right: float, scale: float):  # type: ignore[no-untyped-def]
    """The line alone (with a margin, and room for a slanted card), scaled by ``scale``."""
    from PIL import Image

    pad = line.height * 0.6
    # A card photographed a few degrees askew: its line climbs or falls along its length.
    slant = (right - line.left) * 0.06
    box = (max(0, int(line.left - pad)), max(0, int(line.top - pad - slant)),
           min(grey.width, int(right + pad)),
           min(grey.height, int(line.top + line.height + pad + slant)))
    crop = grey.crop(box)
    return crop.resize((max(1, round(crop.width * scale)), max(1, round(crop.height * scale))),
                       Image.Resampling.LANCZOS)


def _words(data: dict[str, list]) -> list[tuple[str, float]]:
    return [(str(word).strip(), float(conf)) for word, conf in
            zip(data["text"], data["conf"], strict=True)
            if str(word).strip() and float(conf) >= 0]


def _read_large_again(grey, languages: str, line: CardLine,  # type: ignore[no-untyped-def]
                      right: float) -> CardLine:
    """A line in large letters (the name, usually) read again alone at the size Tesseract
    reads best: in large letters it drops accents (Geneviève -> Genevieve). Only accents and
    such marks may change: the letters themselves stay as first read."""
    for letters in BEST_LETTERS:
        words = _words(_tesseract(_crop(grey, line, right, letters / line.height), languages,
                                  "--psm 7"))
        text = " ".join(w for w, _c in words)
        if text != line.text and _without_marks(text) == _without_marks(line.text):
            return CardLine(text, line.height, line.top, line.left,
                            max(line.confidence, median(c for _w, c in words) / 100))
    return line


def _without_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _read_again(grey, languages: str, line: CardLine, right: float,  # type: ignore[no-untyped-def]
                regions: Sequence[str]) -> CardLine:
    """A line holding a number or an email read once more, alone and twice as large, when
    the OCR was unsure of it or it gave no valid value: one misread digit or dot makes the
    whole value wrong."""
    from crm.sources.card_text import line_values

    has_email, has_digits = "@" in line.text, sum(c.isdigit() for c in line.text) >= 6
    if not (has_email or has_digits):
        return line
    emails, phones = line_values(line.text, regions)
    unread = (has_email and not emails) or (has_digits and not phones and not has_email)
    if line.confidence >= REREAD_BELOW and not unread:
        return line
    words = _words(_tesseract(_crop(grey, line, right, 2.0), languages, "--psm 7"))
    if not words:
        return line
    again = CardLine(" ".join(w for w, _c in words), line.height, line.top, line.left,
                     min(1.0, median(c for _w, c in words) / 100))
    emails_again, phones_again = line_values(again.text, regions)
    # A reading that gives a valid address or number wins; between equals, the surer one.
    found = (len(emails), len(phones))
    found_again = (len(emails_again), len(phones_again))
    if found_again > found or (found_again == found and again.confidence > line.confidence):
        return again
    return line


def _group_lines(data: dict[str, list]) -> list[tuple[CardLine, float]]:
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
    # Tesseract may cut a row of the card into blocks (a two-column card, a long email): put
    # the pieces that sit on one row, close together and of one size, back into one line,
    # left to right (on a slanted card the right piece may sit higher).
    lines.sort(key=lambda item: item[0].left)
    merged: list[tuple[CardLine, float]] = []
    for line, right in lines:
        for index, (known, known_right) in enumerate(merged):
            size = min(line.height, known.height)
            gap = line.left - known_right
            slant = 0.06 * max(0.0, line.left - known.left)
            if (abs(line.top - known.top) < 0.6 * size + slant
                    and abs(line.height - known.height) < 0.35 * max(line.height, known.height)
                    and -0.5 * size <= gap < 3 * size):
                joiner = "" if gap < 0.25 * size else " "
                merged[index] = (CardLine(known.text + joiner + line.text,
                                          max(known.height, line.height),
                                          min(known.top, line.top), known.left,
                                          min(known.confidence, line.confidence)), right)
                break
        else:
            merged.append((line, right))
    merged.sort(key=lambda item: (item[0].top, item[0].left))
    return merged
