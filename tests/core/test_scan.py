"""Scanning badges and business cards (crm.scan, the qr and card-text sources, ``scan``):
generated photos decode to the right fields; bad pictures and odd payloads give one clear
line, never a traceback; a scan saves nothing until asked, and an erase takes the picture."""

from __future__ import annotations

import io
import json
import random
from functools import partial
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from crm.errors import UserError
from crm.models import Contact, ContactPicture, ContactUrl
from crm.scan import NothingFound, scan_picture
from crm.sources import detect_source, get_source, source_names
from crm.sources.card_text import CardLine, read_card
from crm.sources.qr_payload import MAX_PHONES, payload_kind, read_mecard, read_payload
from tests import scan_samples
from tests.inprocess import cli

REGIONS = ("BE", "US")


def qr_picture(payload: str | bytes, scale: int = 6, error: str = "m") -> bytes:
    import segno

    buffer = io.BytesIO()
    code = segno.make(payload, error=error, boost_error=False)
    code.save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


@pytest.fixture
def run(capsys):  # type: ignore[no-untyped-def]
    return partial(cli, capsys)


# --- badges ------------------------------------------------------------------------------

@pytest.mark.parametrize("seed", range(8))
def test_a_photographed_badge_gives_every_field(seed: int) -> None:
    # Rotated up to 20 degrees, blurred, JPEG quality 50, on a background.
    sample = scan_samples.badge(random.Random(seed), kind=("vcard", "mecard")[seed % 2])
    result = scan_picture(sample.data, "badge.jpg", REGIONS)
    got = {"first_name": result.first_name, "last_name": result.last_name,
           "emails": result.emails, "phones": result.phones, "source": result.source,
           "company": result.company, "job_title": result.job_title}
    assert {key: got[key] for key in sample.truth} == sample.truth
    assert result.confidence == 1.0 and not result.low_confidence()
    assert result.picture_kind == "badge" and result.picture[:2] == b"\xff\xd8"


def test_a_50_megapixel_photo_is_shrunk_and_read(tmp_path: Path) -> None:
    from PIL import Image

    sample = Image.open(io.BytesIO(qr_picture("MECARD:N:Lee,Ann;EMAIL:ann@example.com;;",
                                              scale=40)))
    photo = Image.new("RGB", (8200, 6150), (180, 170, 150))
    photo.paste(sample.convert("RGB"), (3000, 2000))
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=80)
    result = scan_picture(buffer.getvalue(), "big.jpg")
    assert (result.first_name, result.emails) == ("Ann", ["ann@example.com"])
    kept = Image.open(io.BytesIO(result.picture))
    assert max(kept.size) <= 1600  # the kept picture is not the 50 MP original


# --- payloads ----------------------------------------------------------------------------

def test_mecard_with_escapes_and_a_name_without_comma() -> None:
    record = read_mecard(r"MECARD:N:Dubois\, Jr.,Léa;TEL:+32 2 555 12 34;EMAIL:lea@ex.be;"
                         r"NOTE:CAR-T\; EU;URL:https://www.linkedin.com/in/lea-dubois;;")
    assert record.values["last_name"] == "Dubois, Jr." and record.values["first_name"] == "Léa"
    assert record.phones == [("+32 2 555 12 34", None)]
    assert record.notes == ["CAR-T; EU"]
    assert record.values["linkedin"] == "https://www.linkedin.com/in/lea-dubois"
    split = read_mecard("MECARD:N:Jan van der Berg;;")
    assert (split.values["first_name"], split.values["last_name"]) == ("Jan", "van der Berg")
    assert split.confidence["first_name"] < 0.8  # split by us: to check


def test_bizcard_url_and_text_payloads() -> None:
    [biz] = read_payload("BIZCARD:N:Sean;X:Owen;T:Software Engineer;C:Acme Bio;"
                         "B:+12125551212;M:+12125551213;E:sean@acme.example;;", Path("badge"))
    assert (biz.values["first_name"], biz.values["last_name"], biz.values["company"],
            biz.values["job_title"]) == ("Sean", "Owen", "Acme Bio", "Software Engineer")
    assert biz.phones == [("+12125551212", "work"), ("+12125551213", "mobile")]
    [profile] = read_payload("linkedin.com/in/ann-lee-4b1a2b3", Path("badge"))
    assert profile.values["linkedin"] == "https://linkedin.com/in/ann-lee-4b1a2b3"
    assert (profile.values["first_name"], profile.values["last_name"]) == ("Ann", "Lee")
    assert profile.confidence["last_name"] == 0.5  # guessed from the address
    [site] = read_payload("https://www.acme.example/team", Path("badge"))
    assert site.urls == [("https://www.acme.example/team", "website", None)]
    [text] = read_payload("Ticket 2022-0614 / Booth 12", Path("badge"))
    assert text.notes == ["Ticket 2022-0614 / Booth 12"] and not text.values
    assert [payload_kind(t) for t in ("", "BEGIN:VCARD", "MECARD:N:x;;", "www.x.be", "hi")] \
        == ["empty", "vcard", "mecard", "url", "text"]


def test_a_url_badge_saves_the_linkedin_profile_and_a_website(db, run, tmp_path: Path,
                                                              db_path: Path) -> None:
    picture = tmp_path / "url.png"
    picture.write_bytes(qr_picture("https://www.linkedin.com/in/ann-lee-4b1a2b3/"))
    shown = run("scan", str(picture), "--json", db=db_path)
    [data] = json.loads(shown.stdout)
    assert (data["source"], data["url"], data["first_name"]) == (
        "qr-url", "https://www.linkedin.com/in/ann-lee-4b1a2b3/", "Ann")
    assert data["field_confidence"]["first_name"] == 0.5
    site = tmp_path / "site.png"
    site.write_bytes(qr_picture(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee;Ann\r\nURL:https://acme.example\r\nEND:VCARD\r\n"))
    assert run("scan", str(site), "--save", db=db_path).returncode == 0
    from crm.db import open_database

    database = open_database(str(db_path))
    try:
        urls = database.read(lambda s: [(u.url, u.kind) for u in s.scalars(select(ContactUrl))])
    finally:
        database.close()
    assert urls == [("https://acme.example", "website")]


def test_a_vcard_with_40_phones_keeps_ten_and_says_where_the_rest_went() -> None:
    phones = "".join(f"TEL;TYPE=work:+1 617 555 01{n:02d}\r\n" for n in range(40))
    payload = f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee;Ann\r\n{phones}END:VCARD\r\n"
    result = scan_picture(qr_picture(payload, scale=3), "badge.png")
    assert len(result.phones) == MAX_PHONES
    assert "+1 617 555 0139" in result.note
    assert any("more than 10 phone numbers" in m for m in result.messages)


def test_3kb_of_text_is_a_note_and_binary_is_refused() -> None:
    # 2,860 characters: about what a QR code holds at most (2,953 bytes).
    text = "Programme of the mission. " * 110
    result = scan_picture(qr_picture(text, scale=3, error="l"), "badge.png")
    assert result.source == "qr-text" and result.note == text.strip()
    assert not result.has_contact()
    assert any("characters of text" in m for m in result.messages)
    with pytest.raises(UserError, match=r"binary data \(\d+ bytes\), not a contact"):
        scan_picture(qr_picture(bytes(range(256)) * 2, scale=3), "badge.png")


# A comma separates last and first name in N, and segno escapes neither it nor a backslash
# inside a name ("\\;EMAIL:" then reads as an escaped separator): payloads segno cannot write.
NAME = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=",\\"),
               min_size=1, max_size=20).filter(str.strip)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=NAME, last=NAME, email=st.emails())
def test_any_mecard_segno_writes_reads_back(first: str, last: str, email: str) -> None:
    import segno.helpers

    payload = segno.helpers.make_mecard_data(name=f"{last.strip()},{first.strip()}",
                                             email=email)
    record = read_mecard(payload)
    # segno escapes ; : and backslash; spaces around a value are not part of it.
    assert record.values["last_name"] == last.strip()
    assert record.values["first_name"] == first.strip()
    assert record.emails == [(email.strip(), None)]


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(max_size=300),
                      st.builds(lambda p, t: p + t,
                                st.sampled_from(["MECARD:", "BIZCARD:", "BEGIN:VCARD\r\n",
                                                 "https://", "linkedin.com/in/", "N:"]),
                                st.text(max_size=200))))
def test_any_payload_or_card_text_gives_a_record_or_one_clear_line(text: str) -> None:
    for name in ("qr", "card-text"):
        try:
            records = get_source(name).read_text(text, Path("badge"))
        except UserError as exc:
            assert str(exc) and "\n" not in str(exc)
        else:
            assert len(records) >= 1


def test_the_scan_sources_are_in_the_registry() -> None:
    assert {"qr", "card-text"} <= set(source_names())
    assert detect_source(Path("badge.txt"), b"MECARD:N:Lee,Ann;;").name == "qr"
    # A plain text file stays the CSV source's.
    assert detect_source(Path("notes.txt"), b"Ann Lee\nCEO\n").name == "csv"


# --- business cards ----------------------------------------------------------------------

def test_card_text_reads_fields_from_the_layout() -> None:
    lines = [CardLine("Biotech Solutions SA", 30, 10, 50, 0.95),
             CardLine("Geneviève Dubois", 60, 60, 50, 0.96),
             CardLine("Directrice commerciale", 32, 130, 50, 0.93),
             CardLine("Rue de la Loi 12, 1000 Bruxelles", 24, 300, 50, 0.9),
             CardLine("genevieve.dubois@biotech-solutions.be", 24, 340, 50, 0.92),
             CardLine("T 02 555 12 34   M +32 475 55 12 34", 24, 380, 50, 0.9),
             CardLine("www.biotech-solutions.be", 24, 420, 50, 0.9)]
    record = read_card(lines, region="BE")
    assert (record.values["first_name"], record.values["last_name"]) == ("Geneviève", "Dubois")
    assert record.values["company"] == "Biotech Solutions SA"
    assert record.values["job_title"] == "Directrice commerciale"
    assert record.emails == [("genevieve.dubois@biotech-solutions.be", None)]
    assert record.phones == [("+3225551234", "work"), ("+32475551234", "mobile")]
    assert record.values["company_website"] == "https://www.biotech-solutions.be"
    assert record.notes == ["Rue de la Loi 12, 1000 Bruxelles"]
    # The name is written in the email: sure.
    assert record.confidence["first_name"] > 0.9


@pytest.mark.parametrize("title", ["Zaakvoerder", "Bestuurder", "Head of Sales", "CEO"])
def test_titles_in_three_languages(title: str) -> None:
    record = read_card([CardLine("Jan Peeters", 60), CardLine(title, 30),
                        CardLine("Cellgen NV", 30), CardLine("jan@cellgen.be", 24)])
    assert record.values["job_title"] == title
    assert (record.values["first_name"], record.values["company"]) == ("Jan", "Cellgen NV")


def test_generated_business_cards_are_read_by_ocr() -> None:
    rng = random.Random(11)
    samples = [scan_samples.card(rng, layout) for layout in scan_samples.CARD_LAYOUTS]
    right = {"contact": 0, "name": 0, "company": 0}
    for sample in samples:
        result = scan_picture(sample.data, "card.jpg", REGIONS)
        assert result.source == "ocr" and result.picture_kind == "card"
        right["contact"] += (result.emails, result.phones) == (sample.truth["emails"],
                                                               sample.truth["phones"])
        right["name"] += (result.first_name, result.last_name) == (
            sample.truth["first_name"], sample.truth["last_name"])
        right["company"] += result.company == sample.truth["company"]
    # The rates over many cards are the benchmark's (benchmarks/run.py --only scan).
    assert right["contact"] >= 3 and right["name"] >= 3 and right["company"] >= 3, right


def test_a_card_photographed_askew_is_read_straight_in_two_tesseract_runs(monkeypatch) -> None:
    from PIL import Image

    from crm.scan import ocr

    sample = scan_samples.card(random.Random(21), "left")
    askew = Image.open(io.BytesIO(sample.data)).rotate(
        6, expand=True, fillcolor=(90, 110, 130), resample=Image.Resampling.BICUBIC)
    buffer = io.BytesIO()
    askew.save(buffer, "JPEG", quality=90)
    runs: list[str] = []
    tesseract = ocr._tesseract
    monkeypatch.setattr(ocr, "_tesseract", lambda image, languages, config: (
        runs.append(config), tesseract(image, languages, config))[1])
    result = scan_picture(buffer.getvalue(), "card.jpg", REGIONS)
    assert (result.emails, result.phones) == (sample.truth["emails"], sample.truth["phones"])
    assert (result.first_name, result.last_name) == (sample.person.first_name,
                                                     sample.person.last_name)
    # The whole card once; the lines with an email, a number or the name once more, together.
    assert len(runs) <= 2, runs


def test_a_number_the_readings_disagree_on_is_marked_to_check() -> None:
    from crm.scan.ocr import _agreed_values

    first = CardLine("T +33 1 55 55 17 29", height=40, top=500, left=80, confidence=0.93)
    again = [CardLine("T +33 1 55 55 17 22", confidence=0.9),
             CardLine("T +33 1 55 55 17 22", confidence=0.88)]
    line = _agreed_values(first, again, REGIONS)
    # Two readings of three say 22: it is taken, and the delegate is asked to check it.
    assert line.text == "T +33 1 55 55 17 22" and (line.top, line.height) == (500, 40)
    record = read_card([CardLine("Ann Lee", 60, 100), line], "card", REGIONS)
    assert record.phones == [("+33155551722", "work")]
    assert record.confidence["phone"] < 0.8
    # All three agree: as sure as the surest reading.
    same = _agreed_values(first, [CardLine(first.text, confidence=0.97)] * 2, REGIONS)
    assert same.confidence == 0.97


def test_without_tesseract_one_line_says_what_to_install(monkeypatch) -> None:
    import pytesseract

    from crm.scan import ocr

    def missing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise pytesseract.TesseractNotFoundError()

    monkeypatch.setattr(ocr, "_installed", None)
    monkeypatch.setattr(pytesseract, "get_languages", missing)
    sample = scan_samples.card(random.Random(3))
    with pytest.raises(ocr.TesseractMissing) as caught:
        scan_picture(sample.data, "card.jpg")
    assert "sudo apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-nld" in \
        str(caught.value) and "\n" not in str(caught.value)


# --- bad pictures, the command -----------------------------------------------------------

def test_bad_pictures_give_one_clear_line_and_exit_2(run, tmp_path: Path,
                                                     db_path: Path) -> None:
    from PIL import Image

    text = tmp_path / "notes.jpg"
    text.write_text("not a picture at all")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    cut = tmp_path / "cut.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), "white").save(buffer, "JPEG")
    cut.write_bytes(buffer.getvalue()[:300])
    blank = tmp_path / "blank.png"
    Image.new("RGB", (600, 400), (250, 250, 250)).save(blank)
    poster = tmp_path / "poster.png"
    Image.new("1", (16000, 10000)).save(poster)  # 160 megapixels
    cases = {text: "not a picture Mission CRM can read", empty: "the file is empty",
             cut: "cannot be read", tmp_path / "missing.png": "no such file",
             tmp_path: "is a folder", blank: "no QR code and no text found",
             poster: "too large (16000 x 10000 pixels)"}
    for path, message in cases.items():
        result = run("scan", str(path), "--json", db=db_path)
        assert result.returncode == 2, (path, result.stderr)
        assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr
        assert "Traceback" not in result.stderr and not result.stdout


def test_nothing_found_is_a_user_error() -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(buffer, "PNG")
    with pytest.raises(NothingFound):
        scan_picture(buffer.getvalue(), "blank.png")


def test_json_prints_what_was_read_and_saves_nothing(run, tmp_path: Path,
                                                     db_path: Path) -> None:
    picture = tmp_path / "badge.jpg"
    sample = scan_samples.badge(random.Random(4), kind="vcard")
    picture.write_bytes(sample.data)
    result = run("scan", str(picture), "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    [data] = json.loads(result.stdout)
    assert {k: data[k] for k in ("first_name", "last_name", "company", "job_title", "emails",
                                 "phones", "source")} == sample.truth
    assert data["confidence"] == 1.0 and data["url"] is None
    assert run("list", "contacts", "--json", db=db_path).stdout.strip() == "[]"


@pytest.mark.sqlite_only  # the CLI runs on the database file
def test_save_meets_at_the_session_warns_of_duplicates_and_erase_takes_the_picture(
        demo_db, run, tmp_path: Path) -> None:
    from crm.services.privacy import erase_person, subject_access

    db_path = Path(demo_db.path)
    picture = tmp_path / "badge.jpg"
    picture.write_bytes(scan_samples.badge(random.Random(6), kind="mecard").data)
    first = run("scan", str(picture), "--save", "--session", "Belgium", "--keep-picture",
                db=db_path)
    assert first.returncode == 0, first.stderr
    contact_id = first.stdout.strip()
    assert "met at Belgium" in first.stderr
    again = run("scan", str(picture), "--save", db=db_path)
    assert again.returncode == 0
    assert "warning: looks like" in again.stderr and contact_id in again.stderr

    def pictures(session) -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
        return [(p.kind, p.media_type, len(p.data)) for p in session.scalars(
            select(ContactPicture))]

    [(kind, media_type, size)] = demo_db.read(pictures)
    assert (kind, media_type) == ("badge", "image/jpeg") and size > 1000
    sources = demo_db.read(lambda s: sorted(s.scalars(
        select(Contact.source).where(Contact.source.like("badge%")))))
    assert sources == ["badge scan (MeCard)"] * 2
    # The second one met at the session last used (none is running now).
    assert "met at Belgium" in again.stderr
    # What is held about the person includes the picture (subject access, GDPR art. 15).
    held = demo_db.read(subject_access, contact_id)
    assert [(p["kind"], p["bytes"]) for p in held["pictures"]] == [("badge", size)]
    erase_person(demo_db, contact_id)
    assert demo_db.read(lambda s: s.scalar(select(func.count()).select_from(ContactPicture))) \
        == 0


def test_save_without_a_name_saves_nothing(run, tmp_path: Path, db_path: Path) -> None:
    picture = tmp_path / "site.png"
    picture.write_bytes(qr_picture("https://www.acme.example"))
    result = run("scan", str(picture), "--save", db=db_path)
    assert result.returncode == 2 and "no name was read, so nothing was saved" in result.stderr
    assert run("list", "contacts", "--json", db=db_path).stdout.strip() == "[]"
