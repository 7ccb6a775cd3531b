<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>opening…</source>
        <translation>wordt geopend…</translation>
    </message>
    <message>
        <source>not encrypted (File ▸ Encrypt Database… encrypts it)</source>
        <translation>niet versleuteld (Bestand ▸ Database versleutelen… versleutelt ze)</translation>
    </message>
    <message>
        <source>encrypted; the key is kept by the system&apos;s password store</source>
        <translation>versleuteld; de sleutel wordt bewaard door de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>encrypted with a passphrase</source>
        <translation>versleuteld met een wachtzin</translation>
    </message>
    <message>
        <source>About Mission CRM</source>
        <translation>Over Mission CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mission CRM {version}&lt;/h3&gt;&lt;p&gt;Contacts and follow-ups for the members of a trade delegation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mission CRM {version}&lt;/h3&gt;&lt;p&gt;Contacten en opvolgingen voor de leden van een handelsdelegatie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database: {where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Database: {where}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Encryption: {state}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versleuteling: {state}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Made with Qt and PySide6 (Qt for Python), used under the GNU LGPL v3, and the open-source packages listed under Licences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gemaakt met Qt en PySide6 (Qt for Python), gebruikt onder de GNU LGPL v3, en met de opensourcepakketten die onder Licenties staan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licenties…</translation>
    </message>
</context>
<context>
    <name>AddressList</name>
    <message>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <source>home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Adres toevoegen</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Suite, building</source>
        <translation>Bus, gebouw</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Postbus</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>State, province</source>
        <translation>Staat, provincie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Dit adres verwijderen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
    <message>
        <source>{file}: {problem} (no passphrase given)</source>
        <translation>{file}: {problem} (geen wachtzin opgegeven)</translation>
    </message>
    <message>
        <source>Mission CRM</source>
        <translation>Mission CRM</translation>
    </message>
    <message>
        <source>Cannot open the database:
{error}</source>
        <translation>De database kan niet worden geopend:
{error}</translation>
    </message>
</context>
<context>
    <name>BackupSettingsTab</name>
    <message>
        <source>Automatic backups to &amp;keep:</source>
        <translation>Aantal automatische back-ups &amp;bewaren:</translation>
    </message>
    <message>
        <source>The database is copied before every schema change and at the first opening of each day; older copies beyond this number are deleted.</source>
        <translation>De database wordt gekopieerd vóór elke schemawijziging en de eerste keer dat ze elke dag wordt geopend; oudere kopieën boven dit aantal worden verwijderd.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Map: {folder}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>year not known</source>
        <translation>jaar onbekend</translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation>Geen verjaardag</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Scannen met de camera</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>De camera wordt gestart…</translation>
    </message>
    <message>
        <source>Hold the badge&apos;s QR code in front of the camera.</source>
        <translation>Houd de QR-code van de badge voor de camera.</translation>
    </message>
    <message>
        <source>Scan a picture file instead, or type the details.</source>
        <translation>Scan in plaats daarvan een fotobestand, of typ de gegevens.</translation>
    </message>
    <message>
        <source>The camera stopped: {error}</source>
        <translation>De camera is gestopt: {error}</translation>
    </message>
    <message>
        <source>No picture from the camera: another app may be using it.</source>
        <translation>Geen beeld van de camera: misschien gebruikt een andere app hem.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{title} (no data yet)</source>
        <translation>{title} (nog geen gegevens)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Follow-ups by week due</source>
        <translation>Opvolgingen per week van vervaldatum</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week van</translation>
    </message>
    <message>
        <source>Contacts met per session</source>
        <translation>Ontmoete contacten per sessie</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>Contacts per company kind</source>
        <translation>Contacten per sector</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Contacts per country</source>
        <translation>Contacten per land</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Search companies: name, kind, city (Ctrl+F)</source>
        <translation>Bedrijven zoeken: naam, sector, stad (Ctrl+F)</translation>
    </message>
    <message>
        <source>No companies match “{query}”.</source>
        <translation>Geen bedrijven gevonden voor “{query}”.</translation>
    </message>
    <message>
        <source>No companies yet — they are created as you log people (Ctrl+N) or with Edit ▸ New…</source>
        <translation>Nog geen bedrijven — ze worden aangemaakt wanneer u personen invoert (Ctrl+N) of via Bewerken ▸ Nieuw…</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n bedrijf</numerusform>
            <numerusform>%n bedrijven</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Labels: {tags}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Nobody from this company yet.</source>
        <translation>Nog niemand van dit bedrijf.</translation>
    </message>
    <message>
        <source>this company</source>
        <translation>dit bedrijf</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Bedrijf</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <source>Edit company</source>
        <translation>Bedrijf bewerken</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <source>pharma, biotech, CDMO, agency …</source>
        <translation>farma, biotech, CDMO, agentschap …</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>S&amp;tad:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>two letters: US, BE …</source>
        <translation>twee letters: US, BE …</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>La&amp;bels:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisatieconflicten</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <source>Restore the version that lost</source>
        <translation>Verloren versie terugzetten</translation>
    </message>
    <message>
        <source>No conflicts: every copy agreed.</source>
        <translation>Geen conflicten: alle kopieën kwamen overeen.</translation>
    </message>
    <message>
        <source>edited on two copies; the newer edit was kept</source>
        <translation>bewerkt op twee kopieën; de nieuwste wijziging is behouden</translation>
    </message>
    <message>
        <source>set aside, the server would refuse it: {why}</source>
        <translation>apart gezet, de server zou het weigeren: {why}</translation>
    </message>
    <message>
        <source>deleted on one copy while edited on another; the deletion was kept</source>
        <translation>verwijderd op de ene kopie en bewerkt op een andere; de verwijdering is behouden</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation>Contact bewerken</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Familienaam:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>Fun&amp;ctie:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>several: separate with commas</source>
        <translation>meerdere: gescheiden door komma’s</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefoonnummers:</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn:</source>
        <translation>Lin&amp;kedIn:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>two letters: US, BE …</source>
        <translation>twee letters: US, BE …</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>en, fr, nl …</source>
        <translation>en, fr, nl …</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Label&amp;s:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>&amp;Prioriteit:</translation>
    </message>
    <message>
        <source>Lawful &amp;basis:</source>
        <translation>&amp;Rechtsgrond:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(niet vastgelegd)</translation>
    </message>
    <message>
        <source>… since:</source>
        <translation>… sinds:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>More: name, birthday, addresses, web</source>
        <translation>Meer: naam, verjaardag, adressen, web</translation>
    </message>
    <message>
        <source>Title (Dr., Prof.):</source>
        <translation>Titel (Dr., Prof.):</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>T&amp;weede voornaam:</translation>
    </message>
    <message>
        <source>Suffi&amp;x (Jr., PhD):</source>
        <translation>Ac&amp;htervoegsel (Jr., PhD):</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>Roep&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Verjaar&amp;dag:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation>Web:</translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <source>with the country code: +1 617 555 0100</source>
        <translation>met het landnummer: +1 617 555 0100</translation>
    </message>
    <message>
        <source>e.g. {example} — read as {region}</source>
        <translation>bv. {example} — regio {region}</translation>
    </message>
    <message>
        <source>A number without + is read in {region}; with + and a country code, anywhere.</source>
        <translation>Een nummer zonder + wordt gelezen als een nummer uit {region}; met + en een landnummer kan het uit elk land komen.</translation>
    </message>
    <message>
        <source>Phone not checked</source>
        <translation>Telefoonnummer niet gecontroleerd</translation>
    </message>
    <message>
        <source>{problem}.

Keep it exactly as written, marked “not checked”? You can correct it later in the editor.</source>
        <translation>{problem}.

Wilt u het nummer precies zo bewaren als het geschreven is, gemarkeerd als “niet gecontroleerd”? U kunt het later in het bewerkvenster verbeteren.</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Choose a contact</source>
        <translation>Contact kiezen</translation>
    </message>
    <message>
        <source>Name, company or email</source>
        <translation>Naam, bedrijf of e-mail</translation>
    </message>
    <message>
        <source>&amp;Who is it about?</source>
        <translation>&amp;Over wie gaat het?</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Gevonden contacten</translation>
    </message>
    <message>
        <source>There are no contacts yet. A follow-up is about someone: log them first with quick capture (Ctrl+N).</source>
        <translation>Er zijn nog geen contacten. Een opvolging gaat altijd over iemand: voer die persoon eerst in met snelle invoer (Ctrl+N).</translation>
    </message>
    <message>
        <source>No contact matches “{query}”.</source>
        <translation>Geen contact gevonden voor “{query}”.</translation>
    </message>
    <message>
        <source>The first {shown} of {total}: type more to narrow.</source>
        <translation>De eerste {shown} van {total}: typ verder om te verfijnen.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>People imported or captured with an email or a phone but no name: open one and add the name</source>
        <translation>Personen die met een e-mailadres of telefoonnummer maar zonder naam zijn geïmporteerd of ingevoerd: open er een en vul de naam aan</translation>
    </message>
    <message>
        <source>Search contacts: name, company, email, phone (Ctrl+F)</source>
        <translation>Zoeken: naam, bedrijf, e-mail, telefoon (Ctrl+F)</translation>
    </message>
    <message>
        <source>No contacts match “{query}”.</source>
        <translation>Geen contacten gevonden voor “{query}”.</translation>
    </message>
    <message>
        <source>No contacts yet — press Ctrl+N to log the first person you meet.</source>
        <translation>Nog geen contacten — druk op Ctrl+N om de eerste persoon in te voeren die u ontmoet.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without a name (%n)</source>
        <translation>
            <numerusform>Zonder naam (%n)</numerusform>
            <numerusform>Zonder naam (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Opvolging toevoegen</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Interactie noteren</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Kept without a name: Edit to add one.</source>
        <translation>Bewaard zonder naam: kies Bewerken om een naam toe te voegen.</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} bij {company}</translation>
    </message>
    <message>
        <source>LinkedIn: {profile}</source>
        <translation>LinkedIn: {profile}</translation>
    </message>
    <message>
        <source>Birthday: {day}</source>
        <translation>Verjaardag: {day}</translation>
    </message>
    <message>
        <source>Country: {code}</source>
        <translation>Land: {code}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Labels: {tags}</translation>
    </message>
    <message>
        <source>Logged by {owner}</source>
        <translation>Ingevoerd door {owner}</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Visitekaartje</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Ontmoet op</translation>
    </message>
    <message>
        <source>Met at a session…</source>
        <translation>Ontmoet op een sessie…</translation>
    </message>
    <message>
        <source>Not linked to a session.</source>
        <translation>Niet gekoppeld aan een sessie.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgehandeld</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>vervalt op {date}</translation>
    </message>
    <message>
        <source>No follow-ups.</source>
        <translation>Geen opvolgingen.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacties</translation>
    </message>
    <message>
        <source>No interactions yet.</source>
        <translation>Nog geen interacties.</translation>
    </message>
    <message>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <source>home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>{number} ext. {extension}</source>
        <translation>{number} toestel {extension}</translation>
    </message>
    <message>
        <source>⚠ not checked</source>
        <translation>⚠ niet gecontroleerd</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>dit contact</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vandaag te doen</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Deze week te doen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>stand op {date}</translation>
    </message>
</context>
<context>
    <name>DraftEmailDialog</name>
    <message>
        <source>Draft email</source>
        <translation>E-mail opstellen</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>In e-&amp;mailprogramma openen</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Opslaan als .&amp;eml…</translation>
    </message>
    <message>
        <source>Templates are edited in Settings → Email templates. The email is recorded in the contact&apos;s history.</source>
        <translation>Sjablonen bewerkt u in Instellingen → E-mailsjablonen. De e-mail wordt vastgelegd in de geschiedenis van het contact.</translation>
    </message>
    <message>
        <source>{name} (no email address on file: add it in your mail app)</source>
        <translation>{name} (geen e-mailadres bekend: voeg het toe in uw e-mailprogramma)</translation>
    </message>
    <message>
        <source>No mail app opened the draft. Save it as an .eml file instead.</source>
        <translation>Geen enkel e-mailprogramma heeft het concept geopend. Sla het in plaats daarvan op als .eml-bestand.</translation>
    </message>
    <message>
        <source>Save the email</source>
        <translation>E-mail opslaan</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>E-mailbericht (*.eml)</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>&amp;Open that one instead</source>
        <translation>&amp;Bestaande openen</translation>
    </message>
    <message>
        <source>Looks like {who}</source>
        <translation>Lijkt op {who}</translation>
    </message>
    <message numerus="yes">
        <source> — and %n other(s)</source>
        <translation>
            <numerusform> — en %n andere</numerusform>
            <numerusform> — en %n andere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Duplicaten zoeken…</translation>
    </message>
    <message>
        <source>Undo last &amp;merge…</source>
        <translation>Laatste &amp;samenvoeging ongedaan maken…</translation>
    </message>
    <message>
        <source>Merged {summary}.</source>
        <translation>Samengevoegd: {summary}.</translation>
    </message>
    <message>
        <source>Merge undone: {summary}.</source>
        <translation>Samenvoeging ongedaan gemaakt: {summary}.</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Laatste samenvoeging ongedaan maken</translation>
    </message>
    <message>
        <source>There is no merge to undo.</source>
        <translation>Er is geen samenvoeging om ongedaan te maken.</translation>
    </message>
    <message>
        <source>Undo the merge of {summary}? Both records come back as they were.</source>
        <translation>De samenvoeging van {summary} ongedaan maken? Beide records komen terug zoals ze waren.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Duplicaten zoeken</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Op zoek naar duplicaten…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke duplicaten</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Lijkt op</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Samenvoegen…</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>Opnieuw &amp;zoeken</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>company</source>
        <translation>bedrijf</translation>
    </message>
    <message>
        <source>Scan stopped. Nothing is merged until you choose.</source>
        <translation>Zoeken gestopt. Er wordt niets samengevoegd tot u kiest.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be duplicates. Nothing is merged until you choose.</source>
        <translation>
            <numerusform>%n paar dat een duplicaat kan zijn. Er wordt niets samengevoegd tot u kiest.</numerusform>
            <numerusform>%n paren die duplicaten kunnen zijn. Er wordt niets samengevoegd tot u kiest.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Geen duplicaten gevonden.</translation>
    </message>
</context>
<context>
    <name>EmailTemplatesTab</name>
    <message>
        <source>Restore the default text</source>
        <translation>Standaardtekst terugzetten</translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}. {{your_name}} is your name from the General tab.</source>
        <translation>Plaatshouders: {placeholders}. {{your_name}} is uw naam uit het tabblad Algemeen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>E-mailsjablonen</translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Met at a session</source>
        <translation>Ontmoet op een sessie</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sessie:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>e.g. wants CAR-T capacity in EU</source>
        <translation>bv. zoekt CAR-T-capaciteit in de EU</translation>
    </message>
    <message>
        <source>There is no session yet: add one on the Sessions page.</source>
        <translation>Er is nog geen sessie: voeg er een toe op de pagina Sessies.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>CSV (spreadsheet, other CRMs)</source>
        <translation>CSV (rekenblad, andere CRM’s)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-werkmap (XLSX)</translation>
    </message>
    <message>
        <source>vCard (phones, Outlook, Google)</source>
        <translation>vCard (telefoons, Outlook, Google)</translation>
    </message>
    <message>
        <source>Calendar of open follow-ups (ICS)</source>
        <translation>Agenda van open opvolgingen (ICS)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Every field (default)</source>
        <translation>Alle velden (standaard)</translation>
    </message>
    <message>
        <source>Excel, Belgian locale (semicolons)</source>
        <translation>Excel, Belgische landinstelling (puntkomma’s)</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacten</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Lead report for the trade agencies</source>
        <translation>Leadrapport voor de handelsagentschappen</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profiel:</translation>
    </message>
    <message>
        <source>vCard {version}</source>
        <translation>vCard {version}</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation>Alle open opvolgingen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vandaag te doen</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Binnen 7 dagen te doen</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>Opvolgingen:</translation>
    </message>
    <message numerus="yes">
        <source>All %n contact(s)</source>
        <translation>
            <numerusform>Alle contacten (%n)</numerusform>
            <numerusform>Alle %n contacten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n contact(s) the list shows</source>
        <translation>
            <numerusform>Alleen het contact in de lijst</numerusform>
            <numerusform>Alleen de %n contacten in de lijst</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>One card per contact, with every email, phone and tag.</source>
        <translation>Eén kaart per contact, met alle e-mailadressen, telefoonnummers en labels.</translation>
    </message>
    <message>
        <source>One all-day event per open follow-up, on the day it is due; Outlook and Google Calendar import it.</source>
        <translation>Eén activiteit van een hele dag per open opvolging, op de vervaldatum; Outlook en Google Agenda kunnen ze importeren.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Exported {rows} to {path}. Not in the file:</source>
        <translation>Geëxporteerd naar {path} (rijen: {rows}). Niet in het bestand:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Nothing was written: {why}</source>
        <translation>Er is niets weggeschreven: {why}</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Opvolging bewerken</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nieuwe opvolging</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Over:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Taak:</translation>
    </message>
    <message>
        <source>e.g. send the deck</source>
        <translation>bv. de presentatie sturen</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vervaldatum:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioriteit:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <source>Save the mission report</source>
        <translation>Missierapport opslaan</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the mission report to {path}</source>
        <translation>Missierapport opgeslagen in {path}</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Het rapport wordt voorbereid…</translation>
    </message>
    <message>
        <source>Select a contact or a follow-up first.</source>
        <translation>Selecteer eerst een contact of een opvolging.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Mission &amp;report (PDF)…</source>
        <translation>Missie&amp;rapport (PDF)…</translation>
    </message>
    <message>
        <source>Draft &amp;email…</source>
        <translation>E-mail &amp;opstellen…</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Hoogste</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>… and {n} more: narrow the list with the search or the filters.</source>
        <translation>… en nog {n}: verfijn de lijst met de zoekopdracht of de filters.</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sessie:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>L&amp;abel:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>Be&amp;drijf:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwoordelijke:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;afgehandeld markeren</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Uitstellen</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Tot morgen</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>3 dagen</translation>
    </message>
    <message>
        <source>Until next Monday</source>
        <translation>Tot volgende maandag</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Tot een datum…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioriteit</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Draft &amp;email…</source>
        <translation>E-mail &amp;opstellen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Open &amp;contact</source>
        <translation>&amp;Contact openen</translation>
    </message>
    <message>
        <source>Search follow-ups: task, contact, company (Ctrl+F)</source>
        <translation>Opvolgingen zoeken: taak, contact, bedrijf (Ctrl+F)</translation>
    </message>
    <message>
        <source>New follow-up: who with?</source>
        <translation>Nieuwe opvolging: met wie?</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle sessies</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Alle bedrijven</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n opvolging</numerusform>
            <numerusform>%n opvolgingen</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} (snoozed)</source>
        <translation>{date} (uitgesteld)</translation>
    </message>
    <message>
        <source>{date} (cancelled)</source>
        <translation>{date} (geannuleerd)</translation>
    </message>
    <message>
        <source>No follow-ups match the search or the filters.</source>
        <translation>Geen opvolgingen gevonden met deze zoekopdracht of filters.</translation>
    </message>
    <message>
        <source>No follow-ups yet. Add one from a contact (&quot;Add follow-up&quot;), or when you log someone with quick capture.</source>
        <translation>Nog geen opvolgingen. Voeg er een toe vanuit een contact (“Opvolging toevoegen”), of wanneer u iemand invoert met snelle invoer.</translation>
    </message>
    <message>
        <source>Select a follow-up first</source>
        <translation>Selecteer eerst een opvolging</translation>
    </message>
    <message>
        <source>Only an open follow-up can be done, snoozed or rescheduled</source>
        <translation>Alleen een open opvolging kan worden afgehandeld, uitgesteld of verplaatst</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Afgehandeld: {title}</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Uitstellen tot</translation>
    </message>
    <message>
        <source>Snoozed until {date}: {title}</source>
        <translation>Uitgesteld tot {date}: {title}</translation>
    </message>
    <message>
        <source>Reschedule: new due date</source>
        <translation>Verplaatsen: nieuwe vervaldatum</translation>
    </message>
    <message>
        <source>Due {date}: {title}</source>
        <translation>Vervalt op {date}: {title}</translation>
    </message>
    <message>
        <source>Priority changed: {title}</source>
        <translation>Prioriteit gewijzigd: {title}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Hoogste</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>‘{value}’ is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>JJJJ-MM-DD UU:MM</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>‘{value}’ is geen datum met tijd (JJJJ-MM-DD UU:MM)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>e.g. Léa Martin</source>
        <translation>bv. Lotte Peeters</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Standaardlocatie</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>Recorded as the owner of the people and follow-ups you create.</source>
        <translation>Wordt vastgelegd als verantwoordelijke van de personen en opvolgingen die u aanmaakt.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language is used from the next start; the app offers to restart.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start; de app biedt aan om opnieuw te starten.</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>&amp;Regio voor telefoonnummers:</translation>
    </message>
    <message>
        <source>Two-letter country code used for numbers typed without +, e.g. BE or US.</source>
        <translation>Landcode van twee letters voor nummers die zonder + worden ingevoerd, bv. BE of US.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>In use now: {current}. A new location takes effect when you restart the app.</source>
        <translation>Nu in gebruik: {current}. Een nieuwe locatie geldt zodra u de app opnieuw start.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Weergave:</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Locatie van de database</translation>
    </message>
    <message>
        <source>Mission CRM database (*.db);;All files (*)</source>
        <translation>Mission CRM-database (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Default phone region: a two-letter country code (BE, US …).</source>
        <translation>Regio voor telefoonnummers: een landcode van twee letters (BE, US …).</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Contacten i&amp;mporteren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Re&amp;vert last import…</source>
        <translation>Laatste import &amp;terugdraaien…</translation>
    </message>
    <message>
        <source>Imported {file}: {counts}.</source>
        <translation>{file} geïmporteerd: {counts}.</translation>
    </message>
    <message>
        <source>Exported {rows} to {path}.</source>
        <translation>Geëxporteerd naar {path} (rijen: {rows}).</translation>
    </message>
    <message>
        <source>Revert last import</source>
        <translation>Laatste import terugdraaien</translation>
    </message>
    <message>
        <source>There is no import to revert.</source>
        <translation>Er is geen import om terug te draaien.</translation>
    </message>
    <message numerus="yes">
        <source>Revert the import of {file} ({when})? The %n contact(s) it created are removed and the {updated} it updated are restored.</source>
        <translation>
            <numerusform>De import van {file} ({when}) terugdraaien? Het contact dat daarbij is aangemaakt, wordt verwijderd en de {updated} bijgewerkte contacten krijgen hun vorige gegevens terug.</numerusform>
            <numerusform>De import van {file} ({when}) terugdraaien? De %n contacten die daarbij zijn aangemaakt, worden verwijderd en de {updated} bijgewerkte contacten krijgen hun vorige gegevens terug.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <source>Google, Outlook, Excel or phone export</source>
        <translation>Export uit Google, Outlook, Excel of een telefoon</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Record everyone imported as met at this session</source>
        <translation>Iedereen die u importeert, vastleggen als ontmoet op deze sessie</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Met at:</source>
        <translation>&amp;Ontmoet op:</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows.</source>
        <translation>Kies een bestand om de eerste rijen te zien.</translation>
    </message>
    <message>
        <source>What each column imports as</source>
        <translation>Hoe elke kolom wordt geïmporteerd</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Eerste rijen van het bestand</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gevonden problemen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>See what the import would do, without writing</source>
        <translation>Bekijken wat de import zou doen, zonder iets weg te schrijven</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Drop a file here, or choose one</source>
        <translation>Sleep een bestand hierheen, of kies er een</translation>
    </message>
    <message>
        <source>Mission CRM reads {formats}: exports from Google Contacts, Outlook, Excel, a phone&apos;s address book or LinkedIn.
You see the first rows and how each column maps before anything is imported.</source>
        <translation>Mission CRM leest {formats}: exports uit Google Contacten, Outlook, Excel, het adresboek van een telefoon of LinkedIn.
U ziet de eerste rijen en hoe elke kolom wordt gekoppeld voordat er iets wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>Choose &amp;a file…</source>
        <translation>&amp;Een bestand kiezen…</translation>
    </message>
    <message>
        <source>Contacts ({patterns});;All files (*)</source>
        <translation>Contacten ({patterns});;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported: {why}</source>
        <translation>Dit bestand kan niet worden geïmporteerd: {why}</translation>
    </message>
    <message>
        <source>Press Check to see what the import would do, row by row; nothing is written until you press Import.</source>
        <translation>Druk op Controleren om rij per rij te zien wat de import zou doen; er wordt niets weggeschreven tot u op Importeren drukt.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact row(s) in {kind}.</source>
        <translation>
            <numerusform>%n contactrij in {kind}.</numerusform>
            <numerusform>%n contactrijen in {kind}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &quot;Imports as&quot; where a column is not recognised; columns left as &quot;(keep in notes)&quot; are added to the notes.</source>
        <translation>Wijzig “Importeren als” waar een kolom niet herkend is; kolommen die op “(in notities bewaren)” blijven staan, worden aan de notities toegevoegd.</translation>
    </message>
    <message>
        <source>(keep in notes)</source>
        <translation>(in notities bewaren)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(negeren)</translation>
    </message>
    <message>
        <source>(label of another column)</source>
        <translation>(label van een andere kolom)</translation>
    </message>
    <message>
        <source>Mapping changed: press Check to see the result.</source>
        <translation>Koppeling gewijzigd: druk op Controleren om het resultaat te zien.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Het bestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>Check: {counts}. Nothing has been written yet.</source>
        <translation>Controle: {counts}. Er is nog niets weggeschreven.</translation>
    </message>
    <message>
        <source>Imported: {counts}.</source>
        <translation>Geïmporteerd: {counts}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n aan te maken</numerusform>
            <numerusform>%n aan te maken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n bij te werken</numerusform>
            <numerusform>%n bij te werken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n over te slaan</numerusform>
            <numerusform>%n over te slaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n aangemaakt</numerusform>
            <numerusform>%n aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n bijgewerkt</numerusform>
            <numerusform>%n bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {why}</source>
        <translation>Er is niets geïmporteerd: {why}</translation>
    </message>
    <message>
        <source>Kept in notes: {columns}.</source>
        <translation>Bewaard in de notities: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n without a name, listed as “(no name)” to complete.</source>
        <translation>
            <numerusform>%n zonder naam, vermeld als “(geen naam)” om aan te vullen.</numerusform>
            <numerusform>%n zonder naam, vermeld als “(geen naam)” om aan te vullen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) valid in no region kept as written, marked “not checked”.</source>
        <translation>
            <numerusform>%n telefoonnummer dat in geen enkele regio geldig is, bewaard zoals geschreven, gemarkeerd als “niet gecontroleerd”.</numerusform>
            <numerusform>%n telefoonnummers die in geen enkele regio geldig zijn, bewaard zoals geschreven, gemarkeerd als “niet gecontroleerd”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionEditor</name>
    <message>
        <source>Edit interaction</source>
        <translation>Interactie bewerken</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Een interactie noteren</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Met:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Vergadering</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Samenvatting:</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>Beschrijf in een paar woorden wat er gebeurd is.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <source>Through the menus</source>
        <translation>Via de menu’s</translation>
    </message>
    <message>
        <source>Type an action or a key, e.g. export or Ctrl</source>
        <translation>Typ een actie of een toets, bv. exporteren of Ctrl</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>In lists: Enter opens the selected row, Delete moves it to the trash; on the Follow-ups page Space marks it done. In quick capture, Ctrl+Enter saves and starts the next person.</source>
        <translation>In lijsten: Enter opent de geselecteerde rij en Delete verplaatst ze naar de prullenbak; op de pagina Opvolgingen markeert de spatiebalk de opvolging als afgehandeld. In snelle invoer slaat Ctrl+Enter op en begint u aan de volgende persoon.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mission CRM</source>
        <translation>Mission CRM</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina’s</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>De database wordt geopend…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Ongedaan maken: {what}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Quick ca&amp;pture…</source>
        <translation>&amp;Snelle invoer…</translation>
    </message>
    <message>
        <source>Log a person you just met (Ctrl+N)</source>
        <translation>Een persoon invoeren die u net hebt ontmoet (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>Selectie &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>Selectie &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Sneltoetsen…</translation>
    </message>
    <message>
        <source>&amp;About Mission CRM</source>
        <translation>&amp;Over Mission CRM</translation>
    </message>
    <message>
        <source>Saved {names}.</source>
        <translation>{names} opgeslagen.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>&amp;Keep the other one</source>
        <translation>&amp;De andere behouden</translation>
    </message>
    <message>
        <source>Keep the record on the right and merge the one on the left into it</source>
        <translation>Het record rechts behouden en het record links erin samenvoegen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>Bedrijven</translation>
    </message>
    <message>
        <source>Merge {what}</source>
        <translation>{what} samenvoegen</translation>
    </message>
    <message>
        <source>“{other}” will be merged into “{keep}”. Where they differ, choose the value to keep; everything linked to either record is kept. You can undo the merge.</source>
        <translation>“{other}” wordt samengevoegd in “{keep}”. Kies waar ze verschillen welke waarde u behoudt; alles wat aan een van beide records gekoppeld is, blijft behouden. U kunt de samenvoeging ongedaan maken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;Behouden:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge in:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;Samenvoegen:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>The same in both</source>
        <translation>Gelijk in beide</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept from both&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uit beide behouden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mailadressen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Ontmoet op</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacties</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>Lawful basis since</source>
        <translation>Rechtsgrond sinds</translation>
    </message>
    <message>
        <source>Lawful basis note</source>
        <translation>Notitie bij rechtsgrond</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <source>Edit mission</source>
        <translation>Missie bewerken</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nieuwe missie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>e.g. Economic mission to the USA, June 2022</source>
        <translation>bv. Economische missie naar de VS, juni 2022</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Begint op:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Eindigt op:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>US, BE …</source>
        <translation>US, BE …</translation>
    </message>
    <message>
        <source>Where the mission takes place: phone numbers typed without + during the mission are read there</source>
        <translation>Waar de missie plaatsvindt: telefoonnummers die tijdens de missie zonder + worden ingetypt, worden gelezen als nummers uit dat land</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tijdzone:</translation>
    </message>
    <message>
        <source>The clock of the mission&apos;s place: its sessions show this time on any laptop</source>
        <translation>De klok van de plaats van de missie: de sessies tonen dit uur op elke laptop</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>Which time zone is the mission in? {country} has several.</source>
        <translation>In welke tijdzone vindt de missie plaats? {country} heeft er meerdere.</translation>
    </message>
</context>
<context>
    <name>NavigationCount</name>
    <message numerus="yes">
        <source>Follow-ups (%n due)</source>
        <translation>
            <numerusform>Opvolgingen (%n te doen)</numerusform>
            <numerusform>Opvolgingen (%n te doen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Please wait</source>
        <translation>Even geduld</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Er ging iets mis: {error}</translation>
    </message>
    <message>
        <source>Mission CRM</source>
        <translation>Mission CRM</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Database passphrase</source>
        <translation>Wachtzin van de database</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery key. Try again.</source>
        <translation>Verkeerde wachtzin of herstelsleutel. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Versleutelen</translation>
    </message>
    <message>
        <source>Continue &amp;without encryption</source>
        <translation>Doorgaan &amp;zonder versleuteling</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>{name} is encrypted. Enter its passphrase, or the recovery key you saved (64 characters).</source>
        <translation>{name} is versleuteld. Voer de wachtzin in, of de herstelsleutel die u hebt bewaard (64 tekens).</translation>
    </message>
    <message>
        <source>Choose the new passphrase for {name}. Every automatic backup is re-encrypted with it; you will need it each time you open the database.</source>
        <translation>Kies de nieuwe wachtzin voor {name}. Alle automatische back-ups worden ermee opnieuw versleuteld; u hebt hem nodig telkens wanneer u de database opent.</translation>
    </message>
    <message>
        <source>no secure keyring is available</source>
        <translation>er is geen beveiligde sleutelhanger beschikbaar</translation>
    </message>
    <message>
        <source>A new database, {name}, is being created. It cannot be encrypted with a key kept by the system ({reason}). Choose a passphrase to encrypt it; you will type it each time you open the database. Without one, the contacts you record are stored unencrypted on this computer.</source>
        <translation>Er wordt een nieuwe database aangemaakt: {name}. Ze kan niet worden versleuteld met een sleutel die het systeem bewaart ({reason}). Kies een wachtzin om ze te versleutelen; u typt die telkens wanneer u de database opent. Zonder wachtzin worden de contacten die u vastlegt onversleuteld op deze computer opgeslagen.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Typ een wachtzin.</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Gebruik minstens {n} tekens.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>PhoneList</name>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <source>home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefoonnummer toevoegen</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Not checked: kept as written</source>
        <translation>Niet gecontroleerd: bewaard zoals geschreven</translation>
    </message>
    <message>
        <source>ext.</source>
        <translation>toestel</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Telefoontype</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Toestelnummer</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Dit telefoonnummer verwijderen</translation>
    </message>
</context>
<context>
    <name>PrivacyFeature</name>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Back-up van de database maken…</translation>
    </message>
    <message>
        <source>Save Recovery &amp;Key…</source>
        <translation>Herstelsleutel &amp;opslaan…</translation>
    </message>
    <message>
        <source>E&amp;xport Personal Data (GDPR)…</source>
        <translation>Persoonsgegevens e&amp;xporteren (GDPR)…</translation>
    </message>
    <message>
        <source>Contacts &amp;Untouched for a While…</source>
        <translation>Contacten zonder recente &amp;activiteit…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Back-up terug&amp;zetten…</translation>
    </message>
    <message>
        <source>E&amp;ncrypt Database…</source>
        <translation>Database &amp;versleutelen…</translation>
    </message>
    <message>
        <source>Erase Contact &amp;Permanently (GDPR)…</source>
        <translation>Contact definitief &amp;wissen (GDPR)…</translation>
    </message>
    <message>
        <source>Change E&amp;ncryption Key…</source>
        <translation>&amp;Versleutelingssleutel wijzigen…</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>Back-up van de database opslaan als</translation>
    </message>
    <message>
        <source>Mission CRM database (*.db)</source>
        <translation>Mission CRM-database (*.db)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Back-up gemaakt in {file}</translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation>Database terugzetten vanuit</translation>
    </message>
    <message>
        <source>Mission CRM database (*.db);;All files (*)</source>
        <translation>Mission CRM-database (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>De back-up wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Replace the current database with {file}?

The current database is kept in the backups folder first.</source>
        <translation>De huidige database vervangen door {file}?

De huidige database wordt eerst bewaard in de map met back-ups.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Bezig met terugzetten…</translation>
    </message>
    <message>
        <source>Restored from {file}; the replaced database is kept as {aside}</source>
        <translation>Teruggezet vanuit {file}; de vervangen database is bewaard als {aside}</translation>
    </message>
    <message>
        <source>Encrypt {name}? Its automatic backups are encrypted too; the unencrypted ones are overwritten and deleted.</source>
        <translation>{name} versleutelen? De automatische back-ups worden ook versleuteld; de onversleutelde worden overschreven en verwijderd.</translation>
    </message>
    <message>
        <source>Re-encrypt {name} and its automatic backups with a new key? A recovery key saved before stops working.</source>
        <translation>{name} en de automatische back-ups opnieuw versleutelen met een nieuwe sleutel? Een eerder bewaarde herstelsleutel werkt dan niet meer.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Bezig met versleutelen…</translation>
    </message>
    <message>
        <source>The database is encrypted with your passphrase. Keep it safe: without it the database cannot be opened.</source>
        <translation>De database is versleuteld met uw wachtzin. Bewaar die goed: zonder wachtzin kan de database niet worden geopend.</translation>
    </message>
    <message>
        <source>The database is encrypted; its key is kept by the system keyring. Save a recovery key now? Without it, a new laptop or a reset keyring means the data is lost.</source>
        <translation>De database is versleuteld; de sleutel wordt bewaard in de sleutelhanger van het systeem. Nu een herstelsleutel opslaan? Zonder herstelsleutel bent u de gegevens kwijt bij een nieuwe laptop of een gewiste sleutelhanger.</translation>
    </message>
    <message>
        <source>Save the recovery key to</source>
        <translation>Herstelsleutel opslaan als</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>The recovery key is in {file}. Keep it away from this laptop: on a USB key in a drawer, or in a password manager.</source>
        <translation>De herstelsleutel staat in {file}. Bewaar hem niet op deze laptop, maar op een usb-stick in een lade of in een wachtwoordbeheerder.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>Selecteer eerst een contact.</translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>Erase {name} permanently?

Everything about this person (emails, phones, meetings, history, follow-ups) is removed from the database, the search index and the automatic backups. This cannot be undone.</source>
        <translation>Wilt u {name} definitief wissen?

Alles over deze persoon (e-mailadressen, telefoonnummers, ontmoetingen, geschiedenis, opvolgingen) wordt verwijderd uit de database, de zoekindex en de automatische back-ups. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>dit contact</translation>
    </message>
    <message>
        <source>{name} was erased permanently.</source>
        <translation>{name} is definitief gewist.</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Het contact</translation>
    </message>
    <message>
        <source>These backups are encrypted with another key and may still hold this person; delete them:
{files}</source>
        <translation>Deze back-ups zijn versleuteld met een andere sleutel en kunnen deze persoon nog bevatten; verwijder ze:
{files}</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
    <message>
        <source>{name} - personal data.txt</source>
        <translation>{name} - persoonsgegevens.txt</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>Readable text (*.txt)</source>
        <translation>Leesbare tekst (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the personal data of {name}</source>
        <translation>Persoonsgegevens van {name} exporteren</translation>
    </message>
    <message>
        <source>{file}: cannot write ({reason})</source>
        <translation>{file}: kan niet worden weggeschreven ({reason})</translation>
    </message>
    <message>
        <source>Personal data written to {file}</source>
        <translation>Persoonsgegevens weggeschreven naar {file}</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>Quick capture</source>
        <translation>Snelle invoer</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Familienaam:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>Fun&amp;ctie:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;Met at:</source>
        <translation>&amp;Ontmoet op:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Not&amp;itie:</translation>
    </message>
    <message>
        <source>e.g. wants CAR-T capacity in EU</source>
        <translation>bv. zoekt CAR-T-capaciteit in de EU</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Label&amp;s:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>gescheiden door komma’s</translation>
    </message>
    <message>
        <source>optional, e.g. send the deck</source>
        <translation>optioneel, bv. de presentatie sturen</translation>
    </message>
    <message>
        <source>Follow-up due in (days)</source>
        <translation>Opvolging te doen binnen (dagen)</translation>
    </message>
    <message>
        <source>due in </source>
        <translation>binnen </translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Follo&amp;w-up:</source>
        <translation>O&amp;pvolging:</translation>
    </message>
    <message>
        <source>&amp;Keep the picture of the card</source>
        <translation>Foto van het visitekaartje be&amp;waren</translation>
    </message>
    <message>
        <source>Store the scanned picture with the contact (erased with them)</source>
        <translation>De gescande foto bij het contact bewaren (wordt samen met het contact gewist)</translation>
    </message>
    <message>
        <source>Save &amp;&amp; &amp;next</source>
        <translation>Opslaan &amp;&amp; vol&amp;gende</translation>
    </message>
    <message>
        <source>Save, then log the next person met at the same session (Ctrl+Enter)</source>
        <translation>Opslaan en dan de volgende persoon invoeren die u op dezelfde sessie ontmoette (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Scan badge or card…</source>
        <translation>Badge of visitekaartje sc&amp;annen…</translation>
    </message>
    <message>
        <source>Read a badge&apos;s QR code or a business card from a picture; or paste one (Ctrl+V) or drop it here</source>
        <translation>De QR-code van een badge of een visitekaartje uit een foto lezen; u kunt een foto ook plakken (Ctrl+V) of hierheen slepen</translation>
    </message>
    <message>
        <source>Ca&amp;mera</source>
        <translation>Ca&amp;mera</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Geen camera</translation>
    </message>
    <message>
        <source>Read a badge&apos;s QR code with the camera</source>
        <translation>De QR-code van een badge lezen met de camera</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Bezig met lezen: {name}…</translation>
    </message>
    <message>
        <source>From the card: {text}</source>
        <translation>Van het kaartje: {text}</translation>
    </message>
    <message>
        <source>&amp;Keep the picture of the badge</source>
        <translation>Foto van de badge be&amp;waren</translation>
    </message>
    <message>
        <source>a business card (OCR)</source>
        <translation>een visitekaartje (OCR)</translation>
    </message>
    <message>
        <source>a QR code ({kind})</source>
        <translation>een QR-code ({kind})</translation>
    </message>
    <message>
        <source>Read from {how}.</source>
        <translation>Gelezen uit {how}.</translation>
    </message>
    <message>
        <source>Check the fields marked in yellow.</source>
        <translation>Controleer de geel gemarkeerde velden.</translation>
    </message>
    <message>
        <source>The picture holds no contact details; nothing was filled in.</source>
        <translation>Op de foto staan geen contactgegevens; er is niets ingevuld.</translation>
    </message>
    <message>
        <source>more emails: {list}</source>
        <translation>andere e-mailadressen: {list}</translation>
    </message>
    <message>
        <source>more phones: {list}</source>
        <translation>andere telefoonnummers: {list}</translation>
    </message>
    <message>
        <source>LinkedIn: {url}</source>
        <translation>LinkedIn: {url}</translation>
    </message>
    <message>
        <source>website: {url}</source>
        <translation>website: {url}</translation>
    </message>
    <message>
        <source>Also saved from the scan: {parts}</source>
        <translation>Ook bewaard uit de scan: {parts}</translation>
    </message>
    <message>
        <source>check this: read with low confidence</source>
        <translation>controleer dit: gelezen met weinig zekerheid</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation>de geplakte foto</translation>
    </message>
    <message>
        <source>the dropped picture</source>
        <translation>de hierheen gesleepte foto</translation>
    </message>
    <message>
        <source>(not at a session)</source>
        <translation>(niet op een sessie)</translation>
    </message>
    <message>
        <source>Saved {name}. Next person:</source>
        <translation>{name} opgeslagen. Volgende persoon:</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>Due follow-ups: %n</source>
        <translation>
            <numerusform>Opvolgingen te doen: %n</numerusform>
            <numerusform>Opvolgingen te doen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>achterstallig sinds {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vandaag te doen</translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation>Opvolgingen te doen</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Opvolgingen openen</translation>
    </message>
    <message>
        <source>Hide until tomorrow</source>
        <translation>Verbergen tot morgen</translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation>Lijst verbergen</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Lijst tonen</translation>
    </message>
    <message>
        <source>Click one to open it.</source>
        <translation>Klik op een opvolging om ze te openen.</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Opvolging te doen</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due</source>
        <translation>
            <numerusform>%n opvolging te doen</numerusform>
            <numerusform>%n opvolgingen te doen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Vandaag niets te doen</translation>
    </message>
    <message numerus="yes">
        <source>All %n due follow-ups…</source>
        <translation>
            <numerusform>Alle te doen opvolgingen (%n)…</numerusform>
            <numerusform>Alle %n te doen opvolgingen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Mission CRM</source>
        <translation>Mission CRM openen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Overdue</source>
        <translation>Achter­stallig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vandaag te doen</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Deze week te doen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afge­handeld</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Geen opvolging</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Encounters recorded</source>
        <translation>Vastgelegde ontmoetingen</translation>
    </message>
    <message>
        <source>Leads (people met)</source>
        <translation>Leads (ontmoete personen)</translation>
    </message>
    <message>
        <source>Follow-ups open</source>
        <translation>Open opvolgingen</translation>
    </message>
    <message>
        <source>… of which overdue</source>
        <translation>… waarvan achterstallig</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Afgehandelde opvolgingen</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Missierapport</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Opgesteld op {date}</translation>
    </message>
    <message>
        <source>The mission in figures</source>
        <translation>De missie in cijfers</translation>
    </message>
    <message>
        <source>Sessions and who was met</source>
        <translation>Sessies en wie er ontmoet werd</translation>
    </message>
    <message>
        <source>No sessions recorded for this mission.</source>
        <translation>Geen sessies vastgelegd voor deze missie.</translation>
    </message>
    <message>
        <source>organised by {names}</source>
        <translation>georganiseerd door {names}</translation>
    </message>
    <message>
        <source>No one recorded as met here.</source>
        <translation>Niemand vastgelegd als hier ontmoet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Leads and follow-up status</source>
        <translation>Leads en stand van de opvolging</translation>
    </message>
    <message>
        <source>No one was met yet.</source>
        <translation>Nog niemand ontmoet.</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Ontmoet op</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Verval­datum</translation>
    </message>
    <message>
        <source>{file}: is a folder; give a file name ending in .pdf</source>
        <translation>{file}: is een map; geef een bestandsnaam die eindigt op .pdf</translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: de map {folder} bestaat niet</translation>
    </message>
    <message>
        <source>Mission report: {name}</source>
        <translation>Missierapport: {name}</translation>
    </message>
    <message>
        <source>{file}: cannot write the report ({reason})</source>
        <translation>{file}: het rapport kan niet worden weggeschreven ({reason})</translation>
    </message>
    <message>
        <source>{file}: cannot write the report</source>
        <translation>{file}: het rapport kan niet worden weggeschreven</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Contacts untouched for a while</source>
        <translation>Contacten zonder recente activiteit</translation>
    </message>
    <message>
        <source>GDPR: keep personal data no longer than needed. These contacts have had no change, meeting, interaction or follow-up for the number of months below. Review them; erase those you no longer need.</source>
        <translation>GDPR: bewaar persoonsgegevens niet langer dan nodig. Bij deze contacten is er al minstens het aantal maanden hieronder geen wijziging, ontmoeting, interactie of opvolging geweest. Bekijk ze en wis wie u niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>&amp;Untouched for at least</source>
        <translation>&amp;Geen activiteit gedurende minstens</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Untouched contacts</source>
        <translation>Contacten zonder recente activiteit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrond</translation>
    </message>
    <message>
        <source>In trash</source>
        <translation>In prullenbak</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>Persoonsgegevens e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Erase permanently…</source>
        <translation>Definitief &amp;wissen…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanBadge</name>
    <message>
        <source>Scan a badge or business card</source>
        <translation>Een badge of visitekaartje scannen</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Afbeeldingen ({patterns})</translation>
    </message>
    <message>
        <source>The camera cannot be used: Qt Multimedia did not load ({error})</source>
        <translation>De camera kan niet worden gebruikt: Qt Multimedia is niet geladen ({error})</translation>
    </message>
    <message>
        <source>No camera found on this computer</source>
        <translation>Geen camera gevonden op deze computer</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit session</source>
        <translation>Sessie bewerken</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>New mission…</source>
        <translation>Nieuwe missie…</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Missie:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Date only (all day)</source>
        <translation>Alleen &amp;datum (hele dag)</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Begint:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Eindigt:</translation>
    </message>
    <message>
        <source>In the mission&apos;s time zone</source>
        <translation>In de tijdzone van de missie</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>Pick a mission, or create one with “New mission…”.</source>
        <translation>Kies een missie, of maak er een aan met “Nieuwe missie…”.</translation>
    </message>
    <message>
        <source>A date-only session needs its date in Starts.</source>
        <translation>Een sessie zonder uur heeft haar datum nodig in Begint.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Search sessions: title, venue (Ctrl+F)</source>
        <translation>Sessies zoeken: titel, locatie (Ctrl+F)</translation>
    </message>
    <message>
        <source>No sessions match “{query}”.</source>
        <translation>Geen sessies gevonden voor “{query}”.</translation>
    </message>
    <message>
        <source>No sessions yet — load the sample mission with “python main.py demo”, or add one with Edit ▸ New…</source>
        <translation>Nog geen sessies — laad de voorbeeldmissie met “python main.py demo”, of voeg er een toe via Bewerken ▸ Nieuw…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Select a session to see who you met there.</source>
        <translation>Selecteer een sessie om te zien wie u er ontmoette.</translation>
    </message>
    <message>
        <source>Organised by {companies}</source>
        <translation>Georganiseerd door {companies}</translation>
    </message>
    <message>
        <source>Nobody logged at this session yet.</source>
        <translation>Nog niemand ingevoerd op deze sessie.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sessie</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>{language} is used from the next start of the app.</source>
        <translation>{language} geldt vanaf de volgende start van de app.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Nu opnieuw &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>S&amp;ync with team server…</source>
        <translation>S&amp;ynchroniseren met teamserver…</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Synchronisatie&amp;conflicten…</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the team server</source>
        <translation>Synchroniseren met de teamserver</translation>
    </message>
    <message>
        <source>from the keyring</source>
        <translation>uit de sleutelhanger</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Wachtwoord onthouden in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>Your changes go to the server and your colleagues&apos; come back. Conflicting edits are kept for review.</source>
        <translation>Uw wijzigingen gaan naar de server en die van uw collega’s komen terug. Tegenstrijdige wijzigingen worden bewaard zodat u ze kunt nakijken.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Server: give the team server&apos;s address</source>
        <translation>Server: geef het adres van de teamserver op</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>Syncing with the team server…</source>
        <translation>Synchroniseren met de teamserver…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n record(s) received</source>
        <translation>
            <numerusform>Klaar: %n record ontvangen</numerusform>
            <numerusform>Klaar: %n records ontvangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n verzonden</numerusform>
            <numerusform>%n verzonden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): see File ▸ Sync conflicts…</source>
        <translation>
            <numerusform>%n conflict: zie Bestand ▸ Synchronisatieconflicten…</numerusform>
            <numerusform>%n conflicten: zie Bestand ▸ Synchronisatieconflicten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the server would refuse set aside: see File ▸ Sync conflicts…</source>
        <translation>
            <numerusform>%n record dat de server zou weigeren, is apart gezet: zie Bestand ▸ Synchronisatieconflicten…</numerusform>
            <numerusform>%n records die de server zou weigeren, zijn apart gezet: zie Bestand ▸ Synchronisatieconflicten…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync did not finish; nothing was lost. Try again when the server is reachable.</source>
        <translation>De synchronisatie is niet voltooid; er ging niets verloren. Probeer het opnieuw wanneer de server bereikbaar is.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Delete {what}</source>
        <translation>{what} verwijderen</translation>
    </message>
    <message>
        <source>Move {name} to the trash? You can undo this.</source>
        <translation>Wilt u {name} naar de prullenbak verplaatsen? U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} teruggezet.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>{name} verwijderd.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a row to see its details here.</source>
        <translation>Selecteer een rij om hier de details te zien.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Put the selected row back where it was (Enter)</source>
        <translation>De geselecteerde rij terugzetten waar ze stond (Enter)</translation>
    </message>
    <message>
        <source>Erase &amp;permanently…</source>
        <translation>&amp;Definitief wissen…</translation>
    </message>
    <message>
        <source>Remove the selected person and everything about them for good (GDPR)</source>
        <translation>De geselecteerde persoon en alles over die persoon voorgoed verwijderen (GDPR)</translation>
    </message>
    <message>
        <source>Deleted contacts, companies and sessions stay here until you restore them. A person can also be erased for good from here.</source>
        <translation>Verwijderde contacten, bedrijven en sessies blijven hier tot u ze terugzet. Een persoon kan hier ook voorgoed worden gewist.</translation>
    </message>
    <message>
        <source>Search the trash by name (Ctrl+F)</source>
        <translation>Prullenbak doorzoeken op naam (Ctrl+F)</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} teruggezet.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>The trash is empty. What you delete lands here, and can be restored.</source>
        <translation>De prullenbak is leeg. Wat u verwijdert, komt hier terecht en kan worden teruggezet.</translation>
    </message>
    <message>
        <source>Nothing in the trash matches “{query}”.</source>
        <translation>Niets in de prullenbak gevonden voor “{query}”.</translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n in de prullenbak</numerusform>
            <numerusform>%n in de prullenbak</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash ({count})</source>
        <translation>Prullenbak ({count})</translation>
    </message>
</context>
<context>
    <name>UrlList</name>
    <message>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profiel</translation>
    </message>
    <message>
        <source>Add web address</source>
        <translation>Webadres toevoegen</translation>
    </message>
</context>
<context>
    <name>UrlRow</name>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>Remove this web address</source>
        <translation>Dit webadres verwijderen</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>To have the key kept for you instead, this computer needs a password store (the Secret Service: GNOME Keyring or KDE Wallet), running and unlocked. On Debian or Ubuntu: install gnome-keyring (sudo apt install gnome-keyring), log out and in again, then use File ▸ Encrypt Database….</source>
        <translation>Wilt u de sleutel liever voor u laten bewaren, dan heeft deze computer een sleutelhanger nodig (de Secret Service: GNOME Keyring of KDE Wallet), gestart en ontgrendeld. Op Debian of Ubuntu: installeer gnome-keyring (sudo apt install gnome-keyring), meld u af en weer aan en kies daarna Bestand ▸ Database versleutelen….</translation>
    </message>
    <message>
        <source>Make sure you are logged in to this computer with your own account, then use File ▸ Encrypt Database….</source>
        <translation>Zorg dat u op deze computer met uw eigen account bent aangemeld en kies daarna Bestand ▸ Database versleutelen….</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Mission CRM</source>
        <translation>Welkom bij Mission CRM</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; A few things to set up once; you can change each of them later in Settings.</source>
        <translation>&lt;b&gt;Welkom.&lt;/b&gt; Een paar dingen om één keer in te stellen; u kunt ze later allemaal wijzigen in Instellingen.</translation>
    </message>
    <message>
        <source>e.g. Léa Martin</source>
        <translation>bv. Lotte Peeters</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Home phone &amp;region:</source>
        <translation>&amp;Regio voor telefoonnummers:</translation>
    </message>
    <message>
        <source>Two-letter country code used for numbers typed without +, e.g. BE or US.</source>
        <translation>Landcode van twee letters voor nummers die zonder + worden ingevoerd, bv. BE of US.</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Uw gegevens:</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>Your contacts will be encrypted on this computer. The key is kept by the system&apos;s password store, so you will never type it. To open them on another computer one day, save a recovery key (File ▸ Save Recovery Key…).</source>
        <translation>Uw contacten worden op deze computer versleuteld. De sleutel wordt bewaard in de sleutelhanger van het systeem, zodat u hem nooit hoeft in te typen. Wilt u ze ooit op een andere computer openen, sla dan een herstelsleutel op (Bestand ▸ Herstelsleutel opslaan…).</translation>
    </message>
    <message>
        <source>This computer has no password store that can keep a key for you ({reason}). Choose a passphrase to encrypt your contacts: you will type it each time the app opens. Leave it empty and they are stored unencrypted, readable by anyone who gets this computer&apos;s disk.</source>
        <translation>Deze computer heeft geen sleutelhanger die een sleutel voor u kan bewaren ({reason}). Kies een wachtzin om uw contacten te versleutelen: u typt die telkens wanneer de app opent. Laat u het veld leeg, dan worden ze onversleuteld opgeslagen, leesbaar voor iedereen die de schijf van deze computer in handen krijgt.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Nog&amp;maals:</translation>
    </message>
    <message>
        <source>How do you want to begin?</source>
        <translation>Hoe wilt u beginnen?</translation>
    </message>
    <message>
        <source>Load the &amp;sample mission (USA, June 2022) to try things out</source>
        <translation>De &amp;voorbeeldmissie (VS, juni 2022) laden om alles uit te proberen</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>&amp;Leeg beginnen</translation>
    </message>
    <message>
        <source>Connect to my delegation&apos;s &amp;team server</source>
        <translation>Verbinden met de teamserver van mijn &amp;delegatie</translation>
    </message>
    <message>
        <source>The address your delegation&apos;s administrator gave you; the password is asked when you sync.</source>
        <translation>Het adres dat u van de beheerder van uw delegatie kreeg; het wachtwoord wordt gevraagd wanneer u synchroniseert.</translation>
    </message>
    <message>
        <source>Home phone region: a two-letter country code (BE, US …).</source>
        <translation>Regio voor telefoonnummers: een landcode van twee letters (BE, US …).</translation>
    </message>
    <message>
        <source>Passphrase: use at least {n} characters.</source>
        <translation>Wachtzin: gebruik minstens {n} tekens.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
    <message>
        <source>Team server: its address, such as postgresql://alice@db.example.org/delegation.</source>
        <translation>Teamserver: het adres, zoals postgresql://alice@db.example.org/delegation.</translation>
    </message>
</context>
<context>
    <name>_FrameDecoder</name>
    <message>
        <source>camera</source>
        <translation>camera</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Loading the sample mission…</source>
        <translation>De voorbeeldmissie wordt geladen…</translation>
    </message>
    <message>
        <source>The sample mission is loaded.</source>
        <translation>De voorbeeldmissie is geladen.</translation>
    </message>
</context>
</TS>
