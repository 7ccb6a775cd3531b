"""What address books write, read field by field: vCards from iPhone (3.0) and a vCard 4.0
card, with addresses, birthdays, nickname, name parts, typed phones with extensions, websites
and social profiles."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from crm.services.contacts import get_contact, list_contacts
from crm.services.imports import import_file

IPHONE = """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.0//EN
N:Dupont;Jean;Marie;Dr.;PhD
FN:Dr. Jean Marie Dupont PhD
NICKNAME:Jeannot
ORG:Acme Bio;
TEL;type=WORK;type=VOICE;type=pref:+1 (418) 555-0100 ext. 102
TEL;type=CELL:+32 475 55 12 34
item1.ADR;type=WORK;type=pref:;Floor 3;100 Market St;Philadelphia;PA;19104;USA
item1.X-ABADR:us
item2.ADR:;;Rue Haute 1;Bruxelles;;1000;Belgique
item2.X-ABLabel:_$!<Home>!$_
item3.URL;type=pref:https://acme.example.com
item3.X-ABLabel:_$!<HomePage>!$_
X-SOCIALPROFILE;type=twitter:https://twitter.com/jdupont
BDAY;X-APPLE-OMIT-YEAR=1604:1604-06-15
END:VCARD
"""

VCARD4 = """BEGIN:VCARD
VERSION:4.0
N:Peeters;An;;;
FN:An Peeters
BDAY:19800229
TEL;VALUE=uri;TYPE=work:tel:+1-418-555-0101;ext=7
ADR;TYPE=home:PO 12;;Rue Haute 2;Bruxelles;;1000;Belgium
URL;TYPE=work:www.peeters.example.be
END:VCARD
"""


@pytest.mark.sqlite_only
def test_iphone_and_vcard_4_cards_keep_every_field(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cards.vcf"
    path.write_text(IPHONE + VCARD4, encoding="utf-8")
    report = db.write(import_file, path)
    assert (report.created, report.skipped, report.problems) == (2, 0, [])
    people = {r.last_name: db.read(get_contact, r.id) for r in db.read(list_contacts)}
    jean = people["Dupont"]
    assert (jean.first_name, jean.middle_name, jean.name_prefix, jean.name_suffix,
            jean.nickname, jean.birthday) == ("Jean", "Marie", "Dr.", "PhD", "Jeannot",
                                              "--06-15")
    assert [(p.number, p.label, p.extension) for p in jean.phones] == [
        ("+14185550100", "work", "102"), ("+32475551234", "mobile", None)]
    assert [(a.label, a.extended, a.street, a.city, a.region, a.postal_code, a.country)
            for a in jean.addresses] == [
        ("work", "Floor 3", "100 Market St", "Philadelphia", "PA", "19104", "USA"),
        ("home", None, "Rue Haute 1", "Bruxelles", None, "1000", "Belgique")]
    assert jean.country == "US"  # from its first address
    assert [(u.url, u.kind, u.label) for u in jean.urls] == [
        ("https://acme.example.com", "website", "homepage"),
        ("https://twitter.com/jdupont", "social", "twitter")]
    an = people["Peeters"]
    assert an.birthday == "1980-02-29"
    assert [(p.number, p.label, p.extension) for p in an.phones] == [
        ("+14185550101", "work", "7")]
    assert [(a.po_box, a.street, a.country) for a in an.addresses] == [
        ("PO 12", "Rue Haute 2", "Belgium")]
    assert [(u.url, u.kind, u.label) for u in an.urls] == [
        ("https://www.peeters.example.be", "website", "work")]


@pytest.mark.sqlite_only
def test_a_birthday_that_does_not_read_stays_in_the_notes(
        db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "odd.csv"
    path.write_text("First Name,Last Name,Birthday\nAnn,Lee,the 31st of June\n",
                    encoding="utf-8")
    report = db.write(import_file, path)
    assert {(p.field, p.reason.split(";")[-1].strip()) for p in report.problems} >= {
        ("birthday", "kept in the notes")}
    ann = db.read(get_contact, db.read(list_contacts)[0].id)
    assert ann.birthday is None
    assert "Birthday: the 31st of June" in ann.notes


@pytest.mark.sqlite_only
def test_revert_takes_back_the_addresses_an_import_added(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from crm.services.contacts import create_contact
    from crm.services.imports import revert_last_import

    contact = db.write(create_contact, first_name="Ann", last_name="Lee",
                       emails=["ann@lee.example"], nickname="Annie")
    path = tmp_path / "google.csv"
    path.write_text("First Name,Last Name,Nickname,E-mail 1 - Value,Address 1 - Label,"
                    "Address 1 - City,Website 1 - Value\n"
                    "Ann,Lee,Nan,ann@lee.example,Home,Gent,https://lee.example.be\n",
                    encoding="utf-8")
    report = db.write(import_file, path)
    assert report.updated == 1
    updated = db.read(get_contact, contact.id)
    assert (updated.nickname, [a.city for a in updated.addresses],
            [u.url for u in updated.urls]) == ("Nan", ["Gent"], ["https://lee.example.be"])
    db.write(revert_last_import)
    back = db.read(get_contact, contact.id)
    assert (back.nickname, back.addresses, back.urls) == ("Annie", [], [])


# A phone's address book holds businesses too: Apple marks them (X-ABShowAs:COMPANY), other
# programs write the company's name as the card's name, with no N.
BUSINESSES = """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.0//EN
N:;;;;
FN:Pizzeria Da Marco
ORG:Pizzeria Da Marco;
TEL;type=WORK;type=VOICE;type=pref:+32 2 512 34 56
X-ABShowAs:COMPANY
END:VCARD
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//iPhone OS 17.0//EN
N:;;;;
FN:Boston Biotech Shuttle
TEL;type=WORK:+1 617 555 0199
X-ABShowAs:COMPANY
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Acme Biotech
ORG:Acme Biotech
EMAIL;type=INTERNET;type=WORK:info@acme.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Marie Dupont
ORG:Acme Biotech
EMAIL;type=INTERNET:marie@acme.example
END:VCARD
"""


@pytest.mark.sqlite_only
def test_a_business_card_keeps_its_name_whole(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "address-book.vcf"
    path.write_text(BUSINESSES, encoding="utf-8")
    report = db.write(import_file, path)
    assert (report.created, report.skipped) == (4, 0)
    names = {(r.first_name, r.last_name, r.company) for r in db.read(list_contacts)}
    # Before: "Pizzeria Da" "Marco", "Boston Biotech" "Shuttle", "Acme" "Biotech".
    assert names == {("", "Pizzeria Da Marco", "Pizzeria Da Marco"),
                     ("", "Boston Biotech Shuttle", None),
                     ("", "Acme Biotech", "Acme Biotech"),
                     # A person's name without N is still split.
                     ("Marie", "Dupont", "Acme Biotech")}
    notes = [db.read(get_contact, r.id).notes for r in db.read(list_contacts)]
    assert not any(n and "Full name" in n for n in notes)


@pytest.mark.sqlite_only
def test_a_row_named_as_its_company_keeps_its_name_whole(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "outlook.csv"
    path.write_text("Name,Company,E-mail Address\n"
                    "Flanders Investment & Trade,Flanders Investment & Trade,info@fit.example\n"
                    "Jan Peeters,Flanders Investment & Trade,jan@fit.example\n",
                    encoding="utf-8")
    db.write(import_file, path)
    assert {(r.first_name, r.last_name) for r in db.read(list_contacts)} == {
        ("", "Flanders Investment & Trade"), ("Jan", "Peeters")}


@pytest.mark.sqlite_only
def test_a_business_exported_as_a_vcard_is_shown_as_one(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from crm.services.exports import export_file

    path = tmp_path / "address-book.vcf"
    path.write_text(BUSINESSES, encoding="utf-8")
    db.write(import_file, path)
    out = tmp_path / "out.vcf"
    db.read(export_file, out)
    cards = out.read_text(encoding="utf-8").split("END:VCARD")
    business = [c for c in cards if "X-ABSHOWAS:COMPANY" in c]
    # Apple's Contacts shows the company's own entries as businesses; people stay people.
    assert sorted("FN:Acme Biotech" in c or "FN:Pizzeria Da Marco" in c for c in business) \
        == [True, True]
    assert not any("FN:Marie Dupont" in c for c in business)


def _outlook_csv(path: Path, headers: list[str], rows: list[list[str]], delimiter: str) -> Path:
    # As Outlook writes it: every cell quoted, the Windows code page, CRLF.

    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n",
                            quoting=csv.QUOTE_ALL)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


# Outlook's own column names in French and Dutch, in Outlook's order (Microsoft's map of
# them, as Exchange reads Outlook's CSV files for fr-FR and nl-NL; Polytechnique.org's
# French Outlook export): "Titre" twice in French, Mr./Ms. first, then the job title.
OUTLOOK_FR = ["Titre", "Prénom", "Deuxième prénom", "Nom", "Suffixe", "Société", "Service",
              "Titre", "Rue (bureau)", "Rue (bureau) 2", "Ville (bureau)", "Dép/Région (bureau)",
              "Code postal (bureau)", "Pays/Région (bureau)", "Rue (domicile)",
              "Ville (domicile)", "Code postal (domicile)", "Pays/Région (domicile)",
              "Télécopie (bureau)", "Téléphone (bureau)", "Téléphone (domicile)", "Tél. mobile",
              "Adresse de messagerie", "Type de messagerie",
              "Nom complet de l'adresse de messagerie", "Adresse de messagerie 2",
              "Type de messagerie 2", "Nom complet de l'adresse de messagerie 2", "Anniversaire",
              "Catégories", "Notes", "Page Web", "Priorité", "Privé", "Sexe"]
OUTLOOK_NL = ["Titel", "Voornaam", "Middelste naam", "Achternaam", "Achtervoegsel", "Bedrijf",
              "Afdeling", "Functie", "Werkadres, straat", "Werkadres 2, straat",
              "Werkadres, plaats", "Werkadres, provincie", "Werkadres, postcode",
              "Land/regio (werk)", "Huisadres, straat", "Huisadres, plaats",
              "Huisadres, postcode", "Land/regio (thuis)", "Fax op werk", "Telefoon op werk",
              "Telefoon thuis", "Mobiele telefoon", "E-mailadres", "E-mailtype",
              "Weergavenaam voor e-mail", "E-mailadres 2", "E-mailtype 2",
              "E-mail, weergegeven naam 2", "Verjaardag", "Categorieën", "Notities",
              "Webpagina", "Prioriteit", "Privé", "Geslacht"]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("language", ["fr", "nl"])
def test_outlook_in_french_and_dutch_fills_every_field(db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       language: str) -> None:
    work, home = ("Rue de la Loi 16", "Rue Haute 1") if language == "fr" else \
        ("Technologiepark 3", "Naamsestraat 22")
    person = {"fr": ["M.", "Jean", "Marie", "Dupont", "PhD", "Acme Biotech SA", "R&D",
                     "Directeur scientifique", work, "Bâtiment B", "Bruxelles", "",
                     "1000", "Belgique", home, "Bruxelles", "1000", "Belgique",
                     "+32 2 555 01 99", "+32 2 555 01 00", "02 555 12 12", "0475 12 34 56",
                     "jean.dupont@acme.example", "SMTP", "Jean Dupont (jean.dupont@acme.example)",
                     "jean@perso.example", "SMTP", "Jean Dupont (jean@perso.example)",
                     "15/06/1980", "Mission USA;Biotech", "Rencontré à Boston",
                     "www.acme.example", "Normale", "Faux", "Masculin"],
              "nl": ["Dhr.", "Jan", "Karel", "Peeters", "PhD", "Flanders Biotech NV",
                     "R&D", "CEO", work, "Gebouw B", "Gent", "Oost-Vlaanderen", "9052",
                     "België", home, "Leuven", "3000", "België", "+32 9 241 11 99",
                     "+32 9 241 11 00", "016 32 40 10", "0475 12 34 56",
                     "jan.peeters@flbio.example", "SMTP", "Jan Peeters (jan.peeters@flbio.example)",
                     "jan@prive.example", "SMTP", "Jan Peeters (jan@prive.example)",
                     "15-6-1980", "Missie VS;Biotech", "Ontmoet in Boston", "www.flbio.example",
                     "Normaal", "Onwaar", "Man"]}[language]
    headers = OUTLOOK_FR if language == "fr" else OUTLOOK_NL
    path = _outlook_csv(tmp_path / f"outlook-{language}.csv", headers, [person],
                        "," if language == "fr" else ";")
    report = db.write(import_file, path)
    assert (report.created, report.skipped, report.dialect) == (1, 0, "outlook")
    # Before: the emails, addresses, middle name and website went to the notes, "M." became
    # the job title, and "Faux" (Outlook's private flag) a phone number.
    assert report.problems == [], report.summary()
    contact = db.read(get_contact, db.read(list_contacts)[0].id)
    first, middle, last = person[1], person[2], person[3]
    assert (contact.name_prefix, contact.first_name, contact.middle_name, contact.last_name,
            contact.name_suffix, contact.job_title, contact.birthday) == (
        person[0], first, middle, last, "PhD", person[7], "1980-06-15")
    assert [e.address for e in contact.emails] == [person[22], person[25]]
    assert [(a.label, a.street, a.extended, a.city, a.postal_code) for a in contact.addresses] \
        == [("work", work, person[9], person[10], person[12]),
            ("home", home, None, person[15], person[16])]
    assert [p.label for p in contact.phones] == ["fax", "work", "home", "mobile"]
    assert all(p.checked for p in contact.phones)
    assert [u.url for u in contact.urls] == [f"https://{person[31]}"]
    assert sorted(t.name for t in contact.tags) == sorted(person[29].split(";"))
    # The department is kept; Outlook's bookkeeping (address types, the name shown with an
    # address, "Normal", "False", ...) is not.
    assert f": {person[6]}" in contact.notes
    assert "SMTP" not in contact.notes and person[32] not in contact.notes


# Thunderbird's CSV export in French, Dutch and German (its importMsgs.properties, fields 2100
# to 2136, in the export's order; French writes "Ville", "Pays/État" and "Code postal" twice).
THUNDERBIRD = {
    "fr": ["Prénom", "Nom de famille", "Nom à afficher", "Surnom", "Adresse e-mail principale",
           "Adresse e-mail secondaire", "Nom de l’écran", "Tél. professionnel ",
           "Tél. personnel", "Fax", "Pager", "Portable", "Adresse privée", "Adresse privée 2",
           "Ville", "Pays/État", "Code postal", "Pays/Région (domicile)",
           "Adresse professionnelle", "Adresse professionnelle 2", "Ville", "Pays/État",
           "Code postal", "Pays/Région (bureau)", "Profession", "Service", "Société",
           "Site web 1", "Site web 2", "Année de naissance", "Mois", "Jour", "Divers 1",
           "Divers 2", "Divers 3", "Divers 4", "Notes"],
    "nl": ["Voornaam", "Achternaam", "Weergavenaam", "Bijnaam", "Primair e-mailadres",
           "Secundair e-mailadres", "Schermnaam", "Telefoon werk", "Telefoon thuis",
           "Faxnummer", "Piepernummer", "Mobiel nummer", "Adres", "Adres 2", "Woonplaats",
           "Provincie", "Postcode", "Land", "Werkadres", "Werkadres 2", "Werklocatie",
           "Werkprovincie", "Werkpostcode", "Werkland", "Werkfunctie", "Afdeling",
           "Organisatie", "Webpagina 1", "Webpagina 2", "Geboortejaar", "Geboortemaand",
           "Geboortedag", "Overig 1", "Overig 2", "Overig 3", "Overig 4", "Aantekeningen"],
    # As Thunderbird's German export writes it (and the public converters that read it).
    "de": ["Vorname", "Nachname", "Anzeigename", "Spitzname", "Primäre E-Mail-Adresse",
           "Sekundäre E-Mail-Adresse", "Messenger-Name", "Tel. dienstlich", "Tel. privat",
           "Fax-Nummer", "Pager-Nummer", "Mobil-Tel.-Nr.", "Privat: Adresse",
           "Privat: Adresse 2", "Privat: Ort", "Privat: Bundesland", "Privat: PLZ",
           "Privat: Land", "Dienstlich: Adresse", "Dienstlich: Adresse 2", "Dienstlich: Ort",
           "Dienstlich: Bundesland", "Dienstlich: PLZ", "Dienstlich: Land", "Arbeitstitel",
           "Abteilung", "Organisation", "Webseite 1", "Webseite 2", "Geburtsjahr",
           "Geburtsmonat", "Geburtstag", "Benutzerdef. 1", "Benutzerdef. 2", "Benutzerdef. 3",
           "Benutzerdef. 4", "Notizen"],
}


@pytest.mark.sqlite_only
@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_thunderbird_in_french_dutch_and_german_fills_every_field(db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  language: str) -> None:
    person = ["Marie", "Lambert", "Marie Lambert", "Mimi", "marie@uclouvain.example",
              "m.lambert@gmail.example", "", "+32 10 47 11 11", "+32 2 512 34 56", "", "",
              "+32 475 12 34 56", "Rue Haute 1", "Boîte 3", "Bruxelles", "", "1000",
              "Belgique", "Place de l'Université 1", "", "Louvain-la-Neuve", "Brabant wallon",
              "1348", "Belgique", "Professeure", "Chimie", "UCLouvain",
              "https://uclouvain.example", "", "1980", "6", "15", "", "", "", "",
              "Rencontrée à Boston"]
    path = tmp_path / f"thunderbird-{language}.csv"

    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([THUNDERBIRD[language], person])
    report = db.write(import_file, path)
    assert (report.created, report.skipped, report.problems) == (1, 0, []), report.summary()
    contact = db.read(get_contact, db.read(list_contacts)[0].id)
    # Before (French): both emails, the first name's display name, the phones' kinds and
    # the addresses went to the notes or to the wrong field.
    assert (contact.first_name, contact.last_name, contact.nickname, contact.job_title,
            contact.birthday) == ("Marie", "Lambert", "Mimi", "Professeure", "1980-06-15")
    assert [e.address for e in contact.emails] == [person[4], person[5]]
    assert [(p.label, p.number) for p in contact.phones] == [
        ("work", "+3210471111"), ("home", "+3225123456"), ("mobile", "+32475123456")]
    assert [(a.label, a.street, a.extended, a.city, a.region, a.postal_code, a.country)
            for a in contact.addresses] == [
        ("home", "Rue Haute 1", "Boîte 3", "Bruxelles", None, "1000", "Belgique"),
        ("work", "Place de l'Université 1", None, "Louvain-la-Neuve", "Brabant wallon",
         "1348", "Belgique")]
    assert [u.url for u in contact.urls] == [person[27]]
    assert "Rencontrée à Boston" in contact.notes and ": Chimie" in contact.notes


# German Outlook's export as a public project shows its header line (Outlook 2016; East
# Belgium's delegates write German): every column, in its order.
OUTLOOK_DE_LINE = (
    "Anrede,Vorname,Weitere Vornamen,Nachname,Suffix,Firma,Abteilung,Position,"
    "Straße geschäftlich,Straße geschäftlich 2,Straße geschäftlich 3,Ort geschäftlich,"
    "Region geschäftlich,Postleitzahl geschäftlich,Land/Region geschäftlich,Straße privat,"
    "Straße privat 2,Straße privat 3,Ort privat,Bundesland/Kanton privat,Postleitzahl privat,"
    "Land/Region privat,Weitere Straße,Weitere Straße 2,Weitere Straße 3,Weiterer Ort,"
    "Weiteres/r Bundesland/Kanton,Weitere Postleitzahl,Weiteres/e Land/Region,"
    "Telefon Assistent,Fax geschäftlich,Telefon geschäftlich,Telefon geschäftlich 2,"
    "Rückmeldung,Autotelefon,Telefon Firma,Fax privat,Telefon (privat),Telefon (privat 2),"
    "ISDN,Mobiltelefon,Weiteres Fax,Weiteres Telefon,Pager,Haupttelefon,Mobiltelefon 2,"
    "Telefon für Hörbehinderte,Telex,Abrechnungsinformation,Assistent(in),Benutzer 1,"
    "Benutzer 2,Benutzer 3,Benutzer 4,Beruf,Büro,E-Mail-Adresse,E-Mail-Typ,"
    "E-Mail: Angezeigter Name,E-Mail 2: Adresse,E-Mail 2: Typ,E-Mail 2: Angezeigter Name,"
    "E-Mail 3: Adresse,E-Mail 3: Typ,E-Mail 3: Angezeigter Name,Empfohlen von,Geburtstag,"
    "Geschlecht,Hobby,Initialen,Internet Frei/Gebucht,Jahrestag,Kategorien,Kinder,Konto,"
    "Name des/r Vorgesetzten,Notizen,Organisationsnr.,Ort,Partner,Postfach geschäftlich,"
    "Postfach privat,Priorität,Privat,Reisekilometer,Sozialversicherungsnr.,Sprache,"
    "Stichwörter,Vertraulichkeit,Verzeichnisserver,Webseite,Weiteres Postfach,Spalte1,Spalte2"
)
OUTLOOK_DE = next(csv.reader([OUTLOOK_DE_LINE]))


@pytest.mark.sqlite_only
def test_outlook_in_german_fills_every_field(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    values = {"Anrede": "Herr", "Vorname": "Lukas", "Weitere Vornamen": "Johann",
              "Nachname": "Schröder", "Suffix": "PhD", "Firma": "Eupen Biotech AG",
              "Abteilung": "Forschung", "Position": "Geschäftsführer",
              "Straße geschäftlich": "Hütte 79", "Straße geschäftlich 2": "Gebäude B",
              "Ort geschäftlich": "Eupen", "Postleitzahl geschäftlich": "4700",
              "Land/Region geschäftlich": "Belgien", "Weitere Straße": "Aachener Straße 5",
              "Weiterer Ort": "Aachen", "Weitere Postleitzahl": "52062",
              "Weiteres/e Land/Region": "Deutschland", "Fax geschäftlich": "+32 87 59 11 99",
              "Telefon geschäftlich": "+32 87 59 11 00", "Telefon (privat)": "087 55 12 12",
              "Mobiltelefon": "0475 12 34 56", "E-Mail-Adresse": "lukas.schroeder@eupen.example",
              "E-Mail-Typ": "SMTP",
              "E-Mail: Angezeigter Name": "Lukas Schröder (lukas.schroeder@eupen.example)",
              "E-Mail 2: Adresse": "lukas@privat.example", "E-Mail 2: Typ": "SMTP",
              "Geburtstag": "15.6.1980", "Geschlecht": "Männlich",
              "Jahrestag": "0.0.00", "Kategorien": "Mission USA;Biotech",
              "Notizen": "In Boston getroffen", "Priorität": "Normal", "Privat": "Aus",
              "Vertraulichkeit": "Normal", "Webseite": "www.eupen-biotech.example"}
    row = [values.get(header, "") for header in OUTLOOK_DE]
    path = _outlook_csv(tmp_path / "outlook-de.csv", OUTLOOK_DE, [row], ",")
    report = db.write(import_file, path)
    assert (report.created, report.skipped, report.dialect) == (1, 0, "outlook")
    # Before: the email addresses, every address, the phones but the mobile's, the birthday,
    # the categories and the notes went to the notes (or nowhere).
    assert report.problems == [], report.summary()
    contact = db.read(get_contact, db.read(list_contacts)[0].id)
    assert (contact.name_prefix, contact.first_name, contact.middle_name, contact.last_name,
            contact.name_suffix, contact.job_title, contact.birthday) == (
        "Herr", "Lukas", "Johann", "Schröder", "PhD", "Geschäftsführer", "1980-06-15")
    assert contact.company.name == "Eupen Biotech AG"
    assert [e.address for e in contact.emails] == ["lukas.schroeder@eupen.example",
                                                  "lukas@privat.example"]
    assert [(a.label, a.street, a.extended, a.city, a.postal_code, a.country)
            for a in contact.addresses] == [
        ("work", "Hütte 79", "Gebäude B", "Eupen", "4700", "Belgien"),
        ("other", "Aachener Straße 5", None, "Aachen", "52062", "Deutschland")]
    assert [p.label for p in contact.phones] == ["fax", "work", "home", "mobile"]
    assert all(p.checked for p in contact.phones)
    assert [u.url for u in contact.urls] == ["https://www.eupen-biotech.example"]
    assert sorted(t.name for t in contact.tags) == ["Biotech", "Mission USA"]
    assert "In Boston getroffen" in contact.notes and ": Forschung" in contact.notes
    # Outlook's bookkeeping is not kept; what it says of the person (gender) is.
    assert "SMTP" not in contact.notes and "Aus" not in contact.notes.split()
    assert "Männlich" in contact.notes


def _csv(path: Path, headers: list[str], row: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerow(row)
    return path


def _only_contact(db):  # type: ignore[no-untyped-def]
    return db.read(get_contact, db.read(list_contacts)[0].id)


# The column layouts of exports delegates bring besides address books: a CRM's contacts
# (Salesforce, HubSpot), Yahoo Mail's address book, a trade show's lead list, Outlook for Mac.
# Before: the names of a Yahoo file, Salesforce's account, addresses, salutation and
# description, HubSpot's mobile and a lead list's address went to the notes, not the fields.
YAHOO = ["First", "Middle", "Last", "Nickname", "Email", "Category", "Distribution Lists",
         "Messenger ID", "Home", "Work", "Pager", "Fax", "Mobile", "Other", "Yahoo Phone",
         "Primary", "Alternate Email 1", "Alternate Email 2", "Personal Website",
         "Business Website", "Title", "Company", "Work Address", "Work City", "Work State",
         "Work ZIP", "Work Country", "Home Address", "Home City", "Home State", "Home ZIP",
         "Home Country", "Birthday", "Anniversary", "Custom 1", "Custom 2", "Custom 3",
         "Custom 4", "Comments"]


def test_a_yahoo_mail_export_fills_the_fields(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    values = {"First": "Sarah", "Middle": "J", "Last": "Connor", "Email": "sconnor@cyber.example",
              "Category": "Biotech", "Work": "+1 617 253 1000", "Mobile": "+1 617 555 0143",
              "Alternate Email 1": "sarah@home.example", "Personal Website": "sarah.example",
              "Title": "VP Business Development", "Company": "Cyberdyne Bio",
              "Work Address": "77 Massachusetts Ave", "Work City": "Cambridge",
              "Work State": "MA", "Work ZIP": "02139", "Work Country": "United States",
              "Comments": "Met at the round table"}
    path = _csv(tmp_path / "yahoo.csv", YAHOO, [values.get(h, "") for h in YAHOO])
    report = db.write(import_file, path)
    assert (report.created, report.dialect) == (1, "yahoo")
    c = _only_contact(db)
    assert (c.first_name, c.middle_name, c.last_name, c.job_title, c.company.name) == (
        "Sarah", "J", "Connor", "VP Business Development", "Cyberdyne Bio")
    assert [e.address for e in c.emails] == ["sconnor@cyber.example", "sarah@home.example"]
    assert [(p.number, p.label) for p in c.phones] == [("+16172531000", "work"),
                                                        ("+16175550143", "mobile")]
    assert [(a.label, a.street, a.city, a.region, a.postal_code) for a in c.addresses] == [
        ("work", "77 Massachusetts Ave", "Cambridge", "MA", "02139")]
    assert [(u.url, u.label) for u in c.urls] == [("https://sarah.example", "home")]
    assert c.notes == "Met at the round table"


def test_a_salesforce_contacts_export_fills_the_fields(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    headers = ["Salutation", "First Name", "Last Name", "Title", "Account Name", "Email",
               "Phone", "Mobile", "Mailing Street", "Mailing City", "Mailing State/Province",
               "Mailing Zip/Postal Code", "Mailing Country", "Lead Source", "Description",
               "Contact Owner"]
    row = ["Dr.", "Michael", "Chen", "Director R&D", "Moderna", "mchen@moderna.example",
           "(617) 714-6500", "(617) 555-0177", "200 Technology Square", "Cambridge", "MA",
           "02139", "USA", "Trade Show", "Interested in Belgian CDMO capacity", "J. Peeters"]
    report = db.write(import_file, _csv(tmp_path / "salesforce.csv", headers, row))
    assert report.created == 1 and "kept in notes" not in report.summary()
    c = _only_contact(db)
    assert (c.name_prefix, c.first_name, c.last_name, c.job_title, c.company.name, c.owner,
            c.source, c.notes) == ("Dr.", "Michael", "Chen", "Director R&D", "Moderna",
                                   "J. Peeters", "Trade Show",
                                   "Interested in Belgian CDMO capacity")
    assert [(a.street, a.city, a.region, a.postal_code, a.country) for a in c.addresses] == [
        ("200 Technology Square", "Cambridge", "MA", "02139", "USA")]
    assert [p.label for p in c.phones] == [None, "mobile"]


def test_a_hubspot_export_and_a_lead_list_fill_the_fields(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hubspot = ["Record ID", "First Name", "Last Name", "Email", "Phone Number",
               "Mobile Phone Number", "Company Name", "Job Title", "City", "State/Region",
               "Country/Region", "Website URL"]
    row = ["51", "Priya", "Raman", "priya@genzyme.example", "+1 617 252 7500",
           "+1 617 555 0101", "Genzyme", "Head of Partnering", "Cambridge", "Massachusetts",
           "United States", "https://genzyme.example"]
    db.write(import_file, _csv(tmp_path / "hubspot.csv", hubspot, row))
    leads = ["Badge ID", "First Name", "Last Name", "Company", "Title", "Email Address",
             "Work Phone", "Address 1", "Address 2", "City", "State", "Zip Code", "Country"]
    row = ["B-004512", "Laura", "Gomez", "Thermo Fisher", "Sr. Manager",
           "laura.gomez@thermofisher.example", "781-622-1000", "168 Third Avenue", "Suite 4",
           "Waltham", "MA", "02451", "United States"]
    db.write(import_file, _csv(tmp_path / "leads.csv", leads, row))
    people = db.read(lambda s: {c.full_name: c for c in (get_contact(s, r.id)
                                                       for r in list_contacts(s))})
    priya, laura = people["Priya Raman"], people["Laura Gomez"]
    assert [(p.number, p.label) for p in priya.phones] == [("+16172527500", None),
                                                           ("+16175550101", "mobile")]
    assert priya.company.website == "https://genzyme.example"
    assert [(a.city, a.region) for a in priya.addresses] == [("Cambridge", "Massachusetts")]
    assert [(a.street, a.extended, a.city, a.region, a.postal_code) for a in laura.addresses] \
        == [("168 Third Avenue", "Suite 4", "Waltham", "MA", "02451")]
    assert laura.country == "US" and laura.company.city is None


def test_outlook_for_macs_work_address_and_fax_are_read(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    headers = ["First Name", "Last Name", "Title", "Company", "Job Title",
               "Work Street Address", "Work City", "Work State", "Work Zip",
               "Work Country/Region", "Work Phone", "Work Fax", "Mobile Phone",
               "E-mail Address"]
    row = ["Hans", "Müller", "Dr.", "Bayer AG", "Head of External Innovation",
           "Kaiser-Wilhelm-Allee 1", "Leverkusen", "", "51373", "Germany", "+49 214 301",
           "+49 214 30 57348", "+49 170 1234567", "hans.mueller@bayer.example"]
    db.write(import_file, _csv(tmp_path / "outlook-mac.csv", headers, row))
    c = _only_contact(db)
    assert [(a.label, a.street, a.city, a.postal_code, a.country) for a in c.addresses] == [
        ("work", "Kaiser-Wilhelm-Allee 1", "Leverkusen", "51373", "Germany")]
    assert [p.label for p in c.phones] == ["work", "fax", "mobile"]


def test_an_event_apps_social_columns_are_the_contacts_profiles(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # An event app's attendee export (Swapcard, Brella ...) gives profiles in columns of their
    # own, often as handles. Before: "Twitter" went to the notes; "@handle" was no web address.
    headers = ["First Name", "Last Name", "Email", "Organization", "Job Title", "LinkedIn",
               "Twitter", "Instagram", "GitHub", "Facebook URL"]
    row = ["Sofie", "Claes", "sofie.claes@example.be", "argenx", "BD Director",
           "https://www.linkedin.com/in/sofieclaes", "@sofieclaes", "sofie.claes",
           "sclaes", "https://www.facebook.com/sofie.claes"]
    report = db.write(import_file, _csv(tmp_path / "attendees.csv", headers, row))
    assert report.problems == []
    sofie = _only_contact(db)
    assert sofie.linkedin == "https://www.linkedin.com/in/sofieclaes"
    assert [(u.url, u.kind, u.label) for u in sofie.urls] == [
        ("https://x.com/sofieclaes", "social", "twitter"),
        ("https://www.instagram.com/sofie.claes", "social", "instagram"),
        ("https://github.com/sclaes", "social", "github"),
        ("https://www.facebook.com/sofie.claes", "social", "facebook")]
    assert not sofie.notes


def test_an_iphones_profiles_given_as_handles_are_their_web_addresses(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # iOS writes a profile it has no address for as "x-apple:handle" (before: "not a web
    # address", kept in the notes).
    path = tmp_path / "iphone.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rivera;Alex;;;\r\nFN:Alex Rivera\r\n"
        b"X-SOCIALPROFILE;type=twitter;x-user=alexrivera:x-apple:alexrivera\r\n"
        b"X-SOCIALPROFILE;type=Telegram;x-user=alex_rivera_sg:x-apple:alex_rivera_sg\r\n"
        b"END:VCARD\r\n")
    report = db.write(import_file, path)
    assert report.problems == []
    alex = _only_contact(db)
    assert [(u.url, u.kind, u.label) for u in alex.urls] == [
        ("https://x.com/alexrivera", "social", "twitter"),
        ("https://t.me/alex_rivera_sg", "social", "telegram")]
    assert not alex.notes


def test_a_handle_typed_for_a_profile_is_saved_as_its_address(db) -> None:  # type: ignore[no-untyped-def]
    from crm.services.contacts import create_contact

    made = db.write(create_contact, first_name="Lotte", last_name="Peeters",
                    urls=[("@lottepeeters", "social", "twitter"), ("lpeeters", None, "GitHub")])
    lotte = db.read(get_contact, made.id)
    assert [(u.url, u.kind, u.label) for u in lotte.urls] == [
        ("https://x.com/lottepeeters", "social", "twitter"),
        ("https://github.com/lpeeters", "social", "github")]


def test_an_eventbrite_attendee_export_fills_the_fields(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Before: "Work Address 1" and "Blog" went to the notes (the address had no street).
    headers = ["Order #", "First Name", "Last Name", "Email", "Ticket Type", "Job Title",
               "Company", "Work Phone", "Cell Phone", "Home Address 1", "Home City",
               "Work Address 1", "Work Address 2", "Work City", "Work State", "Work Zip",
               "Work Country", "Website", "Blog"]
    row = ["1234567890", "Priya", "Raman", "priya@genzyme.example", "Round table",
           "Head of Partnering", "Genzyme", "+1 617 252 7500", "+1 617 555 0101", "", "",
           "500 Kendall St", "Floor 3", "Cambridge", "MA", "02142", "United States",
           "https://genzyme.example", "https://blog.example"]
    db.write(import_file, _csv(tmp_path / "eventbrite.csv", headers, row))
    priya = _only_contact(db)
    assert [(a.label, a.street, a.extended, a.city, a.region, a.postal_code)
            for a in priya.addresses] == [
        ("work", "500 Kendall St", "Floor 3", "Cambridge", "MA", "02142")]
    assert [(u.url, u.label) for u in priya.urls] == [("https://blog.example", "blog")]
    assert priya.company.website == "https://genzyme.example"
    assert "Ticket Type: Round table" in priya.notes
