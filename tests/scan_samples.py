"""Labelled pictures of badges and business cards, generated (no real person): the scan's
tests and its benchmark (benchmarks/run.py --only scan) read the same ones.

- ``badge(rng)``: a conference badge with a QR code (segno) holding a vCard or a MeCard of a
  random person, on a coloured background, rotated up to 20 degrees either way, blurred and
  saved as a JPEG of quality 50 - what a phone photo of a badge looks like;
- ``card(rng)``: a business card drawn with Pillow in one of several layouts and fonts, with
  a job title in English, French or Dutch and a company with or without a legal form,
  slightly rotated on a background, saved as a JPEG.

Each comes with its truth: the fields a reader should find.
"""

from __future__ import annotations

import io
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/share/fonts/TTF"), Path("/Library/Fonts"), Path("C:/Windows/Fonts"))
# (regular, bold) pairs; the first that exists on the machine is used, any that exist vary.
FONT_PAIRS = (("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
              ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
              ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
              ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf"),
              ("Arial.ttf", "Arial Bold.ttf"), ("arial.ttf", "arialbd.ttf"))

FIRST_NAMES = ("Ann", "Léa", "Geneviève", "Jan", "Pieter", "Sofie", "Marc", "Inès", "Thomas",
               "Charlotte", "Wouter", "Frédéric", "Elke", "Hélène", "Karim", "Nathalie",
               "Bram", "Lotte", "Jean-Pierre", "Marie-Claire", "Emma", "Lucas", "Chloé",
               "Maarten", "Olivia", "David", "Sarah", "Michael", "Jennifer", "Robert",
               "Aurélie", "Koen", "Annelies", "Benoît", "Zoë", "Ruben", "Laura", "Kevin")
LAST_NAMES = ("Lee", "Dubois", "Peeters", "Janssens", "Maes", "Lambert", "Dupont", "Martin",
              "Willems", "Claes", "Goossens", "Wouters", "Leclercq", "Mertens", "Smith",
              "Johnson", "Garcia", "Jacobs", "Vermeulen", "Desmet", "Lefèvre", "Renard",
              "Van Damme", "De Smet", "Van den Berg", "Le Gall", "Coppens", "Hermans",
              "Thiry", "Michaux", "Brown", "Miller", "Nguyen", "O'Brien", "Fontaine")
TITLES = {
    "en": ("CEO", "Chief Scientific Officer", "Director of Business Development",
           "Head of Regulatory Affairs", "Sales Manager", "Senior Scientist",
           "Vice President, Operations", "Managing Director", "Project Manager"),
    "fr": ("Directrice commerciale", "Directeur général", "Responsable des achats",
           "Chargée d'affaires", "Ingénieur de recherche", "Administrateur délégué",
           "Responsable qualité"),
    "nl": ("Zaakvoerder", "Bestuurder", "Verantwoordelijke aankoop", "Algemeen directeur",
           "Projectleider", "Accountmanager", "Hoofd onderzoek"),
}
_STEMS = ("Bio", "Gen", "Cell", "Thera", "Vita", "Nova", "Medi", "Immuno", "Onco", "Neuro",
          "Prote", "Cyto", "Helix", "Axon", "Lumi")
_ENDS = ("gen", "vance", "tech", "labs", "logic", "nix", "vita", "cure", "gene", "sys")
_KINDS = ("Therapeutics", "Biologics", "Diagnostics", "Solutions", "Pharma", "Sciences",
          "Bioservices", "Medical")
LEGAL_FORMS = ("Inc.", "LLC", "Ltd", "SA", "NV", "BV", "SRL", "GmbH", "AG")
TLDS = (".be", ".com", ".eu", ".nl", ".fr")
# Phone numbers as they are printed, with their E.164 form: Belgian, Dutch, French and US;
# the last two in national form (read in the regions the scan is given: BE, then US).
_PHONE_FORMS = (
    ("+32 2 555 {a:02d} {b:02d}", "+322555{a:02d}{b:02d}"),
    ("+32 475 55 {a:02d} {b:02d}", "+3247555{a:02d}{b:02d}"),
    ("+1 617 555 01{a:02d}", "+161755501{a:02d}"),
    ("+31 20 555 {a:02d}{b:02d}", "+3120555{a:02d}{b:02d}"),
    ("+33 1 55 55 {a:02d} {b:02d}", "+3315555{a:02d}{b:02d}"),
    ("(617) 555-01{a:02d}", "+161755501{a:02d}"),
    ("02 555 {a:02d} {b:02d}", "+322555{a:02d}{b:02d}"),
)


@dataclass
class Person:
    first_name: str
    last_name: str
    company: str
    job_title: str
    email: str
    phone_printed: str
    phone: str  # E.164
    website: str
    language: str = "en"


@dataclass
class Sample:
    """A generated picture and what should be read from it."""

    data: bytes
    person: Person
    kind: str  # vcard | mecard | card
    layout: str = ""
    truth: dict[str, object] = field(default_factory=dict)


def fonts() -> list[tuple[Path, Path]]:
    """The (regular, bold) font files found on this machine."""
    found = []
    for regular, bold in FONT_PAIRS:
        for folder in FONT_DIRS:
            if (folder / regular).exists() and (folder / bold).exists():
                found.append((folder / regular, folder / bold))
                break
    return found


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in ".-")).lower()


def _phone(rng: random.Random, national: bool = True) -> tuple[str, str]:
    printed, e164 = rng.choice(_PHONE_FORMS if national else _PHONE_FORMS[:-2])
    a, b = rng.randrange(100), rng.randrange(100)
    return printed.format(a=a, b=b), e164.format(a=a, b=b)


def person(rng: random.Random, national_phones: bool = True) -> Person:
    """A random, fictional person at a fictional life-sciences company."""
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    brand = rng.choice(_STEMS) + rng.choice(_ENDS)
    kind = rng.choice(_KINDS)
    with_form = rng.random() < 0.8
    company = f"{brand} {kind}" + (f" {rng.choice(LEGAL_FORMS)}" if with_form else "")
    domain = (brand.lower() if rng.random() < 0.6 else f"{brand}-{kind}".lower()) \
        + rng.choice(TLDS)
    local = rng.choice([f"{_ascii(first)}.{_ascii(last)}", f"{_ascii(first)[0]}{_ascii(last)}",
                        f"{_ascii(first)}"]).replace(" ", "").replace("'", "")
    language = rng.choice(("en", "fr", "nl"))
    printed, e164 = _phone(rng, national_phones)
    return Person(first_name=first, last_name=last, company=company,
                  job_title=rng.choice(TITLES[language]), email=f"{local}@{domain}",
                  phone_printed=printed, phone=e164, website=f"www.{domain}",
                  language=language)


def _background(rng: random.Random, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    """A table, a lanyard, a carpet: a colour with a gradient and some noise."""
    from PIL import Image, ImageFilter

    base = tuple(rng.randrange(40, 200) for _ in range(3))
    other = tuple(min(255, c + rng.randrange(-40, 60)) for c in base)
    gradient = Image.linear_gradient("L").resize(size).rotate(rng.randrange(360))
    image = Image.composite(Image.new("RGB", size, base), Image.new("RGB", size, other),
                            gradient)
    noise = Image.effect_noise(size, rng.randrange(10, 30)).convert("RGB")
    return Image.blend(image, noise, 0.15).filter(ImageFilter.GaussianBlur(1))


def _jpeg(image, quality: int) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def badge_payload(p: Person, kind: str) -> str:
    import segno.helpers

    if kind == "vcard":
        return segno.helpers.make_vcard_data(
            name=f"{p.last_name};{p.first_name}", displayname=f"{p.first_name} {p.last_name}",
            email=p.email, phone=p.phone, org=p.company, title=p.job_title)
    return segno.helpers.make_mecard_data(name=f"{p.last_name},{p.first_name}",
                                          email=p.email, phone=p.phone)


def badge(rng: random.Random, kind: str | None = None) -> Sample:
    """A photo of a conference badge with a QR code: vCard or MeCard, rotated, blurred."""
    import segno
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    p = person(rng)
    kind = kind or rng.choice(("vcard", "mecard"))
    payload = badge_payload(p, kind)
    qr = segno.make(payload, error=rng.choice(("m", "q")))
    buffer = io.BytesIO()
    qr.save(buffer, kind="png", scale=rng.choice((4, 5, 6)), border=4)
    code = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    width = max(600, code.width + 120)
    card = Image.new("RGB", (width, code.height + 260), (250, 250, 246))
    draw = ImageDraw.Draw(card)
    regular, bold = rng.choice(fonts())
    draw.rectangle((0, 0, width, 70), fill=tuple(rng.randrange(0, 160) for _ in range(3)))
    draw.text((30, 15), "LIFE SCIENCES MISSION 2022", font=ImageFont.truetype(str(bold), 30),
              fill="white")
    draw.text((30, 90), f"{p.first_name} {p.last_name}", font=ImageFont.truetype(str(bold), 44),
              fill="black")
    draw.text((30, 145), p.company, font=ImageFont.truetype(str(regular), 28), fill=(60,) * 3)
    card.paste(code, ((width - code.width) // 2, 200))
    angle = rng.uniform(-20, 20)
    rotated = card.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC,
                          fillcolor=(0, 0, 0, 0))
    mask = Image.new("L", card.size, 255).rotate(angle, expand=True)
    scene = _background(rng, (rotated.width + 200, rotated.height + 200))
    scene.paste(rotated, (100 + rng.randrange(-40, 40), 100 + rng.randrange(-40, 40)), mask)
    scene = scene.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.5)))
    truth: dict[str, object] = {"first_name": p.first_name, "last_name": p.last_name,
                                "emails": [p.email], "phones": [p.phone],
                                "source": f"qr-{kind}"}
    if kind == "vcard":
        truth.update(company=p.company, job_title=p.job_title)
    return Sample(_jpeg(scene, 50), p, kind, truth=truth)


def _fit(draw, text: str, font_path: Path, size: int, width: int):  # type: ignore[no-untyped-def]
    from PIL import ImageFont

    font = ImageFont.truetype(str(font_path), size)
    while draw.textlength(text, font=font) > width and size > 12:
        size -= 2
        font = ImageFont.truetype(str(font_path), size)
    return font


CARD_LAYOUTS = ("left", "centred", "company-top", "split")


def card(rng: random.Random, layout: str | None = None) -> Sample:
    """A photo of a business card: several layouts and fonts, EN/FR/NL titles, slightly
    rotated on a background."""
    from PIL import Image, ImageDraw, ImageFilter

    p = person(rng)
    layout = layout or rng.choice(CARD_LAYOUTS)
    W, H = 1050, 600
    paper = tuple(rng.randrange(235, 256) for _ in range(3))
    ink = tuple(rng.randrange(0, 60) for _ in range(3))
    accent = tuple(rng.randrange(0, 140) for _ in range(3))
    image = Image.new("RGB", (W, H), paper)
    draw = ImageDraw.Draw(image)
    regular, bold = rng.choice(fonts())
    name = f"{p.first_name} {p.last_name}"
    name_font = _fit(draw, name, bold, rng.choice((52, 58, 64)), W - 140)
    title_font = _fit(draw, p.job_title, regular, 30, W - 140)
    company_font = _fit(draw, p.company, bold, rng.choice((30, 34)), W - 140)
    phone_prefix = rng.choice(("T ", "Tel. ", "M ", "", "Tél. ", "GSM "))
    details = [p.email, phone_prefix + p.phone_printed, p.website]
    if rng.random() < 0.5:
        details.insert(0, rng.choice(("Rue de la Loi 42, 1000 Bruxelles",
                                      "Kortrijksesteenweg 12, 9000 Gent",
                                      "200 Clarendon Street, Boston, MA 02116")))
    # Contact details at 7-8 points (30-34 pixels at 300 dpi), as printers set them, smaller
    # when the longest line would not fit.
    longest = max(details, key=len)
    small = _fit(draw, longest, regular, rng.choice((30, 34)),
                 W // 2 - 60 if layout == "split" else W - 140)

    def left(y: int, text: str, font, fill, x: int = 70) -> int:  # type: ignore[no-untyped-def]
        draw.text((x, y), text, font=font, fill=fill)
        return y + int(font.size * 1.45)

    def centre(y: int, text: str, font, fill) -> int:  # type: ignore[no-untyped-def]
        draw.text(((W - draw.textlength(text, font=font)) / 2, y), text, font=font, fill=fill)
        return y + int(font.size * 1.45)

    if layout == "left":
        y = left(60, name, name_font, ink)
        y = left(y, p.job_title, title_font, accent)
        left(y + 10, p.company, company_font, ink)
        y = H - 40 - len(details) * 38
        for line in details:
            y = left(y, line, small, ink)
    elif layout == "centred":
        y = centre(50, name, name_font, ink)
        y = centre(y, p.job_title, title_font, accent)
        y = centre(y + 10, p.company, company_font, accent)
        y = max(y + 20, H - 30 - len(details) * 38)
        for line in details:
            y = centre(y, line, small, ink)
    elif layout == "company-top":
        draw.rectangle((0, 0, W, 90), fill=accent)
        left(25, p.company, company_font, paper)
        y = left(150, name, name_font, ink)
        y = left(y, p.job_title, title_font, ink)
        y = max(y + 20, H - 30 - len(details) * 38)
        for line in details:
            y = left(y, line, small, ink)
    else:  # split: who on the left, how to reach on the right
        y = left(80, name, name_font, ink)
        y = left(y, p.job_title, title_font, accent)
        left(y, p.company, company_font, ink)
        draw.line((W // 2 - 10, 330, W // 2 - 10, H - 40), fill=accent, width=3)
        y = 350
        for line in details:
            y = left(y, line, small, ink, x=W // 2 + 10)
    angle = rng.uniform(-3, 3)
    rotated = image.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    mask = Image.new("L", image.size, 255).rotate(angle, expand=True)
    scene = _background(rng, (rotated.width + 160, rotated.height + 160))
    scene.paste(rotated, (80, 80), mask)
    scene = scene.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    truth: dict[str, object] = {"first_name": p.first_name, "last_name": p.last_name,
                                "company": p.company, "job_title": p.job_title,
                                "emails": [p.email], "phones": [p.phone], "source": "ocr"}
    return Sample(_jpeg(scene, 85), p, "card", layout, truth)
