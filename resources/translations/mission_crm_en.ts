<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>opening…</source>
        <translation>opening…</translation>
    </message>
    <message>
        <source>not encrypted (File ▸ Encrypt Database… encrypts it)</source>
        <translation>not encrypted (File ▸ Encrypt Database… encrypts it)</translation>
    </message>
    <message>
        <source>encrypted; the key is kept by the system&apos;s password store</source>
        <translation>encrypted; the key is kept by the system&apos;s password store</translation>
    </message>
    <message>
        <source>encrypted with a passphrase</source>
        <translation>encrypted with a passphrase</translation>
    </message>
    <message>
        <source>About Mission CRM</source>
        <translation>About Mission CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mission CRM {version}&lt;/h3&gt;&lt;p&gt;Contacts and follow-ups for the members of a trade delegation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mission CRM {version}&lt;/h3&gt;&lt;p&gt;Contacts and follow-ups for the members of a trade delegation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database: {where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Database: {where}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Encryption: {state}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Encryption: {state}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Made with Qt and PySide6 (Qt for Python), used under the GNU LGPL v3, and the open-source packages listed under Licences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Made with Qt and PySide6 (Qt for Python), used under the GNU LGPL v3, and the open-source packages listed under Licences.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licences…</translation>
    </message>
</context>
<context>
    <name>AddressList</name>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Add address</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Suite, building</source>
        <translation>Suite, building</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>PO box</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>State, province</source>
        <translation>State, province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Remove this address</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>{file}: {problem} (no passphrase given)</source>
        <translation>{file}: {problem} (no passphrase given)</translation>
    </message>
    <message>
        <source>Mission CRM</source>
        <translation>Mission CRM</translation>
    </message>
    <message>
        <source>Cannot open the database:
{error}</source>
        <translation>Cannot open the database:
{error}</translation>
    </message>
</context>
<context>
    <name>BackupSettingsTab</name>
    <message>
        <source>Automatic backups to &amp;keep:</source>
        <translation>Automatic backups to &amp;keep:</translation>
    </message>
    <message>
        <source>The database is copied before every schema change and at the first opening of each day; older copies beyond this number are deleted.</source>
        <translation>The database is copied before every schema change and at the first opening of each day; older copies beyond this number are deleted.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>year not known</source>
        <translation>year not known</translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation>No birthday</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Scan with the camera</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Starting the camera…</translation>
    </message>
    <message>
        <source>Hold the badge&apos;s QR code in front of the camera.</source>
        <translation>Hold the badge&apos;s QR code in front of the camera.</translation>
    </message>
    <message>
        <source>Scan a picture file instead, or type the details.</source>
        <translation>Scan a picture file instead, or type the details.</translation>
    </message>
    <message>
        <source>The camera stopped: {error}</source>
        <translation>The camera stopped: {error}</translation>
    </message>
    <message>
        <source>No picture from the camera: another app may be using it.</source>
        <translation>No picture from the camera: another app may be using it.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{title} (no data yet)</source>
        <translation>{title} (no data yet)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Follow-ups by week due</source>
        <translation>Follow-ups by week due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <source>Contacts met per session</source>
        <translation>Contacts met per session</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Contacts per company kind</source>
        <translation>Contacts per company kind</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Contacts per country</source>
        <translation>Contacts per country</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Search companies: name, kind, city (Ctrl+F)</source>
        <translation>Search companies: name, kind, city (Ctrl+F)</translation>
    </message>
    <message>
        <source>No companies match “{query}”.</source>
        <translation>No companies match “{query}”.</translation>
    </message>
    <message>
        <source>No companies yet — they are created as you log people (Ctrl+N) or with Edit ▸ New…</source>
        <translation>No companies yet — they are created as you log people (Ctrl+N) or with Edit ▸ New…</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Nobody from this company yet.</source>
        <translation>Nobody from this company yet.</translation>
    </message>
    <message>
        <source>this company</source>
        <translation>this company</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <source>Edit company</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>pharma, biotech, CDMO, agency …</source>
        <translation>pharma, biotech, CDMO, agency …</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>two letters: US, BE …</source>
        <translation>two letters: US, BE …</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Restore the version that lost</source>
        <translation>Restore the version that lost</translation>
    </message>
    <message>
        <source>No conflicts: every copy agreed.</source>
        <translation>No conflicts: every copy agreed.</translation>
    </message>
    <message>
        <source>edited on two copies; the newer edit was kept</source>
        <translation>edited on two copies; the newer edit was kept</translation>
    </message>
    <message>
        <source>set aside, the server would refuse it: {why}</source>
        <translation>set aside, the server would refuse it: {why}</translation>
    </message>
    <message>
        <source>deleted on one copy while edited on another; the deletion was kept</source>
        <translation>deleted on one copy while edited on another; the deletion was kept</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>several: separate with commas</source>
        <translation>several: separate with commas</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Phones:</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn:</source>
        <translation>Lin&amp;kedIn:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Co&amp;untry:</translation>
    </message>
    <message>
        <source>two letters: US, BE …</source>
        <translation>two letters: US, BE …</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>en, fr, nl …</source>
        <translation>en, fr, nl …</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riority:</translation>
    </message>
    <message>
        <source>Lawful &amp;basis:</source>
        <translation>Lawful &amp;basis:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>… since:</source>
        <translation>… since:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>More: name, birthday, addresses, web</source>
        <translation>More: name, birthday, addresses, web</translation>
    </message>
    <message>
        <source>Title (Dr., Prof.):</source>
        <translation>Title (Dr., Prof.):</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>&amp;Middle name:</translation>
    </message>
    <message>
        <source>Suffi&amp;x (Jr., PhD):</source>
        <translation>Suffi&amp;x (Jr., PhD):</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>Nic&amp;kname:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Birthday:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Addresses:</translation>
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
        <translation>with the country code: +1 617 555 0100</translation>
    </message>
    <message>
        <source>e.g. {example} — read as {region}</source>
        <translation>e.g. {example} — read as {region}</translation>
    </message>
    <message>
        <source>A number without + is read in {region}; with + and a country code, anywhere.</source>
        <translation>A number without + is read in {region}; with + and a country code, anywhere.</translation>
    </message>
    <message>
        <source>Phone not checked</source>
        <translation>Phone not checked</translation>
    </message>
    <message>
        <source>{problem}.

Keep it exactly as written, marked “not checked”? You can correct it later in the editor.</source>
        <translation>{problem}.

Keep it exactly as written, marked “not checked”? You can correct it later in the editor.</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Choose a contact</source>
        <translation>Choose a contact</translation>
    </message>
    <message>
        <source>Name, company or email</source>
        <translation>Name, company or email</translation>
    </message>
    <message>
        <source>&amp;Who is it about?</source>
        <translation>&amp;Who is it about?</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Matching contacts</translation>
    </message>
    <message>
        <source>There are no contacts yet. A follow-up is about someone: log them first with quick capture (Ctrl+N).</source>
        <translation>There are no contacts yet. A follow-up is about someone: log them first with quick capture (Ctrl+N).</translation>
    </message>
    <message>
        <source>No contact matches “{query}”.</source>
        <translation>No contact matches “{query}”.</translation>
    </message>
    <message>
        <source>The first {shown} of {total}: type more to narrow.</source>
        <translation>The first {shown} of {total}: type more to narrow.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>People imported or captured with an email or a phone but no name: open one and add the name</source>
        <translation>People imported or captured with an email or a phone but no name: open one and add the name</translation>
    </message>
    <message>
        <source>Search contacts: name, company, email, phone (Ctrl+F)</source>
        <translation>Search contacts: name, company, email, phone (Ctrl+F)</translation>
    </message>
    <message>
        <source>No contacts match “{query}”.</source>
        <translation>No contacts match “{query}”.</translation>
    </message>
    <message>
        <source>No contacts yet — press Ctrl+N to log the first person you meet.</source>
        <translation>No contacts yet — press Ctrl+N to log the first person you meet.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without a name (%n)</source>
        <translation>
            <numerusform>Without a name (%n)</numerusform>
            <numerusform>Without a name (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Add follow-up</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Log interaction</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Kept without a name: Edit to add one.</source>
        <translation>Kept without a name: Edit to add one.</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} at {company}</translation>
    </message>
    <message>
        <source>LinkedIn: {profile}</source>
        <translation>LinkedIn: {profile}</translation>
    </message>
    <message>
        <source>Birthday: {day}</source>
        <translation>Birthday: {day}</translation>
    </message>
    <message>
        <source>Country: {code}</source>
        <translation>Country: {code}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <source>Logged by {owner}</source>
        <translation>Logged by {owner}</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Business card</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Met at</translation>
    </message>
    <message>
        <source>Met at a session…</source>
        <translation>Met at a session…</translation>
    </message>
    <message>
        <source>Not linked to a session.</source>
        <translation>Not linked to a session.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>No follow-ups.</source>
        <translation>No follow-ups.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>No interactions yet.</source>
        <translation>No interactions yet.</translation>
    </message>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>{number} ext. {extension}</source>
        <translation>{number} ext. {extension}</translation>
    </message>
    <message>
        <source>⚠ not checked</source>
        <translation>⚠ not checked</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>this contact</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>as of {date}</translation>
    </message>
</context>
<context>
    <name>DraftEmailDialog</name>
    <message>
        <source>Draft email</source>
        <translation>Draft email</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>&amp;Open in mail app</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Save as .&amp;eml…</translation>
    </message>
    <message>
        <source>Templates are edited in Settings → Email templates. The email is recorded in the contact&apos;s history.</source>
        <translation>Templates are edited in Settings → Email templates. The email is recorded in the contact&apos;s history.</translation>
    </message>
    <message>
        <source>{name} (no email address on file: add it in your mail app)</source>
        <translation>{name} (no email address on file: add it in your mail app)</translation>
    </message>
    <message>
        <source>No mail app opened the draft. Save it as an .eml file instead.</source>
        <translation>No mail app opened the draft. Save it as an .eml file instead.</translation>
    </message>
    <message>
        <source>Save the email</source>
        <translation>Save the email</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Email message (*.eml)</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>&amp;Open that one instead</source>
        <translation>&amp;Open that one instead</translation>
    </message>
    <message>
        <source>Looks like {who}</source>
        <translation>Looks like {who}</translation>
    </message>
    <message numerus="yes">
        <source> — and %n other(s)</source>
        <translation>
            <numerusform> — and %n other</numerusform>
            <numerusform> — and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Find &amp;duplicates…</translation>
    </message>
    <message>
        <source>Undo last &amp;merge…</source>
        <translation>Undo last &amp;merge…</translation>
    </message>
    <message>
        <source>Merged {summary}.</source>
        <translation>Merged {summary}.</translation>
    </message>
    <message>
        <source>Merge undone: {summary}.</source>
        <translation>Merge undone: {summary}.</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Undo last merge</translation>
    </message>
    <message>
        <source>There is no merge to undo.</source>
        <translation>There is no merge to undo.</translation>
    </message>
    <message>
        <source>Undo the merge of {summary}? Both records come back as they were.</source>
        <translation>Undo the merge of {summary}? Both records come back as they were.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Find duplicates</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Looking for duplicates…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Looks like</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>&amp;Scan again</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>Scan stopped. Nothing is merged until you choose.</source>
        <translation>Scan stopped. Nothing is merged until you choose.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be duplicates. Nothing is merged until you choose.</source>
        <translation>
            <numerusform>%n pair that may be duplicates. Nothing is merged until you choose.</numerusform>
            <numerusform>%n pairs that may be duplicates. Nothing is merged until you choose.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>No duplicates found.</translation>
    </message>
</context>
<context>
    <name>EmailTemplatesTab</name>
    <message>
        <source>Restore the default text</source>
        <translation>Restore the default text</translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}. {{your_name}} is your name from the General tab.</source>
        <translation>Placeholders: {placeholders}. {{your_name}} is your name from the General tab.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Email templates</translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Met at a session</source>
        <translation>Met at a session</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>e.g. wants CAR-T capacity in EU</source>
        <translation>e.g. wants CAR-T capacity in EU</translation>
    </message>
    <message>
        <source>There is no session yet: add one on the Sessions page.</source>
        <translation>There is no session yet: add one on the Sessions page.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>CSV (spreadsheet, other CRMs)</source>
        <translation>CSV (spreadsheet, other CRMs)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <source>vCard (phones, Outlook, Google)</source>
        <translation>vCard (phones, Outlook, Google)</translation>
    </message>
    <message>
        <source>Calendar of open follow-ups (ICS)</source>
        <translation>Calendar of open follow-ups (ICS)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Every field (default)</source>
        <translation>Every field (default)</translation>
    </message>
    <message>
        <source>Excel, Belgian locale (semicolons)</source>
        <translation>Excel, Belgian locale (semicolons)</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Lead report for the trade agencies</source>
        <translation>Lead report for the trade agencies</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>vCard {version}</source>
        <translation>vCard {version}</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation>All open follow-ups</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Due within 7 days</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>Follow-ups:</translation>
    </message>
    <message numerus="yes">
        <source>All %n contact(s)</source>
        <translation>
            <numerusform>All %n contact</numerusform>
            <numerusform>All %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n contact(s) the list shows</source>
        <translation>
            <numerusform>Only the %n contact the list shows</numerusform>
            <numerusform>Only the %n contacts the list shows</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>One card per contact, with every email, phone and tag.</source>
        <translation>One card per contact, with every email, phone and tag.</translation>
    </message>
    <message>
        <source>One all-day event per open follow-up, on the day it is due; Outlook and Google Calendar import it.</source>
        <translation>One all-day event per open follow-up, on the day it is due; Outlook and Google Calendar import it.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exported {rows} to {path}. Not in the file:</source>
        <translation>Exported {rows} to {path}. Not in the file:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nothing was written: {why}</source>
        <translation>Nothing was written: {why}</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Edit follow-up</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>About:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>e.g. send the deck</source>
        <translation>e.g. send the deck</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
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
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Save the mission report</source>
        <translation>Save the mission report</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the mission report to {path}</source>
        <translation>Saved the mission report to {path}</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Select a contact or a follow-up first.</source>
        <translation>Select a contact or a follow-up first.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Mission &amp;report (PDF)…</source>
        <translation>Mission &amp;report (PDF)…</translation>
    </message>
    <message>
        <source>Draft &amp;email…</source>
        <translation>Draft &amp;email…</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>… and {n} more: narrow the list with the search or the filters.</source>
        <translation>… and {n} more: narrow the list with the search or the filters.</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>C&amp;ompany:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Snooze</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>For 3 days</translation>
    </message>
    <message>
        <source>Until next Monday</source>
        <translation>Until next Monday</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Until a date…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reschedule…</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Draft &amp;email…</source>
        <translation>Draft &amp;email…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Open &amp;contact</source>
        <translation>Open &amp;contact</translation>
    </message>
    <message>
        <source>Search follow-ups: task, contact, company (Ctrl+F)</source>
        <translation>Search follow-ups: task, contact, company (Ctrl+F)</translation>
    </message>
    <message>
        <source>New follow-up: who with?</source>
        <translation>New follow-up: who with?</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>All companies</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} (snoozed)</source>
        <translation>{date} (snoozed)</translation>
    </message>
    <message>
        <source>{date} (cancelled)</source>
        <translation>{date} (cancelled)</translation>
    </message>
    <message>
        <source>No follow-ups match the search or the filters.</source>
        <translation>No follow-ups match the search or the filters.</translation>
    </message>
    <message>
        <source>No follow-ups yet. Add one from a contact (&quot;Add follow-up&quot;), or when you log someone with quick capture.</source>
        <translation>No follow-ups yet. Add one from a contact (&quot;Add follow-up&quot;), or when you log someone with quick capture.</translation>
    </message>
    <message>
        <source>Select a follow-up first</source>
        <translation>Select a follow-up first</translation>
    </message>
    <message>
        <source>Only an open follow-up can be done, snoozed or rescheduled</source>
        <translation>Only an open follow-up can be done, snoozed or rescheduled</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Done: {title}</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Snooze until</translation>
    </message>
    <message>
        <source>Snoozed until {date}: {title}</source>
        <translation>Snoozed until {date}: {title}</translation>
    </message>
    <message>
        <source>Reschedule: new due date</source>
        <translation>Reschedule: new due date</translation>
    </message>
    <message>
        <source>Due {date}: {title}</source>
        <translation>Due {date}: {title}</translation>
    </message>
    <message>
        <source>Priority changed: {title}</source>
        <translation>Priority changed: {title}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;{value}&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>&apos;{value}&apos; is not a date and time (YYYY-MM-DD HH:MM)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>e.g. Léa Martin</source>
        <translation>e.g. Léa Martin</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Default location</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Recorded as the owner of the people and follow-ups you create.</source>
        <translation>Recorded as the owner of the people and follow-ups you create.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language is used from the next start; the app offers to restart.</source>
        <translation>A new language is used from the next start; the app offers to restart.</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>Default phone &amp;region:</translation>
    </message>
    <message>
        <source>Two-letter country code used for numbers typed without +, e.g. BE or US.</source>
        <translation>Two-letter country code used for numbers typed without +, e.g. BE or US.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>In use now: {current}. A new location takes effect when you restart the app.</source>
        <translation>In use now: {current}. A new location takes effect when you restart the app.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Database location</translation>
    </message>
    <message>
        <source>Mission CRM database (*.db);;All files (*)</source>
        <translation>Mission CRM database (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Default phone region: a two-letter country code (BE, US …).</source>
        <translation>Default phone region: a two-letter country code (BE, US …).</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Re&amp;vert last import…</source>
        <translation>Re&amp;vert last import…</translation>
    </message>
    <message>
        <source>Imported {file}: {counts}.</source>
        <translation>Imported {file}: {counts}.</translation>
    </message>
    <message>
        <source>Exported {rows} to {path}.</source>
        <translation>Exported {rows} to {path}.</translation>
    </message>
    <message>
        <source>Revert last import</source>
        <translation>Revert last import</translation>
    </message>
    <message>
        <source>There is no import to revert.</source>
        <translation>There is no import to revert.</translation>
    </message>
    <message numerus="yes">
        <source>Revert the import of {file} ({when})? The %n contact(s) it created are removed and the {updated} it updated are restored.</source>
        <translation>
            <numerusform>Revert the import of {file} ({when})? The %n contact it created is removed and the {updated} it updated are restored.</numerusform>
            <numerusform>Revert the import of {file} ({when})? The %n contacts it created are removed and the {updated} it updated are restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Google, Outlook, Excel or phone export</source>
        <translation>Google, Outlook, Excel or phone export</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Record everyone imported as met at this session</source>
        <translation>Record everyone imported as met at this session</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Met at:</source>
        <translation>&amp;Met at:</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows.</source>
        <translation>Choose a file to see its first rows.</translation>
    </message>
    <message>
        <source>What each column imports as</source>
        <translation>What each column imports as</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Imports as</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>See what the import would do, without writing</source>
        <translation>See what the import would do, without writing</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Drop a file here, or choose one</source>
        <translation>Drop a file here, or choose one</translation>
    </message>
    <message>
        <source>Mission CRM reads {formats}: exports from Google Contacts, Outlook, Excel, a phone&apos;s address book or LinkedIn.
You see the first rows and how each column maps before anything is imported.</source>
        <translation>Mission CRM reads {formats}: exports from Google Contacts, Outlook, Excel, a phone&apos;s address book or LinkedIn.
You see the first rows and how each column maps before anything is imported.</translation>
    </message>
    <message>
        <source>Choose &amp;a file…</source>
        <translation>Choose &amp;a file…</translation>
    </message>
    <message>
        <source>Contacts ({patterns});;All files (*)</source>
        <translation>Contacts ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported: {why}</source>
        <translation>This file cannot be imported: {why}</translation>
    </message>
    <message>
        <source>Press Check to see what the import would do, row by row; nothing is written until you press Import.</source>
        <translation>Press Check to see what the import would do, row by row; nothing is written until you press Import.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact row(s) in {kind}.</source>
        <translation>
            <numerusform>%n contact row in {kind}.</numerusform>
            <numerusform>%n contact rows in {kind}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &quot;Imports as&quot; where a column is not recognised; columns left as &quot;(keep in notes)&quot; are added to the notes.</source>
        <translation>Change &quot;Imports as&quot; where a column is not recognised; columns left as &quot;(keep in notes)&quot; are added to the notes.</translation>
    </message>
    <message>
        <source>(keep in notes)</source>
        <translation>(keep in notes)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>(label of another column)</source>
        <translation>(label of another column)</translation>
    </message>
    <message>
        <source>Mapping changed: press Check to see the result.</source>
        <translation>Mapping changed: press Check to see the result.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Check: {counts}. Nothing has been written yet.</source>
        <translation>Check: {counts}. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>Imported: {counts}.</source>
        <translation>Imported: {counts}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n to skip</numerusform>
            <numerusform>%n to skip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {why}</source>
        <translation>Nothing was imported: {why}</translation>
    </message>
    <message>
        <source>Kept in notes: {columns}.</source>
        <translation>Kept in notes: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n without a name, listed as “(no name)” to complete.</source>
        <translation>
            <numerusform>%n without a name, listed as “(no name)” to complete.</numerusform>
            <numerusform>%n without a name, listed as “(no name)” to complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) valid in no region kept as written, marked “not checked”.</source>
        <translation>
            <numerusform>%n phone valid in no region kept as written, marked “not checked”.</numerusform>
            <numerusform>%n phones valid in no region kept as written, marked “not checked”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionEditor</name>
    <message>
        <source>Edit interaction</source>
        <translation>Edit interaction</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Log an interaction</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>With:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>Say in a few words what happened.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Through the menus</source>
        <translation>Through the menus</translation>
    </message>
    <message>
        <source>Type an action or a key, e.g. export or Ctrl</source>
        <translation>Type an action or a key, e.g. export or Ctrl</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>In lists: Enter opens the selected row, Delete moves it to the trash; on the Follow-ups page Space marks it done. In quick capture, Ctrl+Enter saves and starts the next person.</source>
        <translation>In lists: Enter opens the selected row, Delete moves it to the trash; on the Follow-ups page Space marks it done. In quick capture, Ctrl+Enter saves and starts the next person.</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Undo: {what}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Quick ca&amp;pture…</source>
        <translation>Quick ca&amp;pture…</translation>
    </message>
    <message>
        <source>Log a person you just met (Ctrl+N)</source>
        <translation>Log a person you just met (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Edit selected…</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>&amp;Delete selected…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>&amp;About Mission CRM</source>
        <translation>&amp;About Mission CRM</translation>
    </message>
    <message>
        <source>Saved {names}.</source>
        <translation>Saved {names}.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>&amp;Keep the other one</source>
        <translation>&amp;Keep the other one</translation>
    </message>
    <message>
        <source>Keep the record on the right and merge the one on the left into it</source>
        <translation>Keep the record on the right and merge the one on the left into it</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>companies</translation>
    </message>
    <message>
        <source>Merge {what}</source>
        <translation>Merge {what}</translation>
    </message>
    <message>
        <source>“{other}” will be merged into “{keep}”. Where they differ, choose the value to keep; everything linked to either record is kept. You can undo the merge.</source>
        <translation>“{other}” will be merged into “{keep}”. Where they differ, choose the value to keep; everything linked to either record is kept. You can undo the merge.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;Keep:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge in:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;Merge in:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>The same in both</source>
        <translation>The same in both</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept from both&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kept from both&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Met at</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Lawful basis</translation>
    </message>
    <message>
        <source>Lawful basis since</source>
        <translation>Lawful basis since</translation>
    </message>
    <message>
        <source>Lawful basis note</source>
        <translation>Lawful basis note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <source>Edit mission</source>
        <translation>Edit mission</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>New mission</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Economic mission to the USA, June 2022</source>
        <translation>e.g. Economic mission to the USA, June 2022</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Starts on:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Ends on:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Co&amp;untry:</translation>
    </message>
    <message>
        <source>US, BE …</source>
        <translation>US, BE …</translation>
    </message>
    <message>
        <source>Where the mission takes place: phone numbers typed without + during the mission are read there</source>
        <translation>Where the mission takes place: phone numbers typed without + during the mission are read there</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>The clock of the mission&apos;s place: its sessions show this time on any laptop</source>
        <translation>The clock of the mission&apos;s place: its sessions show this time on any laptop</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Which time zone is the mission in? {country} has several.</source>
        <translation>Which time zone is the mission in? {country} has several.</translation>
    </message>
</context>
<context>
    <name>NavigationCount</name>
    <message numerus="yes">
        <source>Follow-ups (%n due)</source>
        <translation>
            <numerusform>Follow-ups (%n due)</numerusform>
            <numerusform>Follow-ups (%n due)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Something went wrong: {error}</translation>
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
        <translation>Database passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery key. Try again.</source>
        <translation>Wrong passphrase or recovery key. Try again.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Encrypt</translation>
    </message>
    <message>
        <source>Continue &amp;without encryption</source>
        <translation>Continue &amp;without encryption</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{name} is encrypted. Enter its passphrase, or the recovery key you saved (64 characters).</source>
        <translation>{name} is encrypted. Enter its passphrase, or the recovery key you saved (64 characters).</translation>
    </message>
    <message>
        <source>Choose the new passphrase for {name}. Every automatic backup is re-encrypted with it; you will need it each time you open the database.</source>
        <translation>Choose the new passphrase for {name}. Every automatic backup is re-encrypted with it; you will need it each time you open the database.</translation>
    </message>
    <message>
        <source>no secure keyring is available</source>
        <translation>no secure keyring is available</translation>
    </message>
    <message>
        <source>A new database, {name}, is being created. It cannot be encrypted with a key kept by the system ({reason}). Choose a passphrase to encrypt it; you will type it each time you open the database. Without one, the contacts you record are stored unencrypted on this computer.</source>
        <translation>A new database, {name}, is being created. It cannot be encrypted with a key kept by the system ({reason}). Choose a passphrase to encrypt it; you will type it each time you open the database. Without one, the contacts you record are stored unencrypted on this computer.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Type a passphrase.</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Use at least {n} characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>PhoneList</name>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Add phone</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Not checked: kept as written</source>
        <translation>Not checked: kept as written</translation>
    </message>
    <message>
        <source>ext.</source>
        <translation>ext.</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Phone type</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Remove this phone</translation>
    </message>
</context>
<context>
    <name>PrivacyFeature</name>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Back Up Database…</translation>
    </message>
    <message>
        <source>Save Recovery &amp;Key…</source>
        <translation>Save Recovery &amp;Key…</translation>
    </message>
    <message>
        <source>E&amp;xport Personal Data (GDPR)…</source>
        <translation>E&amp;xport Personal Data (GDPR)…</translation>
    </message>
    <message>
        <source>Contacts &amp;Untouched for a While…</source>
        <translation>Contacts &amp;Untouched for a While…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Res&amp;tore from Backup…</translation>
    </message>
    <message>
        <source>E&amp;ncrypt Database…</source>
        <translation>E&amp;ncrypt Database…</translation>
    </message>
    <message>
        <source>Erase Contact &amp;Permanently (GDPR)…</source>
        <translation>Erase Contact &amp;Permanently (GDPR)…</translation>
    </message>
    <message>
        <source>Change E&amp;ncryption Key…</source>
        <translation>Change E&amp;ncryption Key…</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>Back up the database to</translation>
    </message>
    <message>
        <source>Mission CRM database (*.db)</source>
        <translation>Mission CRM database (*.db)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Backed up to {file}</translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation>Restore the database from</translation>
    </message>
    <message>
        <source>Mission CRM database (*.db);;All files (*)</source>
        <translation>Mission CRM database (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Replace the current database with {file}?

The current database is kept in the backups folder first.</source>
        <translation>Replace the current database with {file}?

The current database is kept in the backups folder first.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Restored from {file}; the replaced database is kept as {aside}</source>
        <translation>Restored from {file}; the replaced database is kept as {aside}</translation>
    </message>
    <message>
        <source>Encrypt {name}? Its automatic backups are encrypted too; the unencrypted ones are overwritten and deleted.</source>
        <translation>Encrypt {name}? Its automatic backups are encrypted too; the unencrypted ones are overwritten and deleted.</translation>
    </message>
    <message>
        <source>Re-encrypt {name} and its automatic backups with a new key? A recovery key saved before stops working.</source>
        <translation>Re-encrypt {name} and its automatic backups with a new key? A recovery key saved before stops working.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Encrypting…</translation>
    </message>
    <message>
        <source>The database is encrypted with your passphrase. Keep it safe: without it the database cannot be opened.</source>
        <translation>The database is encrypted with your passphrase. Keep it safe: without it the database cannot be opened.</translation>
    </message>
    <message>
        <source>The database is encrypted; its key is kept by the system keyring. Save a recovery key now? Without it, a new laptop or a reset keyring means the data is lost.</source>
        <translation>The database is encrypted; its key is kept by the system keyring. Save a recovery key now? Without it, a new laptop or a reset keyring means the data is lost.</translation>
    </message>
    <message>
        <source>Save the recovery key to</source>
        <translation>Save the recovery key to</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>The recovery key is in {file}. Keep it away from this laptop: on a USB key in a drawer, or in a password manager.</source>
        <translation>The recovery key is in {file}. Keep it away from this laptop: on a USB key in a drawer, or in a password manager.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>Select a contact first.</translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <source>Erase {name} permanently?

Everything about this person (emails, phones, meetings, history, follow-ups) is removed from the database, the search index and the automatic backups. This cannot be undone.</source>
        <translation>Erase {name} permanently?

Everything about this person (emails, phones, meetings, history, follow-ups) is removed from the database, the search index and the automatic backups. This cannot be undone.</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>this contact</translation>
    </message>
    <message>
        <source>{name} was erased permanently.</source>
        <translation>{name} was erased permanently.</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>The contact</translation>
    </message>
    <message>
        <source>These backups are encrypted with another key and may still hold this person; delete them:
{files}</source>
        <translation>These backups are encrypted with another key and may still hold this person; delete them:
{files}</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Erasing…</translation>
    </message>
    <message>
        <source>{name} - personal data.txt</source>
        <translation>{name} - personal data.txt</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>Readable text (*.txt)</source>
        <translation>Readable text (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the personal data of {name}</source>
        <translation>Export the personal data of {name}</translation>
    </message>
    <message>
        <source>{file}: cannot write ({reason})</source>
        <translation>{file}: cannot write ({reason})</translation>
    </message>
    <message>
        <source>Personal data written to {file}</source>
        <translation>Personal data written to {file}</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>Quick capture</source>
        <translation>Quick capture</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Met at:</source>
        <translation>&amp;Met at:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>e.g. wants CAR-T capacity in EU</source>
        <translation>e.g. wants CAR-T capacity in EU</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>optional, e.g. send the deck</source>
        <translation>optional, e.g. send the deck</translation>
    </message>
    <message>
        <source>Follow-up due in (days)</source>
        <translation>Follow-up due in (days)</translation>
    </message>
    <message>
        <source>due in </source>
        <translation>due in </translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Follo&amp;w-up:</source>
        <translation>Follo&amp;w-up:</translation>
    </message>
    <message>
        <source>&amp;Keep the picture of the card</source>
        <translation>&amp;Keep the picture of the card</translation>
    </message>
    <message>
        <source>Store the scanned picture with the contact (erased with them)</source>
        <translation>Store the scanned picture with the contact (erased with them)</translation>
    </message>
    <message>
        <source>Save &amp;&amp; &amp;next</source>
        <translation>Save &amp;&amp; &amp;next</translation>
    </message>
    <message>
        <source>Save, then log the next person met at the same session (Ctrl+Enter)</source>
        <translation>Save, then log the next person met at the same session (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Scan badge or card…</source>
        <translation>&amp;Scan badge or card…</translation>
    </message>
    <message>
        <source>Read a badge&apos;s QR code or a business card from a picture; or paste one (Ctrl+V) or drop it here</source>
        <translation>Read a badge&apos;s QR code or a business card from a picture; or paste one (Ctrl+V) or drop it here</translation>
    </message>
    <message>
        <source>Ca&amp;mera</source>
        <translation>Ca&amp;mera</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <source>Read a badge&apos;s QR code with the camera</source>
        <translation>Read a badge&apos;s QR code with the camera</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>From the card: {text}</source>
        <translation>From the card: {text}</translation>
    </message>
    <message>
        <source>&amp;Keep the picture of the badge</source>
        <translation>&amp;Keep the picture of the badge</translation>
    </message>
    <message>
        <source>a business card (OCR)</source>
        <translation>a business card (OCR)</translation>
    </message>
    <message>
        <source>a QR code ({kind})</source>
        <translation>a QR code ({kind})</translation>
    </message>
    <message>
        <source>Read from {how}.</source>
        <translation>Read from {how}.</translation>
    </message>
    <message>
        <source>Check the fields marked in yellow.</source>
        <translation>Check the fields marked in yellow.</translation>
    </message>
    <message>
        <source>The picture holds no contact details; nothing was filled in.</source>
        <translation>The picture holds no contact details; nothing was filled in.</translation>
    </message>
    <message>
        <source>more emails: {list}</source>
        <translation>more emails: {list}</translation>
    </message>
    <message>
        <source>more phones: {list}</source>
        <translation>more phones: {list}</translation>
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
        <translation>Also saved from the scan: {parts}</translation>
    </message>
    <message>
        <source>check this: read with low confidence</source>
        <translation>check this: read with low confidence</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation>the pasted picture</translation>
    </message>
    <message>
        <source>the dropped picture</source>
        <translation>the dropped picture</translation>
    </message>
    <message>
        <source>(not at a session)</source>
        <translation>(not at a session)</translation>
    </message>
    <message>
        <source>Saved {name}. Next person:</source>
        <translation>Saved {name}. Next person:</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>Due follow-ups: %n</source>
        <translation>
            <numerusform>Due follow-ups: %n</numerusform>
            <numerusform>Due follow-ups: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>overdue since {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation>Due follow-ups</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Hide until tomorrow</source>
        <translation>Hide until tomorrow</translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation>Hide the list</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Show the list</translation>
    </message>
    <message>
        <source>Click one to open it.</source>
        <translation>Click one to open it.</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Nothing due today</translation>
    </message>
    <message numerus="yes">
        <source>All %n due follow-ups…</source>
        <translation>
            <numerusform>The %n due follow-up…</numerusform>
            <numerusform>All %n due follow-ups…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Mission CRM</source>
        <translation>Open Mission CRM</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>No follow-up</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Encounters recorded</source>
        <translation>Encounters recorded</translation>
    </message>
    <message>
        <source>Leads (people met)</source>
        <translation>Leads (people met)</translation>
    </message>
    <message>
        <source>Follow-ups open</source>
        <translation>Follow-ups open</translation>
    </message>
    <message>
        <source>… of which overdue</source>
        <translation>… of which overdue</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Follow-ups done</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Mission report</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Prepared on {date}</translation>
    </message>
    <message>
        <source>The mission in figures</source>
        <translation>The mission in figures</translation>
    </message>
    <message>
        <source>Sessions and who was met</source>
        <translation>Sessions and who was met</translation>
    </message>
    <message>
        <source>No sessions recorded for this mission.</source>
        <translation>No sessions recorded for this mission.</translation>
    </message>
    <message>
        <source>organised by {names}</source>
        <translation>organised by {names}</translation>
    </message>
    <message>
        <source>No one recorded as met here.</source>
        <translation>No one recorded as met here.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Leads and follow-up status</source>
        <translation>Leads and follow-up status</translation>
    </message>
    <message>
        <source>No one was met yet.</source>
        <translation>No one was met yet.</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Met at</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>{file}: is a folder; give a file name ending in .pdf</source>
        <translation>{file}: is a folder; give a file name ending in .pdf</translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: the folder {folder} does not exist</translation>
    </message>
    <message>
        <source>Mission report: {name}</source>
        <translation>Mission report: {name}</translation>
    </message>
    <message>
        <source>{file}: cannot write the report ({reason})</source>
        <translation>{file}: cannot write the report ({reason})</translation>
    </message>
    <message>
        <source>{file}: cannot write the report</source>
        <translation>{file}: cannot write the report</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Contacts untouched for a while</source>
        <translation>Contacts untouched for a while</translation>
    </message>
    <message>
        <source>GDPR: keep personal data no longer than needed. These contacts have had no change, meeting, interaction or follow-up for the number of months below. Review them; erase those you no longer need.</source>
        <translation>GDPR: keep personal data no longer than needed. These contacts have had no change, meeting, interaction or follow-up for the number of months below. Review them; erase those you no longer need.</translation>
    </message>
    <message>
        <source>&amp;Untouched for at least</source>
        <translation>&amp;Untouched for at least</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Untouched contacts</source>
        <translation>Untouched contacts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Lawful basis</translation>
    </message>
    <message>
        <source>In trash</source>
        <translation>In trash</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xport personal data…</translation>
    </message>
    <message>
        <source>&amp;Erase permanently…</source>
        <translation>&amp;Erase permanently…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanBadge</name>
    <message>
        <source>Scan a badge or business card</source>
        <translation>Scan a badge or business card</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Pictures ({patterns})</translation>
    </message>
    <message>
        <source>The camera cannot be used: Qt Multimedia did not load ({error})</source>
        <translation>The camera cannot be used: Qt Multimedia did not load ({error})</translation>
    </message>
    <message>
        <source>No camera found on this computer</source>
        <translation>No camera found on this computer</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit session</source>
        <translation>Edit session</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>New mission…</source>
        <translation>New mission…</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Date only (all day)</source>
        <translation>&amp;Date only (all day)</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Starts:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <source>In the mission&apos;s time zone</source>
        <translation>In the mission&apos;s time zone</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Pick a mission, or create one with “New mission…”.</source>
        <translation>Pick a mission, or create one with “New mission…”.</translation>
    </message>
    <message>
        <source>A date-only session needs its date in Starts.</source>
        <translation>A date-only session needs its date in Starts.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>Search sessions: title, venue (Ctrl+F)</source>
        <translation>Search sessions: title, venue (Ctrl+F)</translation>
    </message>
    <message>
        <source>No sessions match “{query}”.</source>
        <translation>No sessions match “{query}”.</translation>
    </message>
    <message>
        <source>No sessions yet — load the sample mission with “python main.py demo”, or add one with Edit ▸ New…</source>
        <translation>No sessions yet — load the sample mission with “python main.py demo”, or add one with Edit ▸ New…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Select a session to see who you met there.</source>
        <translation>Select a session to see who you met there.</translation>
    </message>
    <message>
        <source>Organised by {companies}</source>
        <translation>Organised by {companies}</translation>
    </message>
    <message>
        <source>Nobody logged at this session yet.</source>
        <translation>Nobody logged at this session yet.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>{language} is used from the next start of the app.</source>
        <translation>{language} is used from the next start of the app.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Restart now</translation>
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
        <translation>S&amp;ync with team server…</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>Sync &amp;conflicts…</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the team server</source>
        <translation>Sync with the team server</translation>
    </message>
    <message>
        <source>from the keyring</source>
        <translation>from the keyring</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>Your changes go to the server and your colleagues&apos; come back. Conflicting edits are kept for review.</source>
        <translation>Your changes go to the server and your colleagues&apos; come back. Conflicting edits are kept for review.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Server: give the team server&apos;s address</source>
        <translation>Server: give the team server&apos;s address</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Syncing with the team server…</source>
        <translation>Syncing with the team server…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n record(s) received</source>
        <translation>
            <numerusform>Done: %n record received</numerusform>
            <numerusform>Done: %n records received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): see File ▸ Sync conflicts…</source>
        <translation>
            <numerusform>%n conflict: see File ▸ Sync conflicts…</numerusform>
            <numerusform>%n conflicts: see File ▸ Sync conflicts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the server would refuse set aside: see File ▸ Sync conflicts…</source>
        <translation>
            <numerusform>%n record the server would refuse set aside: see File ▸ Sync conflicts…</numerusform>
            <numerusform>%n records the server would refuse set aside: see File ▸ Sync conflicts…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync did not finish; nothing was lost. Try again when the server is reachable.</source>
        <translation>The sync did not finish; nothing was lost. Try again when the server is reachable.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Delete {what}</source>
        <translation>Delete {what}</translation>
    </message>
    <message>
        <source>Move {name} to the trash? You can undo this.</source>
        <translation>Move {name} to the trash? You can undo this.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>Restored {name}.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Deleted {name}.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a row to see its details here.</source>
        <translation>Select a row to see its details here.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Put the selected row back where it was (Enter)</source>
        <translation>Put the selected row back where it was (Enter)</translation>
    </message>
    <message>
        <source>Erase &amp;permanently…</source>
        <translation>Erase &amp;permanently…</translation>
    </message>
    <message>
        <source>Remove the selected person and everything about them for good (GDPR)</source>
        <translation>Remove the selected person and everything about them for good (GDPR)</translation>
    </message>
    <message>
        <source>Deleted contacts, companies and sessions stay here until you restore them. A person can also be erased for good from here.</source>
        <translation>Deleted contacts, companies and sessions stay here until you restore them. A person can also be erased for good from here.</translation>
    </message>
    <message>
        <source>Search the trash by name (Ctrl+F)</source>
        <translation>Search the trash by name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>Restored {name}.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>The trash is empty. What you delete lands here, and can be restored.</source>
        <translation>The trash is empty. What you delete lands here, and can be restored.</translation>
    </message>
    <message>
        <source>Nothing in the trash matches “{query}”.</source>
        <translation>Nothing in the trash matches “{query}”.</translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n in the trash</numerusform>
            <numerusform>%n in the trash</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash ({count})</source>
        <translation>Trash ({count})</translation>
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
        <translation>profile</translation>
    </message>
    <message>
        <source>Add web address</source>
        <translation>Add web address</translation>
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
        <translation>Remove this web address</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>To have the key kept for you instead, this computer needs a password store (the Secret Service: GNOME Keyring or KDE Wallet), running and unlocked. On Debian or Ubuntu: install gnome-keyring (sudo apt install gnome-keyring), log out and in again, then use File ▸ Encrypt Database….</source>
        <translation>To have the key kept for you instead, this computer needs a password store (the Secret Service: GNOME Keyring or KDE Wallet), running and unlocked. On Debian or Ubuntu: install gnome-keyring (sudo apt install gnome-keyring), log out and in again, then use File ▸ Encrypt Database….</translation>
    </message>
    <message>
        <source>Make sure you are logged in to this computer with your own account, then use File ▸ Encrypt Database….</source>
        <translation>Make sure you are logged in to this computer with your own account, then use File ▸ Encrypt Database….</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Mission CRM</source>
        <translation>Welcome to Mission CRM</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; A few things to set up once; you can change each of them later in Settings.</source>
        <translation>&lt;b&gt;Welcome.&lt;/b&gt; A few things to set up once; you can change each of them later in Settings.</translation>
    </message>
    <message>
        <source>e.g. Léa Martin</source>
        <translation>e.g. Léa Martin</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Home phone &amp;region:</source>
        <translation>Home phone &amp;region:</translation>
    </message>
    <message>
        <source>Two-letter country code used for numbers typed without +, e.g. BE or US.</source>
        <translation>Two-letter country code used for numbers typed without +, e.g. BE or US.</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Your data:</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Begin</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Your contacts will be encrypted on this computer. The key is kept by the system&apos;s password store, so you will never type it. To open them on another computer one day, save a recovery key (File ▸ Save Recovery Key…).</source>
        <translation>Your contacts will be encrypted on this computer. The key is kept by the system&apos;s password store, so you will never type it. To open them on another computer one day, save a recovery key (File ▸ Save Recovery Key…).</translation>
    </message>
    <message>
        <source>This computer has no password store that can keep a key for you ({reason}). Choose a passphrase to encrypt your contacts: you will type it each time the app opens. Leave it empty and they are stored unencrypted, readable by anyone who gets this computer&apos;s disk.</source>
        <translation>This computer has no password store that can keep a key for you ({reason}). Choose a passphrase to encrypt your contacts: you will type it each time the app opens. Leave it empty and they are stored unencrypted, readable by anyone who gets this computer&apos;s disk.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>How do you want to begin?</source>
        <translation>How do you want to begin?</translation>
    </message>
    <message>
        <source>Load the &amp;sample mission (USA, June 2022) to try things out</source>
        <translation>Load the &amp;sample mission (USA, June 2022) to try things out</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Start &amp;empty</translation>
    </message>
    <message>
        <source>Connect to my delegation&apos;s &amp;team server</source>
        <translation>Connect to my delegation&apos;s &amp;team server</translation>
    </message>
    <message>
        <source>The address your delegation&apos;s administrator gave you; the password is asked when you sync.</source>
        <translation>The address your delegation&apos;s administrator gave you; the password is asked when you sync.</translation>
    </message>
    <message>
        <source>Home phone region: a two-letter country code (BE, US …).</source>
        <translation>Home phone region: a two-letter country code (BE, US …).</translation>
    </message>
    <message>
        <source>Passphrase: use at least {n} characters.</source>
        <translation>Passphrase: use at least {n} characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Team server: its address, such as postgresql://alice@db.example.org/delegation.</source>
        <translation>Team server: its address, such as postgresql://alice@db.example.org/delegation.</translation>
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
        <translation>Loading the sample mission…</translation>
    </message>
    <message>
        <source>The sample mission is loaded.</source>
        <translation>The sample mission is loaded.</translation>
    </message>
</context>
</TS>
