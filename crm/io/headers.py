"""Column headers to contact fields: our own profiles, Google, Outlook and Thunderbird
contact exports (Outlook's and Thunderbird's in English, French or Dutch), and synonyms in
English, French and Dutch ("Prénom", "Voornaam", "Société", "Bedrijf" ...)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from crm.io.records import (
    EMAIL_LABEL,
    IGNORE,
    LABEL_FIELDS,
    MULTI_FIELDS,
    PHONE_LABEL,
    URL_KIND,
    URL_LABEL,
    ColumnMap,
)


def header_key(header: str) -> str:
    """A header compared without case, accents, punctuation or spacing."""
    text = unicodedata.normalize("NFKD", header.strip().lstrip("\ufeff"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


# field -> header spellings (compared with header_key). Labels of phone/email columns follow.
_SYNONYMS: dict[str, Sequence[str]] = {
    "first_name": ["first name", "first_name", "firstname", "given name", "forename", "prenom",
                   "voornaam", "roepnaam", "vorname", "first"],
    "last_name": ["last name", "last_name", "lastname", "surname", "family name", "name last",
                  "nom", "nom de famille", "achternaam", "familienaam", "naam achternaam",
                  "nachname", "familienname", "last"],
    "full_name": ["name", "full name", "full_name", "contact", "contact name", "display name",
                  "nom complet", "naam", "volledige naam", "contactpersoon", "personne",
                  "anzeigename", "vollstandiger name"],
    "middle_name": ["middle name", "middle_name", "additional name", "second prenom",
                    "tussenvoegsel", "weitere vornamen", "middle"],
    "name_prefix": ["name prefix", "name_prefix", "prefix", "salutation", "civilite", "aanhef",
                    "anrede"],
    "name_suffix": ["name suffix", "name_suffix", "suffix"],
    "nickname": ["nickname", "nick name", "surnom", "bijnaam", "spitzname"],
    "birthday": ["birthday", "date of birth", "birth date", "birthdate", "anniversaire",
                 "date de naissance", "geboortedatum", "verjaardag", "geburtstag",
                 "geburtsdatum"],
    "job_title": ["job title", "job_title", "title", "position", "role", "function",
                  "organization title", "organization 1 title", "fonction", "titre", "poste",
                  "functie", "functietitel", "berufsbezeichnung", "arbeitstitel"],
    "company": ["company", "organisation", "organization", "organization name",
                "organization 1 name", "employer", "account", "company name", "societe",
                "entreprise", "organisme", "bedrijf", "firma", "onderneming", "organisatie",
                "bedrijfsnaam", "unternehmen", "account name"],
    "company_kind": ["sector", "company_kind", "company sector", "industry", "kind", "secteur",
                     "sector bedrijf", "branche"],
    "company_country": ["company_country", "company country", "business country region",
                        "business country", "pays de la societe", "land bedrijf"],
    "company_city": ["company_city", "company city", "business city", "ville", "stad",
                     "city", "gemeente", "stadt"],
    "company_website": ["company_website", "website", "web page", "web site", "site web",
                        "site internet", "url", "website 1 value", "webseite", "homepage",
                        "website url", "business website"],
    "email": ["email", "e mail", "emails", "email address", "e mail address", "mail",
              "courriel", "adresse e mail", "adresse email", "e mailadres", "emailadres",
              "mailadres", "other emails", "autres e mails", "andere e mailadressen",
              "primary email", "secondary email", "e mail adresse", "alternate email",
              "alternate email 1", "alternate email 2"],
    "phone": ["phone", "phones", "telephone", "phone number", "tel", "tel.", "numero",
              "numero de telephone", "telefoon", "telefoonnummer", "tel nr", "primary phone",
              "other phones", "autres telephones", "andere telefoonnummers", "telefon",
              "telefonnummer"],
    "linkedin": ["linkedin", "linkedin url", "linkedin profile", "profil linkedin"],
    "country": ["country", "country region", "pays", "land", "nation"],
    "language": ["language", "langue", "taal", "sprache"],
    "tags": ["tags", "tag", "labels", "label", "categories", "category", "group membership",
             "groups", "groupes", "etiquettes", "categorie", "categorieen", "groepen",
             "kategorien", "kategorie", "gruppen"],
    "priority": ["priority", "priorite", "prioriteit"],
    "owner": ["owner", "delegate", "delegue", "afgevaardigde", "eigenaar", "responsable",
              "contact owner", "lead owner"],
    "source": ["source", "bron", "origine", "lead source"],
    "lawful_basis": ["lawful basis", "lawful_basis", "legal basis", "base legale",
                     "base juridique", "rechtsgrond", "wettelijke basis"],
    "lawful_basis_on": ["lawful basis on", "lawful_basis_on", "lawful basis date",
                        "consent date", "date du consentement", "datum toestemming"],
    "lawful_basis_note": ["lawful basis note", "lawful_basis_note"],
    "notes": ["notes", "note", "comments", "comment", "remarks", "remarques", "commentaire",
              "commentaires", "opmerkingen", "opmerking", "notities", "notitie", "notizen",
              "bemerkungen", "anmerkungen", "description"],
    "sessions": ["sessions", "session", "sessions met", "met at", "event", "evenement",
                 "sessie", "rencontre"],
    "id": ["id", "uid", "contact id"],
    # Known columns we do not import (timestamps of our own exports, photos ...).
    # ("File As" is the name again, as the address book sorts it.) Phonetic names,
    # initials, a photo's web address ... are kept in the notes like any other column.
    IGNORE: ["created_at", "updated_at", "file as"],
}

# Phone columns with their label: "Mobile Phone" -> mobile.
_PHONE_LABELS: dict[str, Sequence[str]] = {
    "mobile": ["mobile", "mobile phone", "cell", "cell phone", "cellphone", "gsm", "portable",
               "telephone portable", "mobiel", "mobiele telefoon", "mobile number",
               "home mobile", "work mobile", "business mobile", "mobiltelefon", "handy",
               "mobil", "mobile phone number", "cell phone number"],
    "work": ["work phone", "business phone", "business phone 2", "office phone",
             "phone work", "telephone bureau", "telephone professionnel", "werk telefoon",
             "telefoon werk", "company main phone", "work phone number", "business phone number",
             "direct phone", "direct line", "office number"],
    "home": ["home phone", "home phone 2", "phone home", "telephone domicile", "prive",
             "telefoon thuis", "thuis", "home phone number"],
    "other": ["other phone", "car phone", "assistant s phone", "callback", "radio phone",
              "pager", "pager number", "tty tdd phone"],
    "fax": ["fax", "business fax", "home fax", "other fax", "fax number", "work fax"],
}
_EMAIL_LABELS: dict[str, Sequence[str]] = {
    "work": ["work email", "business email", "email work", "e mail work",
             "courriel professionnel", "e mail werk"],
    "home": ["home email", "personal email", "email home", "courriel personnel",
             "e mail prive"],
}

_LOOKUP: dict[str, ColumnMap] = {}
for _field, _names in _SYNONYMS.items():
    for _name in _names:
        _LOOKUP.setdefault(header_key(_name), ColumnMap(_field))
for _label, _names in _PHONE_LABELS.items():
    for _name in _names:
        _LOOKUP[header_key(_name)] = ColumnMap("phone", _label)
for _label, _names in _EMAIL_LABELS.items():
    for _name in _names:
        _LOOKUP[header_key(_name)] = ColumnMap("email", _label)
# A profile on a network in a column of its own (event apps' attendee lists): a web address
# labelled with the network.
for _network in ("twitter", "instagram", "github", "facebook", "xing", "researchgate",
                 "orcid", "mastodon", "bluesky", "telegram", "tiktok"):
    for _name in (_network, f"{_network} url", f"{_network} profile", f"{_network} handle"):
        _LOOKUP[header_key(_name)] = ColumnMap("url", _network)
for _name in ("x twitter", "twitter x", "x handle", "x profile"):
    _LOOKUP[header_key(_name)] = ColumnMap("url", "twitter")
# An address written in one cell is kept whole, as its street; or in a column a part (lead
# lists: "Address 1", "Address 2", "City", "State", "Zip Code").
for _part, _names in {
        "street": ("address", "street address", "postal address", "mailing address",
                   "adresse", "adresse postale", "adres", "postadres", "address 1",
                   "address line 1", "street", "rue", "straat", "strasse"),
        "extended": ("address 2", "address line 2"),
        "region": ("state", "province", "state province", "state region", "region"),
        "postal_code": ("zip", "zip code", "zipcode", "postal code", "postcode", "code postal",
                        "postleitzahl", "plz")}.items():
    for _name in _names:
        _LOOKUP[header_key(_name)] = ColumnMap("address", _part, "line")
# A file's plain "City" is its company's city, unless the file gives an address (above):
# then it is that address's city.
_PLAIN_CITY = {header_key(name) for name in ("city", "ville", "stad", "gemeente", "stadt")}

# Google Contacts: "E-mail 1 - Value" pairs with "E-mail 1 - Label" (new) or "- Type" (old).
_GOOGLE_NUMBERED = re.compile(r"^(e mail|phone|website|organization) (\d+) (value|label|type|"
                              r"name|title|department)$")
# Google's "Address 1 - Street" (and our default profile's "address_1_street").
_NUMBERED_ADDRESS = re.compile(r"^address (\d+) (label|type|formatted|street|city|po box|region|"
                               r"postal code|country|extended address|extended)$")
# Outlook's "Business Street 2", "Home Address PO Box", "Other Country/Region".
_OUTLOOK_ADDRESS = re.compile(r"^(business|home|other) (street|street 2|street 3|address|"
                              r"address po box|po box|city|state|postal code|"
                              r"country region|country)$")
_ADDRESS_PARTS = {"type": "label", "po box": "po_box", "address po box": "po_box",
                  "postal code": "postal_code", "extended address": "extended",
                  "street 2": "extended", "street 3": "extended", "state": "region",
                  "country region": "country", "address": "formatted"}
_OUTLOOK_ADDRESS_LABELS = {"business": "work", "home": "home", "other": "other"}
# An address's part after its kind: Thunderbird's "Home Address 2", "Work ZipCode"; Outlook
# for Mac's "Work Street Address"; Salesforce's "Mailing Zip/Postal Code", "Other Street".
_LABELLED_ADDRESS = re.compile(
    r"^(home|work|business|other|mailing|billing|shipping) (address|address 1|address 2|"
    r"address line 1|address line 2|street address|street|city|state province|state region|"
    r"state|province|"
    r"region|zip postal code|zipcode|zip code|zip|postal code|postcode|country region|"
    r"country)$")
_LABELLED_PARTS = {"address": "street", "address 1": "street", "address line 1": "street",
                   "street address": "street",
                   "address 2": "extended", "address line 2": "extended",
                   "state province": "region", "state region": "region", "state": "region",
                   "province": "region", "zip postal code": "postal_code",
                   "zipcode": "postal_code", "zip code": "postal_code", "zip": "postal_code",
                   "postal code": "postal_code", "postcode": "postal_code",
                   "country region": "country"}
# Its kind as the address's label. A mailing address is the one address columns of their own
# give ("Mailing Street" beside "City" is one address); billing and shipping: no label.
_LABELLED_SLOTS = {"business": "work", "mailing": "line"}
# Roundcube and others: "Website Blog", "Website Home Page" (the label after the word).
_LABELLED_WEBSITE = re.compile(r"^website (blog|home page|home|work|other|profile)$")
_THUNDERBIRD_WEB_PAGE = re.compile(r"^web page (\d+)$")
_BIRTHDAY_PARTS = {"birth year": "year", "birth month": "month", "birth day": "day"}
# Our default profile's web addresses: "url_1", "url_1_kind", "url_1_label".
_NUMBERED_URL = re.compile(r"^url (\d+)( kind| label)?$")
# Outlook: "E-mail 2 Address", "E-mail Display Name", "Business Phone 2".
_OUTLOOK_EMAIL = re.compile(r"^e mail (\d+ )?address$")

# Outlook in French, Dutch and German names its columns in that language (Microsoft's own map
# of them, as Exchange reads Outlook's CSV files for fr-FR, nl-NL and de-DE; Roundcube's
# fr_FR and de_DE ones).
# Header -> (field, label, slot) as ColumnMap takes them; for an address, label is the part
# and slot the address (work, home, other). Those the synonyms and stems above already read
# ("Téléphone (bureau)", "Tél. mobile", "Mobiele telefoon", "Titre" ...) are not repeated.
_OUTLOOK_FR_ADDRESSES = (("bureau", "work"), ("domicile", "home"), ("autre", "other"))
# Dutch: the address's name, its slot, and the word its country column ends with.
_OUTLOOK_NL_ADDRESSES = (("Werkadres", "work", "werk"), ("Huisadres", "home", "thuis"),
                         ("Ander adres", "other", "anders"))
# German: the work and home addresses' parts end in "geschäftlich" and "privat"; the other
# address's are written whole (their grammar differs). Older Outlook writes "Land" and
# "Region" where newer ones write "Land/Region" and "Bundesland/Kanton".
_OUTLOOK_DE_PARTS = (("Straße {}", "street"), ("Straße {} 2", "extended"),
                     ("Straße {} 3", "extended"), ("Ort {}", "city"),
                     ("Postleitzahl {}", "postal_code"), ("Postfach {}", "po_box"),
                     ("Region {}", "region"), ("Bundesland/Kanton {}", "region"),
                     ("Land/Region {}", "country"), ("Land {}", "country"))
_OUTLOOK_DE_OTHER_ADDRESS = (
    ("Weitere Straße", "street"), ("Weitere Straße 2", "extended"),
    ("Weitere Straße 3", "extended"), ("Weiterer Ort", "city"),
    ("Weitere Postleitzahl", "postal_code"), ("Weiteres Postfach", "po_box"),
    ("Weiteres/r Bundesland/Kanton", "region"), ("Weitere Region", "region"),
    ("Weiteres/e Land/Region", "country"), ("Weiteres Land", "country"))
_OUTLOOK_LOCALISED_HEADERS: list[tuple[str, str, str | None, str | None]] = [
    *[(header, "address", part, slot) for word, slot in _OUTLOOK_FR_ADDRESSES
      for header, part in ((f"Rue ({word})", "street"), (f"Rue ({word}) 2", "extended"),
                           (f"Rue ({word}) 3", "extended"), (f"Ville ({word})", "city"),
                           (f"Dép/Région ({word})", "region"),
                           (f"Code postal ({word})", "postal_code"),
                           (f"Pays/Région ({word})", "country"), (f"Pays ({word})", "country"))],
    *[(pattern.format(word), "address", part, slot)
      for word, slot in (("geschäftlich", "work"), ("privat", "home"))
      for pattern, part in _OUTLOOK_DE_PARTS],
    *[(header, "address", part, "other") for header, part in _OUTLOOK_DE_OTHER_ADDRESS],
    ("B.P. professionnelle", "address", "po_box", "work"),
    ("Boîte postale du domicile", "address", "po_box", "home"),
    ("Autre boîte postale", "address", "po_box", "other"),
    *[(header, "address", part, slot) for word, slot, country in _OUTLOOK_NL_ADDRESSES
      for header, part in ((f"{word}, straat", "street"), (f"{word}, straat 2", "extended"),
                           (f"{word}, straat 3", "extended"), (f"{word} 2, straat", "extended"),
                           (f"{word} 3, straat", "extended"), (f"{word}, plaats", "city"),
                           (f"{word}, provincie", "region"), (f"{word}, postcode", "postal_code"),
                           (f"{word}, postbusnummer", "po_box"),
                           (f"Land/regio ({country})", "country"))],
    *[(header, "phone", label, None) for header, label in (
        ("Téléphone société", "work"), ("Téléphone principal", "work"),
        ("Télécopie (bureau)", "fax"), ("Télécopie (domicile)", "fax"),
        ("Télécopie (autre)", "fax"), ("Rappel", "other"), ("Radio téléphone", "other"),
        ("Récepteur de radiomessagerie", "other"), ("RNIS", "other"),
        ("Hoofdtelefoon bedrijf", "work"), ("Hoofdtelefoon", "work"), ("Fax op werk", "fax"),
        ("Fax thuis", "fax"), ("Andere telefoon", "other"), ("Andere fax", "fax"),
        ("Autotelefoon", "other"), ("Terugbellen", "other"), ("Radiotelefoon", "other"),
        ("ISDN", "other"), ("Teksttelefoon", "other"),
        ("Telefon Firma", "work"), ("Haupttelefon", "work"), ("Fax geschäftlich", "fax"),
        ("Fax privat", "fax"), ("Weiteres Fax", "fax"), ("Weiteres Telefon", "other"),
        ("Autotelefon", "other"), ("Rückmeldung", "other"), ("Telefon Assistent", "other"),
        ("Telefon für Hörbehinderte", "other"),
        # Microsoft's map calls it the radio phone; German Outlook shows it as a second mobile.
        ("Mobiltelefon 2", "mobile"))],
    *[(header, "email", None, None) for header in (
        "Adresse de messagerie", "Adresse de messagerie 2", "Adresse de messagerie 3",
        "E-mailadres 2", "E-mailadres 3", "E-Mail 2: Adresse", "E-Mail 3: Adresse")],
    # What Outlook says of an address (its type, the name shown with it): bookkeeping.
    *[(header, IGNORE, None, None) for header in (
        "Type de messagerie", "Type de messagerie 2", "Type de messagerie 3",
        "Nom complet de l'adresse de messagerie", "Nom complet de l'adresse de messagerie 2",
        "Nom complet de l'adresse de messagerie 3", "E-mailtype", "E-mailtype 2",
        "E-mailtype 3", "Weergavenaam voor e-mail", "E-mail, weergegeven naam 2",
        "E-mail, weergegeven naam 3", "E-Mail-Typ", "E-Mail 2: Typ", "E-Mail 3: Typ",
        "E-Mail: Angezeigter Name", "E-Mail 2: Angezeigter Name",
        "E-Mail 3: Angezeigter Name")],
    ("Deuxième prénom", "middle_name", None, None), ("Middelste naam", "middle_name", None, None),
    ("Suffixe", "name_suffix", None, None), ("Achtervoegsel", "name_suffix", None, None),
    # (French Outlook writes "Titre" twice, Mr./Ms. first: map_headers tells them apart.)
    ("Titel", "name_prefix", None, None),
    ("Page Web", "url", None, None), ("Webpagina", "url", None, None),
    ("Webseite", "url", None, None),
]
_OUTLOOK_LOCALISED = {header_key(header): ColumnMap(field, label, slot)
                      for header, field, label, slot in _OUTLOOK_LOCALISED_HEADERS}
# Outlook's own flags, not ours: its priority is Low/Normal/High, "Private" (Privé, Privat)
# says whether the contact is private. Kept in the notes unless a placeholder.
_OUTLOOK_NOT_OURS = {"priority", "priorite", "prioriteit", "prioritat", "private", "prive",
                     "privat"}

# Thunderbird names the columns of its CSV export in its own language too (its
# importMsgs.properties, fields 2100-2136). Dutch names its home address apart; French
# writes "Ville", "Pays/État" and "Code postal" twice, home then work (map_headers).
_THUNDERBIRD_LOCALISED_HEADERS: list[tuple[str, str, str | None, str | None]] = [
    ("Nom à afficher", "full_name", None, None), ("Weergavenaam", "full_name", None, None),
    ("Adresse e-mail principale", "email", None, None),
    ("Adresse e-mail secondaire", "email", None, None),
    ("Primair e-mailadres", "email", None, None), ("Secundair e-mailadres", "email", None, None),
    ("Tél. professionnel", "phone", "work", None), ("Tél. personnel", "phone", "home", None),
    ("Faxnummer", "phone", "fax", None),
    ("Piepernummer", "phone", "other", None), ("Mobiel nummer", "phone", "mobile", None),
    ("Adresse privée", "address", "street", "home"),
    ("Adresse privée 2", "address", "extended", "home"),
    ("Pays/Région (domicile)", "address", "country", "home"),
    ("Adresse professionnelle", "address", "street", "work"),
    ("Adresse professionnelle 2", "address", "extended", "work"),
    ("Pays/Région (bureau)", "address", "country", "work"),
    ("Adres", "address", "street", "home"), ("Adres 2", "address", "extended", "home"),
    ("Woonplaats", "address", "city", "home"), ("Provincie", "address", "region", "home"),
    ("Postcode", "address", "postal_code", "home"), ("Land", "address", "country", "home"),
    ("Werkadres", "address", "street", "work"), ("Werkadres 2", "address", "extended", "work"),
    ("Werklocatie", "address", "city", "work"), ("Werkprovincie", "address", "region", "work"),
    ("Werkpostcode", "address", "postal_code", "work"),
    ("Werkland", "address", "country", "work"),
    ("Profession", "job_title", None, None), ("Werkfunctie", "job_title", None, None),
    ("Site web 1", "url", None, "1"), ("Site web 2", "url", None, "2"),
    ("Webpagina 1", "url", None, "1"), ("Webpagina 2", "url", None, "2"),
    ("Année de naissance", "birthday", "year", None), ("Mois", "birthday", "month", None),
    ("Jour", "birthday", "day", None), ("Geboortejaar", "birthday", "year", None),
    ("Geboortemaand", "birthday", "month", None), ("Geboortedag", "birthday", "day", None),
    ("Aantekeningen", "notes", None, None),
    ("Primäre E-Mail-Adresse", "email", None, None),
    ("Sekundäre E-Mail-Adresse", "email", None, None),
    ("Fax-Nummer", "phone", "fax", None), ("Pager-Nummer", "phone", "other", None),
    ("Mobil-Tel.-Nr.", "phone", "mobile", None),
    *[(f"{word}: {header}", "address", part, slot)
      for word, slot in (("Privat", "home"), ("Dienstlich", "work"))
      for header, part in (("Adresse", "street"), ("Adresse 2", "extended"), ("Ort", "city"),
                           ("Bundesland", "region"), ("PLZ", "postal_code"),
                           ("Land", "country"))],
    ("Webseite 1", "url", None, "1"), ("Webseite 2", "url", None, "2"),
    # Its "Geburtstag" is the day of the month (with "Geburtsmonat" and "Geburtsjahr").
    ("Geburtsjahr", "birthday", "year", None), ("Geburtsmonat", "birthday", "month", None),
    ("Geburtstag", "birthday", "day", None),
]
_THUNDERBIRD_LOCALISED = {header_key(header): ColumnMap(field, label, slot)
                          for header, field, label, slot in _THUNDERBIRD_LOCALISED_HEADERS}
# French Thunderbird's home and work address parts of the same name (the first is home's).
_THUNDERBIRD_FR_PARTS = {"ville": "city", "pays etat": "region", "code postal": "postal_code"}
THUNDERBIRD_MARKERS = {"primary email", "secondary email", "screen name", "fax number",
                       "pager number", "mobile number", "adresse e mail principale",
                       "adresse e mail secondaire", "nom a afficher", "tel professionnel",
                       "adresse privee", "adresse professionnelle", "primair e mailadres",
                       "secundair e mailadres", "mobiel nummer", "werklocatie",
                       "werkpostcode", "primare e mail adresse", "sekundare e mail adresse",
                       "mobil tel nr", "privat adresse", "dienstlich adresse",
                       "messenger name"}

GOOGLE_MARKERS = {"given name", "family name", "e mail 1 value", "phone 1 value",
                  "organization name", "organization 1 name", "group membership", "labels",
                  "e mail 1 label", "e mail 1 type"}
# Outlook fills these in every row with a placeholder ("Gender: Unspecified", "Sensitivity:
# Normal", "Anniversary: 0/0/00"): such a cell says nothing; any other value is kept in the
# notes like every unmapped column.
OUTLOOK_PLACEHOLDERS = frozenset({"unspecified", "normal", "false", "0/0/00", "0/0/0000",
                                  "00/00/0000", "non spécifié", "normale", "faux",
                                  "niet opgegeven", "normaal", "onwaar", "nicht angegeben",
                                  "aus", "0.0.00"})
OUTLOOK_MARKERS = {"e mail address", "business phone", "mobile phone", "home phone",
                   "e mail display name", "categories", "business street",
                   # French and Dutch Outlook
                   "adresse de messagerie", "nom complet de l adresse de messagerie",
                   "tel mobile", "telephone bureau", "rue bureau", "e mailadres",
                   "weergavenaam voor e mail", "mobiele telefoon", "telefoon op werk",
                   "werkadres straat",
                   # German Outlook
                   "e mail angezeigter name", "strasse geschaftlich", "telefon geschaftlich",
                   "e mail 2 adresse", "postleitzahl geschaftlich"}


# Yahoo Mail's export names its phone columns "Home", "Work", "Other" and "Yahoo Phone".
YAHOO_MARKERS = {"yahoo phone", "messenger id", "distribution lists", "alternate email 1"}
_YAHOO_PHONES = {"home": "home", "work": "work", "other": "other", "yahoo phone": "other"}


def file_dialect(headers: Sequence[str]) -> str:
    """``google``, ``outlook``, ``thunderbird``, ``yahoo`` or ``generic``: who made the file,
    judged by its headers."""
    keys = {header_key(h) for h in headers}
    if len(keys & GOOGLE_MARKERS) >= 2:
        return "google"
    if len(keys & OUTLOOK_MARKERS) >= 2:
        return "outlook"
    if len(keys & THUNDERBIRD_MARKERS) >= 2:
        return "thunderbird"
    if len(keys & YAHOO_MARKERS) >= 2:
        return "yahoo"
    return "generic"


def map_header(header: str, dialect: str = "generic") -> ColumnMap | None:
    """The field a header fills, or None when it means nothing to us."""
    key = header_key(header)
    if not key:
        return None
    if dialect == "thunderbird" and key in _THUNDERBIRD_LOCALISED:
        return _THUNDERBIRD_LOCALISED[key]
    if dialect == "yahoo" and key in _YAHOO_PHONES:
        return ColumnMap("phone", _YAHOO_PHONES[key])
    if dialect == "outlook":
        # Outlook's "Title" is Mr./Ms. (its job title is "Job Title"); the others are
        # Outlook's bookkeeping ("Sensitivity: Normal", "Gender: Unspecified" ...).
        if key in _OUTLOOK_LOCALISED:
            return _OUTLOOK_LOCALISED[key]
        if key in _OUTLOOK_NOT_OURS:
            return None
        if _OUTLOOK_EMAIL.match(key):
            return ColumnMap("email")
        if key == "title":  # Outlook's Mr./Dr. (its job title is "Job Title")
            return ColumnMap("name_prefix")
        if key == "web page":
            return ColumnMap("url")
        if key == "personal web page":  # Outlook.com's export
            return ColumnMap("url", "home")
        address = _OUTLOOK_ADDRESS.match(key)
        if address:
            slot, part = address.groups()
            return ColumnMap("address", _ADDRESS_PARTS.get(part, part),
                             _OUTLOOK_ADDRESS_LABELS[slot])
        if key in ("e mail display name", "e mail 2 display name", "e mail 3 display name",
                   "e mail type", "e mail 2 type", "e mail 3 type"):
            return ColumnMap(IGNORE)
    address = _LABELLED_ADDRESS.match(key)
    if address:
        slot, part = address.groups()
        return ColumnMap("address", _LABELLED_PARTS.get(part, part),
                         _LABELLED_SLOTS.get(slot, slot))
    website = _LABELLED_WEBSITE.match(key)
    if website:
        return ColumnMap("url", {"home page": "home"}.get(website.group(1),
                                                        website.group(1)))
    web_page = _THUNDERBIRD_WEB_PAGE.match(key)
    if web_page:
        return ColumnMap("url", slot=web_page.group(1))
    if key == "personal website":
        return ColumnMap("url", "home")
    if key == "blog":
        return ColumnMap("url", "blog")
    if key in _BIRTHDAY_PARTS:
        # A birthday in three columns: put together by the reader (label: the part).
        return ColumnMap("birthday", _BIRTHDAY_PARTS[key])
    numbered = _GOOGLE_NUMBERED.match(key)
    if numbered:
        kind, slot, part = numbered.groups()
        if kind == "e mail":
            return ColumnMap("email", slot=slot) if part == "value" else \
                ColumnMap(EMAIL_LABEL, slot=slot)
        if kind == "phone":
            return ColumnMap("phone", slot=slot) if part == "value" else \
                ColumnMap(PHONE_LABEL, slot=slot)
        if kind == "organization":
            # The first organization is the company; its department and any other
            # organization are kept in the notes.
            return {"name": ColumnMap("company"), "title": ColumnMap("job_title")}.get(
                part) if slot == "1" else None
        if kind == "website":
            return ColumnMap("url", slot=slot) if part == "value" else \
                ColumnMap(URL_LABEL, slot=slot) if part in ("label", "type") else \
                ColumnMap(IGNORE)
        return ColumnMap(IGNORE)
    address = _NUMBERED_ADDRESS.match(key)
    if address:
        slot, part = address.groups()
        return ColumnMap("address", _ADDRESS_PARTS.get(part, part), slot)
    url = _NUMBERED_URL.match(key)
    if url:
        slot, part = url.groups()
        return ColumnMap("url", slot=slot) if not part else \
            ColumnMap(URL_KIND if part == " kind" else URL_LABEL, slot=slot)
    found = _LOOKUP.get(key)
    if found is not None:
        return found
    # "Phone 2", "Email 3", "Téléphone (bureau)": a known stem followed by a number or label.
    for stem, field in (("e mail", "email"), ("email", "email"), ("phone", "phone"),
                        ("telephone", "phone"), ("telefoon", "phone"), ("telefon", "phone"),
                        ("tel", "phone"),
                        ("courriel", "email"), ("mail", "email")):
        if key.startswith(stem + " "):
            rest = key[len(stem) + 1:]
            label = None if rest.isdigit() else _label_word(rest)
            return ColumnMap(field, label)
    return None


def _label_word(text: str) -> str | None:
    for word, label in (("mobile", "mobile"), ("cell", "mobile"), ("gsm", "mobile"),
                        ("portable", "mobile"), ("mobiel", "mobile"), ("mobil", "mobile"),
                        ("work", "work"), ("bureau", "work"), ("business", "work"),
                        ("werk", "work"), ("geschaftlich", "work"), ("dienstlich", "work"),
                        ("home", "home"), ("domicile", "home"), ("thuis", "home"),
                        ("prive", "home"), ("privat", "home"), ("fax", "fax")):
        if word in text.split():
            return label
    return "other"


def map_headers(headers: Sequence[str]) -> tuple[str, list[ColumnMap | None]]:
    """The dialect of the file and, per column, the field it fills (None: unmapped)."""
    dialect = file_dialect(headers)
    mapping = [map_header(h, dialect) for h in headers]
    keys = [header_key(h) for h in headers]
    if dialect == "thunderbird" and "adresse privee" in keys:
        home_from = keys.index("adresse privee")
        work_from = keys.index("adresse professionnelle") if "adresse professionnelle" in keys \
            else len(keys)
        for i, key in enumerate(keys):
            if key in _THUNDERBIRD_FR_PARTS and i > home_from:
                mapping[i] = ColumnMap("address", _THUNDERBIRD_FR_PARTS[key],
                                       "work" if i > work_from else "home")
    if any(t is not None and t.field == "address" and t.slot == "line" for t in mapping):
        for i, key in enumerate(keys):
            if key in _PLAIN_CITY:
                mapping[i] = ColumnMap("address", "city", "line")
    if dialect == "outlook" and "prenom" in keys:
        # French Outlook's first "Titre", before the first name, is Mr./Ms.
        for i in range(keys.index("prenom")):
            if keys[i] == "titre":
                mapping[i] = ColumnMap("name_prefix")
    # A column mapped twice to a single-valued field keeps the first; later ones are unmapped
    # (two "Name" columns must not overwrite each other silently).
    seen: set[str] = set()
    for i, target in enumerate(mapping):
        if target is None or target.field in MULTI_FIELDS or target.field == IGNORE or \
                target.field in LABEL_FIELDS or (target.field == "birthday" and target.label):
            continue
        if target.field in seen:
            mapping[i] = None
        seen.add(target.field)
    return dialect, mapping


def names_a_field(headers: Sequence[str]) -> bool:
    """Whether a row may be a file's header: one of its cells names a field (a label column
    alone, "Phone 1 - Label", does not)."""
    _dialect, mapping = map_headers(headers)
    return any(m is not None and m.field != IGNORE and m.field not in LABEL_FIELDS
               for m in mapping)


def google_label(raw: str) -> str | None:
    """Google's "* Work" / "Mobile" / "_$!<Work>!$_" label as ours (work, mobile ...)."""
    text = raw.strip().lstrip("*").strip()
    text = re.sub(r"^_\$!<(.*)>!\$_$", r"\1", text).strip().lower()
    if not text:
        return None
    return {"cell": "mobile", "iphone": "mobile", "main": "work", "business": "work",
            "work fax": "fax", "home fax": "fax", "personal": "home",
            "home page": "homepage"}.get(text, text)
