"""Reading a business card's text with Tesseract (through pytesseract), line by line with
the size and place of each line, which crm.sources.card_text uses to tell the name (usually
the largest line) from the rest.

A card is read in two Tesseract runs at most, because each run pays for loading the language
models (about a third of a second for French, English and Dutch) before it reads anything:

1. the whole card, straightened first (a card photographed a few degrees askew makes
   Tesseract misread digits: "22" as "29"), in French, English and Dutch;
2. the lines that matter most, cut out and enlarged, all in one run (one page each of a
   multi-page TIFF, in French and English): every line with an email or a phone number,
   twice as large (the value of the readings that agree is taken; where they disagree, the
   surer reading's, marked to check); and the tallest line of words (the name, usually) at
   the size Tesseract reads accents best.

The language files of Debian's tesseract-ocr-fra/-eng/-nld are tessdata_fast's (LSTM only).
While Tesseract reads the card, crm.scan looks for a badge's code in the slower ways on the
other core.

The pictures are handed to Tesseract as uncompressed files: pytesseract's default PNG costs
a tenth of a second to compress for a picture Tesseract decompresses at once.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import median

from crm.errors import UserError
from crm.i18n import N_, _
from crm.sources.card_text import CardLine

# French first: with English first Tesseract drops the accents of names (Benoît, Zoë).
LANGUAGES = ("fra", "eng", "nld")
# The lines read again are read in French and English: French's letters hold every accent of
# the three languages, English reads addresses best (French alone made "biologies" of
# "biologics"); each language more costs Tesseract a model to load and a reading per word.
READ_AGAIN_LANGUAGES = ("fra", "eng")
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
# A card is straightened when it lies askew by more than this (degrees), up to MAX_SKEW.
MIN_SKEW, MAX_SKEW = 0.3, 10.0
# One line a page, and no dictionary: an address or a name is no word of it.
READ_AGAIN_CONFIG = "--psm 7 -c load_system_dawg=0 -c load_freq_dawg=0"
# A line of an email or a number is read again alone at these scales (of the first reading):
# one, measured as right as two (1.5 and 2.0) over the benchmark's cards, for less time.
READ_AGAIN_SCALES = (2.0,)
# Letters at least this high (pixels, at OCR_WIDTH) are read again at BEST_LETTERS.
LARGE_LETTERS, BEST_LETTERS = 55, 36
# When the readings of a number or an email do not agree, the value taken is marked to check.
DISAGREED = 0.6


class TesseractMissing(UserError):
    """Tesseract (or every one of its languages we read) is not installed."""


_installed: set[str] | None = None


def tesseract_languages(wanted: Sequence[str] = LANGUAGES) -> str:
    """The "fra+eng+nld" argument, of the ``wanted`` languages installed (all of LANGUAGES
    installed when none of ``wanted`` is); TesseractMissing without any."""
    global _installed
    if _installed is None:
        import pytesseract

        try:
            _installed = set(pytesseract.get_languages(config=""))
        except (pytesseract.TesseractNotFoundError, OSError):
            raise TesseractMissing(_(INSTALL_HINT)) from None
    found = [lang for lang in wanted if lang in _installed] or [
        lang for lang in LANGUAGES if lang in _installed]
    if not found:
        raise TesseractMissing(_(INSTALL_HINT))
    return "+".join(found)


@dataclass
class _Reread:
    """A line cut out to be read again: which line, why, and the picture."""

    index: int
    kind: str  # "values" (an email or a number) | "accents" (the tallest line of words)
    image: object


def read_lines(image, regions: Sequence[str] = ("BE",)) -> list[CardLine]:  # type: ignore[no-untyped-def]
    """The lines of text on a card picture (a Pillow image), top to bottom; ``regions``:
    where a phone number without + may be from (to choose between two readings)."""
    languages = tesseract_languages()
    grey = prepared(image)
    with tempfile.TemporaryDirectory(prefix="mission-crm-ocr-") as folder:
        card = Path(folder) / "card.pgm"
        grey.save(card)
        lines = _group_lines(_tesseract(str(card), languages, "--psm 4"))
        rereads = _rereads(grey, lines)
        if not rereads:
            return [line for line, _right in lines]
        pages = Path(folder) / "lines.tif"
        first, *others = [reread.image for reread in rereads]
        first.save(pages, save_all=True, append_images=others)  # type: ignore[attr-defined]
        readings = _pages(_tesseract(str(pages), tesseract_languages(READ_AGAIN_LANGUAGES),
                                     READ_AGAIN_CONFIG), len(rereads))
    result = [line for line, _right in lines]
    for index in sorted({reread.index for reread in rereads}):
        again = [reading for reread, reading in zip(rereads, readings, strict=True)
                 if reread.index == index]
        kind = next(reread.kind for reread in rereads if reread.index == index)
        result[index] = (_agreed_values(result[index], again, regions) if kind == "values"
                         else _with_accents(result[index], again))
    return result


def prepared(image):  # type: ignore[no-untyped-def]
    """The card in grey, its contrast stretched, straightened and brought to OCR_WIDTH."""
    from PIL import Image, ImageOps

    grey = ImageOps.autocontrast(image.convert("L"), cutoff=1)
    if abs(grey.width - OCR_WIDTH) > OCR_WIDTH // 4:
        scale = OCR_WIDTH / grey.width
        grey = grey.resize((OCR_WIDTH, max(1, round(grey.height * scale))),
                           Image.Resampling.LANCZOS)
    angle = skew(grey)
    if abs(angle) >= MIN_SKEW:
        grey = grey.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True,
                           fillcolor=255)
    return grey


def skew(grey) -> float:  # type: ignore[no-untyped-def]
    """How many degrees the card's lines of text climb from left to right (Pillow's rotate
    by it straightens them): the angle at which the picture's edges, projected on its height,
    pile up on the fewest rows (the lines of text and the card's own edges)."""
    import numpy as np
    from PIL import Image, ImageFilter

    small = grey.resize((600, max(1, round(grey.height * 600 / grey.width))),
                        Image.Resampling.BILINEAR)
    edges = np.asarray(small.filter(ImageFilter.FIND_EDGES), dtype=np.int16)
    edges[:1, :] = edges[-1:, :] = 0
    edges[:, :1] = edges[:, -1:] = 0
    ys, xs = np.nonzero(edges > 60)
    if len(xs) < 50:
        return 0.0
    xs = xs - small.width / 2

    def sharpness(degrees: float) -> float:
        rows = np.round(ys + xs * np.tan(np.radians(degrees))).astype(np.int64)
        counts = np.bincount(rows - rows.min())
        return float(np.dot(counts, counts))

    coarse = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5), key=sharpness)
    # Rows that pile up when x * tan(a) is added: the lines fall by a to the right, and
    # Pillow turns a picture counter-clockwise by a positive angle.
    return -float(max(np.arange(coarse - 0.5, coarse + 0.51, 0.1), key=sharpness))


def _tesseract(image: str, languages: str, config: str) -> dict[str, list]:
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


def _rereads(grey, lines: list[tuple[CardLine, float]]) -> list[_Reread]:  # type: ignore[no-untyped-def]
    rereads: list[_Reread] = []
    words_only = [index for index, (line, _right) in enumerate(lines)
                  if "@" not in line.text and not any(c.isdigit() for c in line.text)]
    tallest = max(words_only, key=lambda index: lines[index][0].height, default=None)
    for index, (line, right) in enumerate(lines):
        if "@" in line.text or sum(c.isdigit() for c in line.text) >= 6:
            rereads.extend(_Reread(index, "values", _crop(grey, line, right, scale))
                           for scale in READ_AGAIN_SCALES)
        elif index == tallest and line.height >= LARGE_LETTERS:
            rereads.append(_Reread(index, "accents",
                                   _crop(grey, line, right, BEST_LETTERS / line.height)))
    return rereads


def _crop(grey, line: CardLine, right: float, scale: float):  # type: ignore[no-untyped-def]
    """The line alone (with a margin, and room for a slanted card), scaled by ``scale``."""
    from PIL import Image

    pad = line.height * 0.6
    # A card photographed a few degrees askew: its line climbs or falls along its length.
    slant = (right - line.left) * 0.02
    box = (max(0, int(line.left - pad)), max(0, int(line.top - pad - slant)),
           min(grey.width, int(right + pad)),
           min(grey.height, int(line.top + line.height + pad + slant)))
    crop = grey.crop(box)
    return crop.resize((max(1, round(crop.width * scale)), max(1, round(crop.height * scale))),
                       Image.Resampling.LANCZOS)


def _pages(data: dict[str, list], count: int) -> list[CardLine]:
    """One reading per page of the TIFF of lines (a page Tesseract found nothing on: "")."""
    words: dict[int, list[tuple[str, float]]] = {page: [] for page in range(1, count + 1)}
    for page, word, confidence in zip(data["page_num"], data["text"], data["conf"],
                                      strict=True):
        if str(word).strip() and float(confidence) >= 0 and int(page) in words:
            words[int(page)].append((str(word).strip(), float(confidence)))
    return [CardLine(" ".join(w for w, _c in found),
                     confidence=min(1.0, median(c for _w, c in found) / 100) if found else 0.0)
            for _page, found in sorted(words.items())]


def _agreed_values(line: CardLine, again: list[CardLine],
                   regions: Sequence[str]) -> CardLine:
    """A line with an email or a number, as the readings agree: one misread digit or dot
    makes the whole value wrong, and a wrong digit often still makes a valid number. The
    readings that give the most valid values vote; the value most of them give wins (between
    equals, the surest reading's); when they disagree, it is marked to check."""
    from crm.sources.card_text import line_values

    readings = [line] + [reading for reading in again if reading.text]
    values = [line_values(reading.text, regions) for reading in readings]
    most = max(len(emails) + len(phones) for emails, phones in values)
    if not most:
        return line
    votes = Counter((tuple(emails), tuple(phones)) for emails, phones in values
                    if len(emails) + len(phones) == most)
    best_count = max(votes.values())
    chosen = max((index for index, found in enumerate(values)
                  if votes.get((tuple(found[0]), tuple(found[1])), 0) == best_count),
                 key=lambda index: readings[index].confidence)
    reading = readings[chosen]
    confidence = reading.confidence if best_count == len(readings) else min(
        reading.confidence, DISAGREED)
    return CardLine(reading.text, line.height, line.top, line.left, confidence)


def _with_accents(line: CardLine, again: list[CardLine]) -> CardLine:
    """A line in large letters (the name, usually) as read again at the size Tesseract reads
    best: in large letters it drops accents (Geneviève -> Genevieve). Only accents and such
    marks may change: the letters themselves stay as first read."""
    for reading in again:
        if reading.text != line.text and _without_marks(reading.text) == _without_marks(
                line.text) and _marks(reading.text) > _marks(line.text):
            return CardLine(reading.text, line.height, line.top, line.left,
                            max(line.confidence, reading.confidence))
    return line


def _without_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _marks(text: str) -> int:
    return sum(unicodedata.combining(c) > 0 for c in unicodedata.normalize("NFKD", text))


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
