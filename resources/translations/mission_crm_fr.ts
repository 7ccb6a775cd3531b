<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>opening…</source>
        <translation>ouverture…</translation>
    </message>
    <message>
        <source>not encrypted (File ▸ Encrypt Database… encrypts it)</source>
        <translation>non chiffrée (Fichier ▸ Chiffrer la base de données… la chiffre)</translation>
    </message>
    <message>
        <source>encrypted; the key is kept by the system&apos;s password store</source>
        <translation>chiffrée&#xa0;; la clé est gardée par le trousseau de clés du système</translation>
    </message>
    <message>
        <source>encrypted with a passphrase</source>
        <translation>chiffrée avec une phrase secrète</translation>
    </message>
    <message>
        <source>About Mission CRM</source>
        <translation>À propos de Mission CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mission CRM {version}&lt;/h3&gt;&lt;p&gt;Contacts and follow-ups for the members of a trade delegation.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mission CRM {version}&lt;/h3&gt;&lt;p&gt;Contacts et suivis pour les membres d&apos;une délégation économique.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Database: {where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Base de données&#xa0;: {where}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Encryption: {state}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chiffrement&#xa0;: {state}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Made with Qt and PySide6 (Qt for Python), used under the GNU LGPL v3, and the open-source packages listed under Licences.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Réalisé avec Qt et PySide6 (Qt for Python), utilisés sous la licence GNU LGPL v3, et avec les logiciels libres énumérés sous Licences.&lt;/p&gt;</translation>
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
        <translation>travail</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Ajouter une adresse</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Suite, building</source>
        <translation>Bureau, bâtiment</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Boîte postale</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State, province</source>
        <translation>État, province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Supprimer cette adresse</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>{file}: {problem} (no passphrase given)</source>
        <translation>{file}&#xa0;: {problem} (aucune phrase secrète donnée)</translation>
    </message>
    <message>
        <source>Mission CRM</source>
        <translation>Mission CRM</translation>
    </message>
    <message>
        <source>Cannot open the database:
{error}</source>
        <translation>Impossible d&apos;ouvrir la base de données&#xa0;:
{error}</translation>
    </message>
</context>
<context>
    <name>BackupSettingsTab</name>
    <message>
        <source>Automatic backups to &amp;keep:</source>
        <translation>Sauvegardes automatiques à &amp;conserver&#xa0;:</translation>
    </message>
    <message>
        <source>The database is copied before every schema change and at the first opening of each day; older copies beyond this number are deleted.</source>
        <translation>La base de données est copiée avant chaque changement de schéma et à la première ouverture de chaque jour&#xa0;; les copies plus anciennes au-delà de ce nombre sont supprimées.</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>year not known</source>
        <translation>année inconnue</translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation>Pas de date de naissance</translation>
    </message>
</context>
<context>
    <name>CameraScanDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>Hold the badge&apos;s QR code in front of the camera.</source>
        <translation>Présentez le code QR du badge devant la caméra.</translation>
    </message>
    <message>
        <source>Scan a picture file instead, or type the details.</source>
        <translation>Scannez plutôt un fichier image, ou tapez les coordonnées.</translation>
    </message>
    <message>
        <source>The camera stopped: {error}</source>
        <translation>La caméra s&apos;est arrêtée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No picture from the camera: another app may be using it.</source>
        <translation>Aucune image de la caméra&#xa0;: une autre application l&apos;utilise peut-être.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{title} (no data yet)</source>
        <translation>{title} (pas encore de données)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Follow-ups by week due</source>
        <translation>Suivis par semaine d&apos;échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Contacts met per session</source>
        <translation>Contacts rencontrés par session</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Contacts per company kind</source>
        <translation>Contacts par secteur d&apos;entreprise</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Contacts per country</source>
        <translation>Contacts par pays</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Search companies: name, kind, city (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: nom, secteur, ville (Ctrl+F)</translation>
    </message>
    <message>
        <source>No companies match “{query}”.</source>
        <translation>Aucune entreprise ne correspond à «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>No companies yet — they are created as you log people (Ctrl+N) or with Edit ▸ New…</source>
        <translation>Aucune entreprise pour l&apos;instant — elles sont créées quand vous notez des personnes (Ctrl+N) ou via Édition ▸ Nouveau…</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n entreprise</numerusform>
            <numerusform>%n entreprises</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Nobody from this company yet.</source>
        <translation>Personne de cette entreprise pour l&apos;instant.</translation>
    </message>
    <message>
        <source>this company</source>
        <translation>cette entreprise</translation>
    </message>
    <message>
        <source>company</source>
        <translation>l&apos;entreprise</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <source>Edit company</source>
        <translation>Modifier l&apos;entreprise</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nouvelle entreprise</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>pharma, biotech, CDMO, agency …</source>
        <translation>pharma, biotech, CDMO, agence…</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>two letters: US, BE …</source>
        <translation>deux lettres&#xa0;: US, BE…</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Restore the version that lost</source>
        <translation>Restaurer la version écartée</translation>
    </message>
    <message>
        <source>No conflicts: every copy agreed.</source>
        <translation>Aucun conflit&#xa0;: toutes les copies concordaient.</translation>
    </message>
    <message>
        <source>edited on two copies; the newer edit was kept</source>
        <translation>modifié sur deux copies&#xa0;; la modification la plus récente a été conservée</translation>
    </message>
    <message>
        <source>set aside, the server would refuse it: {why}</source>
        <translation>mis de côté, le serveur le refuserait&#xa0;: {why}</translation>
    </message>
    <message>
        <source>deleted on one copy while edited on another; the deletion was kept</source>
        <translation>supprimé sur une copie et modifié sur une autre&#xa0;; la suppression a été conservée</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>several: separate with commas</source>
        <translation>plusieurs&#xa0;: séparez-les par des virgules</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn:</source>
        <translation>Lin&amp;kedIn&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>P&amp;ays&#xa0;:</translation>
    </message>
    <message>
        <source>two letters: US, BE …</source>
        <translation>deux lettres&#xa0;: US, BE…</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>en, fr, nl …</source>
        <translation>en, fr, nl…</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <source>Lawful &amp;basis:</source>
        <translation>&amp;Base légale&#xa0;:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non indiquée)</translation>
    </message>
    <message>
        <source>… since:</source>
        <translation>… depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>More: name, birthday, addresses, web</source>
        <translation>Plus&#xa0;: nom, date de naissance, adresses, web</translation>
    </message>
    <message>
        <source>Title (Dr., Prof.):</source>
        <translation>Titre (Dr, Prof.)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Middle name:</source>
        <translation>Deu&amp;xième prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Suffi&amp;x (Jr., PhD):</source>
        <translation>&amp;Suffixe (Jr, PhD)&#xa0;:</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>S&amp;urnom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adresses&#xa0;:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation>Web&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ContactFormDialog</name>
    <message>
        <source>with the country code: +1 617 555 0100</source>
        <translation>avec l&apos;indicatif du pays&#xa0;: +1 617 555 0100</translation>
    </message>
    <message>
        <source>e.g. {example} — read as {region}</source>
        <translation>p. ex. {example} — région {region}</translation>
    </message>
    <message>
        <source>A number without + is read in {region}; with + and a country code, anywhere.</source>
        <translation>Un numéro sans + est lu dans la région {region}&#xa0;; avec + et l&apos;indicatif du pays, partout.</translation>
    </message>
    <message>
        <source>Phone not checked</source>
        <translation>Téléphone non vérifié</translation>
    </message>
    <message>
        <source>{problem}.

Keep it exactly as written, marked “not checked”? You can correct it later in the editor.</source>
        <translation>{problem}.

Le garder exactement tel qu&apos;il est écrit, marqué «&#xa0;non vérifié&#xa0;»&#xa0;? Vous pourrez le corriger plus tard en modifiant le contact.</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Choose a contact</source>
        <translation>Choisir un contact</translation>
    </message>
    <message>
        <source>Name, company or email</source>
        <translation>Nom, entreprise ou e-mail</translation>
    </message>
    <message>
        <source>&amp;Who is it about?</source>
        <translation>&amp;De qui s&apos;agit-il&#xa0;?</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Contacts correspondants</translation>
    </message>
    <message>
        <source>There are no contacts yet. A follow-up is about someone: log them first with quick capture (Ctrl+N).</source>
        <translation>Aucun contact pour l&apos;instant. Un suivi concerne quelqu&apos;un&#xa0;: notez d&apos;abord cette personne en saisie rapide (Ctrl+N).</translation>
    </message>
    <message>
        <source>No contact matches “{query}”.</source>
        <translation>Aucun contact ne correspond à «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>The first {shown} of {total}: type more to narrow.</source>
        <translation>Les {shown} premiers sur {total}&#xa0;: tapez davantage pour affiner.</translation>
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
        <translation>Personnes importées ou saisies avec un e-mail ou un téléphone mais sans nom&#xa0;: ouvrez-en une et ajoutez le nom</translation>
    </message>
    <message>
        <source>Search contacts: name, company, email, phone (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: nom, entreprise, e-mail, tél. (Ctrl+F)</translation>
    </message>
    <message>
        <source>No contacts match “{query}”.</source>
        <translation>Aucun contact ne correspond à «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>No contacts yet — press Ctrl+N to log the first person you meet.</source>
        <translation>Aucun contact pour l&apos;instant — appuyez sur Ctrl+N pour noter la première personne que vous rencontrez.</translation>
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
            <numerusform>Sans nom (%n)</numerusform>
            <numerusform>Sans nom (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Noter une interaction</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Kept without a name: Edit to add one.</source>
        <translation>Enregistré sans nom&#xa0;: cliquez sur Modifier pour en ajouter un.</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} chez {company}</translation>
    </message>
    <message>
        <source>LinkedIn: {profile}</source>
        <translation>LinkedIn&#xa0;: {profile}</translation>
    </message>
    <message>
        <source>Birthday: {day}</source>
        <translation>Date de naissance&#xa0;: {day}</translation>
    </message>
    <message>
        <source>Country: {code}</source>
        <translation>Pays&#xa0;: {code}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>Logged by {owner}</source>
        <translation>Noté par {owner}</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Carte de visite</translation>
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
        <translation>Rencontré à</translation>
    </message>
    <message>
        <source>Met at a session…</source>
        <translation>Rencontré à une session…</translation>
    </message>
    <message>
        <source>Not linked to a session.</source>
        <translation>Lié à aucune session.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>échéance le {date}</translation>
    </message>
    <message>
        <source>No follow-ups.</source>
        <translation>Aucun suivi.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>No interactions yet.</source>
        <translation>Aucune interaction pour l&apos;instant.</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
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
        <translation>autre</translation>
    </message>
    <message>
        <source>{number} ext. {extension}</source>
        <translation>{number} poste {extension}</translation>
    </message>
    <message>
        <source>⚠ not checked</source>
        <translation>⚠ non vérifié</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>ce contact</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>le contact</translation>
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
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>as of {date}</source>
        <translation>au {date}</translation>
    </message>
</context>
<context>
    <name>DraftEmailDialog</name>
    <message>
        <source>Draft email</source>
        <translation>Brouillon d&apos;e-mail</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open in mail app</source>
        <translation>Ou&amp;vrir dans la messagerie</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Enregistrer en .&amp;eml…</translation>
    </message>
    <message>
        <source>Templates are edited in Settings → Email templates. The email is recorded in the contact&apos;s history.</source>
        <translation>Les modèles se modifient dans Paramètres → Modèles d&apos;e-mail. L&apos;e-mail est noté dans l&apos;historique du contact.</translation>
    </message>
    <message>
        <source>{name} (no email address on file: add it in your mail app)</source>
        <translation>{name} (aucune adresse e-mail connue&#xa0;: ajoutez-la dans votre messagerie)</translation>
    </message>
    <message>
        <source>No mail app opened the draft. Save it as an .eml file instead.</source>
        <translation>Aucune messagerie n&apos;a ouvert le brouillon. Enregistrez-le plutôt comme fichier .eml.</translation>
    </message>
    <message>
        <source>Save the email</source>
        <translation>Enregistrer l&apos;e-mail</translation>
    </message>
    <message>
        <source>Email message (*.eml)</source>
        <translation>Message e-mail (*.eml)</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>&amp;Open that one instead</source>
        <translation>&amp;Ouvrir plutôt celui-là</translation>
    </message>
    <message>
        <source>Looks like {who}</source>
        <translation>Ressemble à {who}</translation>
    </message>
    <message numerus="yes">
        <source> — and %n other(s)</source>
        <translation>
            <numerusform> — et %n autre</numerusform>
            <numerusform> — et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>Undo last &amp;merge…</source>
        <translation>Annuler la dernière &amp;fusion…</translation>
    </message>
    <message>
        <source>Merged {summary}.</source>
        <translation>Fusion effectuée&#xa0;: {summary}.</translation>
    </message>
    <message>
        <source>Merge undone: {summary}.</source>
        <translation>Fusion annulée&#xa0;: {summary}.</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Annuler la dernière fusion</translation>
    </message>
    <message>
        <source>There is no merge to undo.</source>
        <translation>Il n&apos;y a aucune fusion à annuler.</translation>
    </message>
    <message>
        <source>Undo the merge of {summary}? Both records come back as they were.</source>
        <translation>Annuler la fusion de {summary}&#xa0;? Les deux enregistrements reviennent tels qu&apos;ils étaient.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche de doublons…</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>&amp;Scan again</source>
        <translation>&amp;Relancer la recherche</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>Scan stopped. Nothing is merged until you choose.</source>
        <translation>Recherche arrêtée. Rien n&apos;est fusionné tant que vous ne choisissez pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) that may be duplicates. Nothing is merged until you choose.</source>
        <translation>
            <numerusform>%n paire qui pourrait être un doublon. Rien n&apos;est fusionné tant que vous n&apos;avez pas choisi.</numerusform>
            <numerusform>%n paires qui pourraient être des doublons. Rien n&apos;est fusionné tant que vous n&apos;avez pas choisi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Aucun doublon trouvé.</translation>
    </message>
</context>
<context>
    <name>EmailTemplatesTab</name>
    <message>
        <source>Restore the default text</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}. {{your_name}} is your name from the General tab.</source>
        <translation>Variables&#xa0;: {placeholders}. {{your_name}} est votre nom indiqué dans l&apos;onglet Général.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>Modèles d&apos;e-mail</translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <source>Met at a session</source>
        <translation>Rencontré à une session</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. wants CAR-T capacity in EU</source>
        <translation>p. ex. cherche de la capacité CAR-T dans l&apos;UE</translation>
    </message>
    <message>
        <source>There is no session yet: add one on the Sessions page.</source>
        <translation>Il n&apos;y a encore aucune session&#xa0;: ajoutez-en une dans la page Sessions.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>CSV (spreadsheet, other CRMs)</source>
        <translation>CSV (tableur, autres CRM)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>vCard (phones, Outlook, Google)</source>
        <translation>vCard (téléphones, Outlook, Google)</translation>
    </message>
    <message>
        <source>Calendar of open follow-ups (ICS)</source>
        <translation>Calendrier des suivis ouverts (ICS)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Every field (default)</source>
        <translation>Tous les champs (par défaut)</translation>
    </message>
    <message>
        <source>Excel, Belgian locale (semicolons)</source>
        <translation>Excel, paramètres régionaux belges (points-virgules)</translation>
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
        <translation>Rapport de prospects pour les agences</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>vCard {version}</source>
        <translation>vCard {version}</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation>Tous les suivis ouverts</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>À faire dans les 7 jours</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>Suivis&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>All %n contact(s)</source>
        <translation>
            <numerusform>Tous les contacts (%n)</numerusform>
            <numerusform>Tous les contacts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the %n contact(s) the list shows</source>
        <translation>
            <numerusform>Seulement les contacts affichés dans la liste (%n)</numerusform>
            <numerusform>Seulement les contacts affichés dans la liste (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>One card per contact, with every email, phone and tag.</source>
        <translation>Une fiche par contact, avec chaque e-mail, téléphone et étiquette.</translation>
    </message>
    <message>
        <source>One all-day event per open follow-up, on the day it is due; Outlook and Google Calendar import it.</source>
        <translation>Un événement d&apos;une journée entière par suivi ouvert, le jour de son échéance&#xa0;; Outlook et Google Agenda l&apos;importent.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Exported {rows} to {path}. Not in the file:</source>
        <translation>Exportation vers {path}&#xa0;: {rows} élément(s). Absent du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing was written: {why}</source>
        <translation>Rien n&apos;a été écrit&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Modifier le suivi</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nouveau suivi</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Concerne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. send the deck</source>
        <translation>p. ex. envoyer la présentation</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Save the mission report</source>
        <translation>Enregistrer le rapport de mission</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the mission report to {path}</source>
        <translation>Rapport de mission enregistré dans {path}</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Select a contact or a follow-up first.</source>
        <translation>Sélectionnez d&apos;abord un contact ou un suivi.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Mission &amp;report (PDF)…</source>
        <translation>Rapport de &amp;mission (PDF)…</translation>
    </message>
    <message>
        <source>Draft &amp;email…</source>
        <translation>Brouillon d&apos;&amp;e-mail…</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>… and {n} more: narrow the list with the search or the filters.</source>
        <translation>… et {n} de plus&#xa0;: affinez la liste avec la recherche ou les filtres.</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Session&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>Ent&amp;reprise&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Respo&amp;nsable&#xa0;:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;fait</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>À demain</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>De 3 jours</translation>
    </message>
    <message>
        <source>Until next Monday</source>
        <translation>À lundi prochain</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>À une date…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Changer l&apos;échéance…</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Draft &amp;email…</source>
        <translation>Brouillon d&apos;&amp;e-mail…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Open &amp;contact</source>
        <translation>&amp;Ouvrir le contact</translation>
    </message>
    <message>
        <source>Search follow-ups: task, contact, company (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: tâche, contact, entreprise (Ctrl+F)</translation>
    </message>
    <message>
        <source>New follow-up: who with?</source>
        <translation>Nouveau suivi&#xa0;: avec qui&#xa0;?</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>Toutes les entreprises</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n suivi</numerusform>
            <numerusform>%n suivis</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} (snoozed)</source>
        <translation>{date} (reporté)</translation>
    </message>
    <message>
        <source>{date} (cancelled)</source>
        <translation>{date} (annulé)</translation>
    </message>
    <message>
        <source>No follow-ups match the search or the filters.</source>
        <translation>Aucun suivi ne correspond à la recherche ou aux filtres.</translation>
    </message>
    <message>
        <source>No follow-ups yet. Add one from a contact (&quot;Add follow-up&quot;), or when you log someone with quick capture.</source>
        <translation>Aucun suivi pour l&apos;instant. Ajoutez-en un depuis un contact («&#xa0;Ajouter un suivi&#xa0;»), ou quand vous notez quelqu&apos;un en saisie rapide.</translation>
    </message>
    <message>
        <source>Select a follow-up first</source>
        <translation>Sélectionnez d&apos;abord un suivi</translation>
    </message>
    <message>
        <source>Only an open follow-up can be done, snoozed or rescheduled</source>
        <translation>Seul un suivi ouvert peut être marqué comme fait, reporté ou recevoir une nouvelle échéance</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Fait&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Reporter au</translation>
    </message>
    <message>
        <source>Snoozed until {date}: {title}</source>
        <translation>Reporté au {date}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Reschedule: new due date</source>
        <translation>Changer l&apos;échéance&#xa0;: nouvelle date</translation>
    </message>
    <message>
        <source>Due {date}: {title}</source>
        <translation>Échéance le {date}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Priority changed: {title}</source>
        <translation>Priorité modifiée&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Maximale</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date et une heure (AAAA-MM-JJ HH:MM)</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>e.g. Léa Martin</source>
        <translation>p. ex. Léa Martin</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Emplacement par défaut</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded as the owner of the people and follow-ups you create.</source>
        <translation>Indiqué comme responsable des personnes et des suivis que vous créez.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is used from the next start; the app offers to restart.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage&#xa0;; l&apos;application propose de redémarrer.</translation>
    </message>
    <message>
        <source>Default phone &amp;region:</source>
        <translation>&amp;Région téléphonique par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Two-letter country code used for numbers typed without +, e.g. BE or US.</source>
        <translation>Code pays à deux lettres utilisé pour les numéros saisis sans +, p. ex. BE ou US.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>In use now: {current}. A new location takes effect when you restart the app.</source>
        <translation>Utilisée actuellement&#xa0;: {current}. Un nouvel emplacement prend effet au redémarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <source>Mission CRM database (*.db);;All files (*)</source>
        <translation>Base de données Mission CRM (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Default phone region: a two-letter country code (BE, US …).</source>
        <translation>Région téléphonique par défaut&#xa0;: un code pays à deux lettres (BE, US…).</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Re&amp;vert last import…</source>
        <translation>Annu&amp;ler la dernière importation…</translation>
    </message>
    <message>
        <source>Imported {file}: {counts}.</source>
        <translation>{file} importé&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Exported {rows} to {path}.</source>
        <translation>Exportation vers {path}&#xa0;: {rows} élément(s).</translation>
    </message>
    <message>
        <source>Revert last import</source>
        <translation>Annuler la dernière importation</translation>
    </message>
    <message>
        <source>There is no import to revert.</source>
        <translation>Il n&apos;y a aucune importation à annuler.</translation>
    </message>
    <message numerus="yes">
        <source>Revert the import of {file} ({when})? The %n contact(s) it created are removed and the {updated} it updated are restored.</source>
        <translation>
            <numerusform>Annuler l&apos;importation de {file} ({when})&#xa0;? %n contact créé par cette importation sera supprimé, et les {updated} contacts mis à jour seront restaurés.</numerusform>
            <numerusform>Annuler l&apos;importation de {file} ({when})&#xa0;? Les %n contacts créés par cette importation seront supprimés, et les {updated} contacts mis à jour seront restaurés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Google, Outlook, Excel or phone export</source>
        <translation>Export Google, Outlook, Excel ou de téléphone</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Record everyone imported as met at this session</source>
        <translation>Noter chaque personne importée comme rencontrée à cette session</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Met at:</source>
        <translation>&amp;Session&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows.</source>
        <translation>Choisissez un fichier pour voir ses premières lignes.</translation>
    </message>
    <message>
        <source>What each column imports as</source>
        <translation>Comment chaque colonne est importée</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>See what the import would do, without writing</source>
        <translation>Voir ce que ferait l&apos;importation, sans rien écrire</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Drop a file here, or choose one</source>
        <translation>Déposez un fichier ici, ou choisissez-en un</translation>
    </message>
    <message>
        <source>Mission CRM reads {formats}: exports from Google Contacts, Outlook, Excel, a phone&apos;s address book or LinkedIn.
You see the first rows and how each column maps before anything is imported.</source>
        <translation>Mission CRM lit {formats}&#xa0;: exports de Google Contacts, Outlook, Excel, LinkedIn ou d&apos;un téléphone.
Vous voyez les premières lignes et la correspondance de chaque colonne avant toute importation.</translation>
    </message>
    <message>
        <source>Choose &amp;a file…</source>
        <translation>Choisir &amp;un fichier…</translation>
    </message>
    <message>
        <source>Contacts ({patterns});;All files (*)</source>
        <translation>Contacts ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported: {why}</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Press Check to see what the import would do, row by row; nothing is written until you press Import.</source>
        <translation>Appuyez sur Vérifier pour voir ce que ferait l&apos;importation, ligne par ligne&#xa0;; rien n&apos;est écrit avant que vous appuyiez sur Importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact row(s) in {kind}.</source>
        <translation>
            <numerusform>%n ligne de contact dans {kind}.</numerusform>
            <numerusform>%n lignes de contact dans {kind}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &quot;Imports as&quot; where a column is not recognised; columns left as &quot;(keep in notes)&quot; are added to the notes.</source>
        <translation>Modifiez «&#xa0;Importer comme&#xa0;» là où une colonne n&apos;est pas reconnue&#xa0;; les colonnes laissées sur «&#xa0;(garder dans les notes)&#xa0;» sont ajoutées aux notes.</translation>
    </message>
    <message>
        <source>(keep in notes)</source>
        <translation>(garder dans les notes)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>(label of another column)</source>
        <translation>(libellé d&apos;une autre colonne)</translation>
    </message>
    <message>
        <source>Mapping changed: press Check to see the result.</source>
        <translation>Correspondance modifiée&#xa0;: appuyez sur Vérifier pour voir le résultat.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Check: {counts}. Nothing has been written yet.</source>
        <translation>Vérification&#xa0;: {counts}. Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <source>Imported: {counts}.</source>
        <translation>Importation terminée&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n à créer</numerusform>
            <numerusform>%n à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n à ignorer</numerusform>
            <numerusform>%n à ignorer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n créé</numerusform>
            <numerusform>%n créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {why}</source>
        <translation>Rien n&apos;a été importé&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Kept in notes: {columns}.</source>
        <translation>Gardé dans les notes&#xa0;: {columns}.</translation>
    </message>
    <message numerus="yes">
        <source>%n without a name, listed as “(no name)” to complete.</source>
        <translation>
            <numerusform>%n contact sans nom, affiché comme «&#xa0;(sans nom)&#xa0;», à compléter.</numerusform>
            <numerusform>%n contacts sans nom, affichés comme «&#xa0;(sans nom)&#xa0;», à compléter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) valid in no region kept as written, marked “not checked”.</source>
        <translation>
            <numerusform>%n téléphone qui n&apos;est valide dans aucune région est gardé tel qu&apos;il est écrit, marqué «&#xa0;non vérifié&#xa0;».</numerusform>
            <numerusform>%n téléphones qui ne sont valides dans aucune région sont gardés tels qu&apos;ils sont écrits, marqués «&#xa0;non vérifié&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionEditor</name>
    <message>
        <source>Edit interaction</source>
        <translation>Modifier l&apos;interaction</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Noter une interaction</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>Dites en quelques mots ce qui s&apos;est passé.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Through the menus</source>
        <translation>Par les menus</translation>
    </message>
    <message>
        <source>Type an action or a key, e.g. export or Ctrl</source>
        <translation>Tapez une action ou une touche, p. ex. exporter ou Ctrl</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>In lists: Enter opens the selected row, Delete moves it to the trash; on the Follow-ups page Space marks it done. In quick capture, Ctrl+Enter saves and starts the next person.</source>
        <translation>Dans les listes&#xa0;: Entrée ouvre la ligne sélectionnée, Suppr la met à la corbeille&#xa0;; sur la page Suivis, Espace marque le suivi comme fait. En saisie rapide, Ctrl+Entrée enregistre et passe à la personne suivante.</translation>
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
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Annuler&#xa0;: {what}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Quick ca&amp;pture…</source>
        <translation>Saisie &amp;rapide…</translation>
    </message>
    <message>
        <source>Log a person you just met (Ctrl+N)</source>
        <translation>Noter une personne que vous venez de rencontrer (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit selected…</source>
        <translation>&amp;Modifier la sélection…</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>&amp;Supprimer la sélection…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;About Mission CRM</source>
        <translation>À &amp;propos de Mission CRM</translation>
    </message>
    <message>
        <source>Saved {names}.</source>
        <translation>Enregistré&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>&amp;Keep the other one</source>
        <translation>&amp;Garder l&apos;autre</translation>
    </message>
    <message>
        <source>Keep the record on the right and merge the one on the left into it</source>
        <translation>Garder l&apos;enregistrement de droite et y fusionner celui de gauche</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>deux contacts</translation>
    </message>
    <message>
        <source>companies</source>
        <translation>deux entreprises</translation>
    </message>
    <message>
        <source>Merge {what}</source>
        <translation>Fusionner {what}</translation>
    </message>
    <message>
        <source>“{other}” will be merged into “{keep}”. Where they differ, choose the value to keep; everything linked to either record is kept. You can undo the merge.</source>
        <translation>«&#xa0;{other}&#xa0;» sera fusionné dans «&#xa0;{keep}&#xa0;». Là où ils diffèrent, choisissez la valeur à garder&#xa0;; tout ce qui est lié à l&apos;un ou l&apos;autre est conservé. Vous pourrez annuler la fusion.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;Garder&#xa0;:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge in:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;À fusionner&#xa0;:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>The same in both</source>
        <translation>Identique des deux côtés</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kept from both&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conservé des deux côtés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Rencontré à</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Lawful basis since</source>
        <translation>Base légale depuis le</translation>
    </message>
    <message>
        <source>Lawful basis note</source>
        <translation>Note sur la base légale</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <source>Edit mission</source>
        <translation>Modifier la mission</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Economic mission to the USA, June 2022</source>
        <translation>p. ex. Mission économique aux États-Unis, juin 2022</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>P&amp;ays&#xa0;:</translation>
    </message>
    <message>
        <source>US, BE …</source>
        <translation>US, BE…</translation>
    </message>
    <message>
        <source>Where the mission takes place: phone numbers typed without + during the mission are read there</source>
        <translation>Pays où se déroule la mission&#xa0;: les numéros de téléphone saisis sans + pendant la mission y sont lus</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <source>The clock of the mission&apos;s place: its sessions show this time on any laptop</source>
        <translation>L&apos;heure du lieu de la mission&#xa0;: ses sessions affichent cette heure sur tout ordinateur portable</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Which time zone is the mission in? {country} has several.</source>
        <translation>Dans quel fuseau horaire se trouve la mission&#xa0;? {country} en a plusieurs.</translation>
    </message>
</context>
<context>
    <name>NavigationCount</name>
    <message numerus="yes">
        <source>Follow-ups (%n due)</source>
        <translation>
            <numerusform>Suivis (%n à faire)</numerusform>
            <numerusform>Suivis (%n à faire)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur s&apos;est produite&#xa0;: {error}</translation>
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
        <translation>Phrase secrète de la base de données</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery key. Try again.</source>
        <translation>Phrase secrète ou clé de récupération incorrecte. Réessayez.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Chiffrer</translation>
    </message>
    <message>
        <source>Continue &amp;without encryption</source>
        <translation>Continuer &amp;sans chiffrement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{name} is encrypted. Enter its passphrase, or the recovery key you saved (64 characters).</source>
        <translation>{name} est chiffrée. Saisissez sa phrase secrète, ou la clé de récupération que vous avez enregistrée (64 caractères).</translation>
    </message>
    <message>
        <source>Choose the new passphrase for {name}. Every automatic backup is re-encrypted with it; you will need it each time you open the database.</source>
        <translation>Choisissez la nouvelle phrase secrète de {name}. Chaque sauvegarde automatique est rechiffrée avec elle&#xa0;; vous en aurez besoin à chaque ouverture de la base de données.</translation>
    </message>
    <message>
        <source>no secure keyring is available</source>
        <translation>aucun trousseau de clés sécurisé n&apos;est disponible</translation>
    </message>
    <message>
        <source>A new database, {name}, is being created. It cannot be encrypted with a key kept by the system ({reason}). Choose a passphrase to encrypt it; you will type it each time you open the database. Without one, the contacts you record are stored unencrypted on this computer.</source>
        <translation>Une nouvelle base de données, {name}, est en cours de création. Elle ne peut pas être chiffrée avec une clé gardée par le système ({reason}). Choisissez une phrase secrète pour la chiffrer&#xa0;; vous la saisirez à chaque ouverture de la base de données. Sans phrase secrète, les contacts que vous notez sont stockés sans chiffrement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Utilisez au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>PhoneList</name>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Not checked: kept as written</source>
        <translation>Non vérifié&#xa0;: gardé tel qu&apos;il est écrit</translation>
    </message>
    <message>
        <source>ext.</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Type de téléphone</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Supprimer ce téléphone</translation>
    </message>
</context>
<context>
    <name>PrivacyFeature</name>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>Save Recovery &amp;Key…</source>
        <translation>Enre&amp;gistrer la clé de récupération…</translation>
    </message>
    <message>
        <source>E&amp;xport Personal Data (GDPR)…</source>
        <translation>E&amp;xporter les données personnelles (RGPD)…</translation>
    </message>
    <message>
        <source>Contacts &amp;Untouched for a While…</source>
        <translation>Contacts &amp;inactifs depuis longtemps…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>E&amp;ncrypt Database…</source>
        <translation>C&amp;hiffrer la base de données…</translation>
    </message>
    <message>
        <source>Erase Contact &amp;Permanently (GDPR)…</source>
        <translation>Effacer définiti&amp;vement un contact (RGPD)…</translation>
    </message>
    <message>
        <source>Change E&amp;ncryption Key…</source>
        <translation>Changer la clé de c&amp;hiffrement…</translation>
    </message>
    <message>
        <source>Back up the database to</source>
        <translation>Sauvegarder la base de données dans</translation>
    </message>
    <message>
        <source>Mission CRM database (*.db)</source>
        <translation>Base de données Mission CRM (*.db)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Sauvegardé dans {file}</translation>
    </message>
    <message>
        <source>Restore the database from</source>
        <translation>Restaurer la base de données depuis</translation>
    </message>
    <message>
        <source>Mission CRM database (*.db);;All files (*)</source>
        <translation>Base de données Mission CRM (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Replace the current database with {file}?

The current database is kept in the backups folder first.</source>
        <translation>Remplacer la base de données actuelle par {file}&#xa0;?

La base de données actuelle est d&apos;abord gardée dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration…</translation>
    </message>
    <message>
        <source>Restored from {file}; the replaced database is kept as {aside}</source>
        <translation>Restauré depuis {file}&#xa0;; la base de données remplacée est gardée sous {aside}</translation>
    </message>
    <message>
        <source>Encrypt {name}? Its automatic backups are encrypted too; the unencrypted ones are overwritten and deleted.</source>
        <translation>Chiffrer {name}&#xa0;? Ses sauvegardes automatiques sont chiffrées aussi&#xa0;; celles qui ne sont pas chiffrées sont écrasées et supprimées.</translation>
    </message>
    <message>
        <source>Re-encrypt {name} and its automatic backups with a new key? A recovery key saved before stops working.</source>
        <translation>Rechiffrer {name} et ses sauvegardes automatiques avec une nouvelle clé&#xa0;? Une clé de récupération enregistrée auparavant ne fonctionnera plus.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Chiffrement…</translation>
    </message>
    <message>
        <source>The database is encrypted with your passphrase. Keep it safe: without it the database cannot be opened.</source>
        <translation>La base de données est chiffrée avec votre phrase secrète. Gardez-la en lieu sûr&#xa0;: sans elle, la base de données ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The database is encrypted; its key is kept by the system keyring. Save a recovery key now? Without it, a new laptop or a reset keyring means the data is lost.</source>
        <translation>La base de données est chiffrée&#xa0;; sa clé est gardée par le trousseau de clés du système. Enregistrer une clé de récupération maintenant&#xa0;? Sans elle, avec un nouvel ordinateur portable ou un trousseau réinitialisé, les données sont perdues.</translation>
    </message>
    <message>
        <source>Save the recovery key to</source>
        <translation>Enregistrer la clé de récupération dans</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>The recovery key is in {file}. Keep it away from this laptop: on a USB key in a drawer, or in a password manager.</source>
        <translation>La clé de récupération se trouve dans {file}. Gardez-la loin de cet ordinateur portable&#xa0;: sur une clé USB dans un tiroir, ou dans un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>Sélectionnez d&apos;abord un contact.</translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>Erase {name} permanently?

Everything about this person (emails, phones, meetings, history, follow-ups) is removed from the database, the search index and the automatic backups. This cannot be undone.</source>
        <translation>Effacer définitivement {name}&#xa0;?

Tout ce qui concerne cette personne (e-mails, téléphones, rencontres, historique, suivis) est supprimé de la base de données, de l&apos;index de recherche et des sauvegardes automatiques. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>ce contact</translation>
    </message>
    <message>
        <source>{name} was erased permanently.</source>
        <translation>Effacé définitivement&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Le contact</translation>
    </message>
    <message>
        <source>These backups are encrypted with another key and may still hold this person; delete them:
{files}</source>
        <translation>Ces sauvegardes sont chiffrées avec une autre clé et peuvent encore contenir cette personne&#xa0;; supprimez-les&#xa0;:
{files}</translation>
    </message>
    <message>
        <source>Erasing…</source>
        <translation>Effacement…</translation>
    </message>
    <message>
        <source>{name} - personal data.txt</source>
        <translation>{name} - données personnelles.txt</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>Readable text (*.txt)</source>
        <translation>Texte lisible (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the personal data of {name}</source>
        <translation>Exporter les données personnelles de {name}</translation>
    </message>
    <message>
        <source>{file}: cannot write ({reason})</source>
        <translation>{file}&#xa0;: écriture impossible ({reason})</translation>
    </message>
    <message>
        <source>Personal data written to {file}</source>
        <translation>Données personnelles écrites dans {file}</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>Quick capture</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Met at:</source>
        <translation>&amp;Session&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. wants CAR-T capacity in EU</source>
        <translation>p. ex. cherche de la capacité CAR-T dans l&apos;UE</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>optional, e.g. send the deck</source>
        <translation>facultatif, p. ex. envoyer la présentation</translation>
    </message>
    <message>
        <source>Follow-up due in (days)</source>
        <translation>Échéance du suivi, en jours</translation>
    </message>
    <message>
        <source>due in </source>
        <translation>dans </translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Follo&amp;w-up:</source>
        <translation>S&amp;uivi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep the picture of the card</source>
        <translation>&amp;Garder l&apos;image de la carte</translation>
    </message>
    <message>
        <source>Store the scanned picture with the contact (erased with them)</source>
        <translation>Enregistrer l&apos;image scannée avec le contact (elle est effacée avec lui)</translation>
    </message>
    <message>
        <source>Save &amp;&amp; &amp;next</source>
        <translation>Enregistrer &amp;&amp; sui&amp;vant</translation>
    </message>
    <message>
        <source>Save, then log the next person met at the same session (Ctrl+Enter)</source>
        <translation>Enregistrer, puis noter la personne suivante rencontrée à la même session (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Scan badge or card…</source>
        <translation>Scanner &amp;badge ou carte…</translation>
    </message>
    <message>
        <source>Read a badge&apos;s QR code or a business card from a picture; or paste one (Ctrl+V) or drop it here</source>
        <translation>Lire le code QR d&apos;un badge ou une carte de visite dans une image&#xa0;; ou collez-en une (Ctrl+V) ou déposez-la ici</translation>
    </message>
    <message>
        <source>Ca&amp;mera</source>
        <translation>&amp;Caméra</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Pas de caméra</translation>
    </message>
    <message>
        <source>Read a badge&apos;s QR code with the camera</source>
        <translation>Lire le code QR d&apos;un badge avec la caméra</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>From the card: {text}</source>
        <translation>Sur la carte&#xa0;: {text}</translation>
    </message>
    <message>
        <source>&amp;Keep the picture of the badge</source>
        <translation>&amp;Garder l&apos;image du badge</translation>
    </message>
    <message>
        <source>a business card (OCR)</source>
        <translation>une carte de visite (OCR)</translation>
    </message>
    <message>
        <source>a QR code ({kind})</source>
        <translation>un code QR ({kind})</translation>
    </message>
    <message>
        <source>Read from {how}.</source>
        <translation>Lu depuis {how}.</translation>
    </message>
    <message>
        <source>Check the fields marked in yellow.</source>
        <translation>Vérifiez les champs en jaune.</translation>
    </message>
    <message>
        <source>The picture holds no contact details; nothing was filled in.</source>
        <translation>L&apos;image ne contient aucune coordonnée&#xa0;; rien n&apos;a été rempli.</translation>
    </message>
    <message>
        <source>more emails: {list}</source>
        <translation>autres e-mails&#xa0;: {list}</translation>
    </message>
    <message>
        <source>more phones: {list}</source>
        <translation>autres téléphones&#xa0;: {list}</translation>
    </message>
    <message>
        <source>LinkedIn: {url}</source>
        <translation>LinkedIn&#xa0;: {url}</translation>
    </message>
    <message>
        <source>website: {url}</source>
        <translation>site web&#xa0;: {url}</translation>
    </message>
    <message>
        <source>Also saved from the scan: {parts}</source>
        <translation>Enregistré en plus depuis le scan&#xa0;: {parts}</translation>
    </message>
    <message>
        <source>check this: read with low confidence</source>
        <translation>à vérifier&#xa0;: lecture peu sûre</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation>l&apos;image collée</translation>
    </message>
    <message>
        <source>the dropped picture</source>
        <translation>l&apos;image déposée</translation>
    </message>
    <message>
        <source>(not at a session)</source>
        <translation>(pas à une session)</translation>
    </message>
    <message>
        <source>Saved {name}. Next person:</source>
        <translation>Enregistré&#xa0;: {name}. Personne suivante&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>Due follow-ups: %n</source>
        <translation>
            <numerusform>Suivi à faire&#xa0;: %n</numerusform>
            <numerusform>Suivis à faire&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>en retard depuis le {date}</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>à faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Ouvrir les suivis</translation>
    </message>
    <message>
        <source>Hide until tomorrow</source>
        <translation>Masquer jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation>Masquer la liste</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Afficher la liste</translation>
    </message>
    <message>
        <source>Click one to open it.</source>
        <translation>Cliquez sur un suivi pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Suivi à faire</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups due</source>
        <translation>
            <numerusform>%n suivi à faire</numerusform>
            <numerusform>%n suivis à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Rien à faire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>All %n due follow-ups…</source>
        <translation>
            <numerusform>Tous les suivis à faire (%n)…</numerusform>
            <numerusform>Tous les suivis à faire (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Mission CRM</source>
        <translation>Ouvrir Mission CRM</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>À faire cette semaine</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Aucun suivi</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Encounters recorded</source>
        <translation>Rencontres notées</translation>
    </message>
    <message>
        <source>Leads (people met)</source>
        <translation>Prospects (personnes rencontrées)</translation>
    </message>
    <message>
        <source>Follow-ups open</source>
        <translation>Suivis ouverts</translation>
    </message>
    <message>
        <source>… of which overdue</source>
        <translation>… dont en retard</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Suivis faits</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Rapport de mission</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Établi le {date}</translation>
    </message>
    <message>
        <source>The mission in figures</source>
        <translation>La mission en chiffres</translation>
    </message>
    <message>
        <source>Sessions and who was met</source>
        <translation>Sessions et personnes rencontrées</translation>
    </message>
    <message>
        <source>No sessions recorded for this mission.</source>
        <translation>Aucune session notée pour cette mission.</translation>
    </message>
    <message>
        <source>organised by {names}</source>
        <translation>organisée par {names}</translation>
    </message>
    <message>
        <source>No one recorded as met here.</source>
        <translation>Personne n&apos;a été noté comme rencontré ici.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Leads and follow-up status</source>
        <translation>Prospects et statut des suivis</translation>
    </message>
    <message>
        <source>No one was met yet.</source>
        <translation>Personne n&apos;a encore été rencontré.</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Rencontré à</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>{file}: is a folder; give a file name ending in .pdf</source>
        <translation>{file}&#xa0;: est un dossier&#xa0;; donnez un nom de fichier se terminant par .pdf</translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}&#xa0;: le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>Mission report: {name}</source>
        <translation>Rapport de mission&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{file}: cannot write the report ({reason})</source>
        <translation>{file}&#xa0;: impossible d&apos;écrire le rapport ({reason})</translation>
    </message>
    <message>
        <source>{file}: cannot write the report</source>
        <translation>{file}&#xa0;: impossible d&apos;écrire le rapport</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Contacts untouched for a while</source>
        <translation>Contacts inactifs depuis longtemps</translation>
    </message>
    <message>
        <source>GDPR: keep personal data no longer than needed. These contacts have had no change, meeting, interaction or follow-up for the number of months below. Review them; erase those you no longer need.</source>
        <translation>RGPD&#xa0;: ne conservez pas les données à caractère personnel plus longtemps que nécessaire. Ces contacts n&apos;ont connu aucune modification, rencontre, interaction ni aucun suivi depuis le nombre de mois ci-dessous. Passez-les en revue&#xa0;; effacez ceux dont vous n&apos;avez plus besoin.</translation>
    </message>
    <message>
        <source>&amp;Untouched for at least</source>
        <translation>&amp;Inactifs depuis au moins</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Untouched contacts</source>
        <translation>Contacts inactifs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>In trash</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xporter les données personnelles…</translation>
    </message>
    <message>
        <source>&amp;Erase permanently…</source>
        <translation>&amp;Effacer définitivement…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
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
        <translation>Scanner un badge ou une carte de visite</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>The camera cannot be used: Qt Multimedia did not load ({error})</source>
        <translation>La caméra ne peut pas être utilisée&#xa0;: Qt Multimedia ne s&apos;est pas chargé ({error})</translation>
    </message>
    <message>
        <source>No camera found on this computer</source>
        <translation>Aucune caméra trouvée sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit session</source>
        <translation>Modifier la session</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>New mission…</source>
        <translation>Nouvelle mission…</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date only (all day)</source>
        <translation>Date seule (toute la &amp;journée)</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>In the mission&apos;s time zone</source>
        <translation>Dans le fuseau horaire de la mission</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Pick a mission, or create one with “New mission…”.</source>
        <translation>Choisissez une mission, ou créez-en une avec «&#xa0;Nouvelle mission…&#xa0;».</translation>
    </message>
    <message>
        <source>A date-only session needs its date in Starts.</source>
        <translation>Une session «&#xa0;date seule&#xa0;» doit avoir sa date dans Début.</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Search sessions: title, venue (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: titre, lieu (Ctrl+F)</translation>
    </message>
    <message>
        <source>No sessions match “{query}”.</source>
        <translation>Aucune session ne correspond à «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>No sessions yet — load the sample mission with “python main.py demo”, or add one with Edit ▸ New…</source>
        <translation>Aucune session pour l&apos;instant — chargez la mission d&apos;exemple avec «&#xa0;python main.py demo&#xa0;», ou ajoutez-en une via Édition ▸ Nouveau…</translation>
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
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Select a session to see who you met there.</source>
        <translation>Sélectionnez une session pour voir qui vous y avez rencontré.</translation>
    </message>
    <message>
        <source>Organised by {companies}</source>
        <translation>Organisée par {companies}</translation>
    </message>
    <message>
        <source>Nobody logged at this session yet.</source>
        <translation>Personne n&apos;a encore été noté à cette session.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>la session</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>{language} is used from the next start of the app.</source>
        <translation>Langue choisie&#xa0;: {language}. Elle s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>S&amp;ync with team server…</source>
        <translation>S&amp;ynchroniser avec le serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation>&amp;Conflits de synchronisation…</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with the team server</source>
        <translation>Synchroniser avec le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>from the keyring</source>
        <translation>depuis le trousseau de clés</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Retenir le mot de passe dans le trousseau de clés du système</translation>
    </message>
    <message>
        <source>Your changes go to the server and your colleagues&apos; come back. Conflicting edits are kept for review.</source>
        <translation>Vos modifications partent vers le serveur et celles de vos collègues reviennent. Les modifications en conflit sont gardées pour que vous les examiniez.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Server: give the team server&apos;s address</source>
        <translation>Serveur&#xa0;: indiquez l&apos;adresse du serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Syncing with the team server…</source>
        <translation>Synchronisation avec le serveur d&apos;équipe…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n record(s) received</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n enregistrement reçu</numerusform>
            <numerusform>Terminé&#xa0;: %n enregistrements reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): see File ▸ Sync conflicts…</source>
        <translation>
            <numerusform>%n conflit&#xa0;: voir Fichier ▸ Conflits de synchronisation…</numerusform>
            <numerusform>%n conflits&#xa0;: voir Fichier ▸ Conflits de synchronisation…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the server would refuse set aside: see File ▸ Sync conflicts…</source>
        <translation>
            <numerusform>%n enregistrement que le serveur refuserait a été mis de côté&#xa0;: voir Fichier ▸ Conflits de synchronisation…</numerusform>
            <numerusform>%n enregistrements que le serveur refuserait ont été mis de côté&#xa0;: voir Fichier ▸ Conflits de synchronisation…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync did not finish; nothing was lost. Try again when the server is reachable.</source>
        <translation>La synchronisation n&apos;a pas abouti&#xa0;; rien n&apos;a été perdu. Réessayez quand le serveur sera joignable.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Delete {what}</source>
        <translation>Supprimer {what}</translation>
    </message>
    <message>
        <source>Move {name} to the trash? You can undo this.</source>
        <translation>Mettre {name} à la corbeille&#xa0;? Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>Restauré&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Supprimé&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select a row to see its details here.</source>
        <translation>Sélectionnez une ligne pour en voir le détail ici.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Put the selected row back where it was (Enter)</source>
        <translation>Remettre la ligne sélectionnée là où elle était (Entrée)</translation>
    </message>
    <message>
        <source>Erase &amp;permanently…</source>
        <translation>Effacer définiti&amp;vement…</translation>
    </message>
    <message>
        <source>Remove the selected person and everything about them for good (GDPR)</source>
        <translation>Supprimer pour de bon la personne sélectionnée et tout ce qui la concerne (RGPD)</translation>
    </message>
    <message>
        <source>Deleted contacts, companies and sessions stay here until you restore them. A person can also be erased for good from here.</source>
        <translation>Les contacts, entreprises et sessions supprimés restent ici jusqu&apos;à ce que vous les restauriez. Une personne peut aussi être effacée définitivement d&apos;ici.</translation>
    </message>
    <message>
        <source>Search the trash by name (Ctrl+F)</source>
        <translation>Rechercher dans la corbeille par nom (Ctrl+F)</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>Restauré&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>The trash is empty. What you delete lands here, and can be restored.</source>
        <translation>La corbeille est vide. Ce que vous supprimez arrive ici et peut être restauré.</translation>
    </message>
    <message>
        <source>Nothing in the trash matches “{query}”.</source>
        <translation>Rien dans la corbeille ne correspond à «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n in the trash</source>
        <translation>
            <numerusform>%n dans la corbeille</numerusform>
            <numerusform>%n dans la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>Trash ({count})</source>
        <translation>Corbeille ({count})</translation>
    </message>
</context>
<context>
    <name>UrlList</name>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>Add web address</source>
        <translation>Ajouter une adresse web</translation>
    </message>
</context>
<context>
    <name>UrlRow</name>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>Remove this web address</source>
        <translation>Supprimer cette adresse web</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>To have the key kept for you instead, this computer needs a password store (the Secret Service: GNOME Keyring or KDE Wallet), running and unlocked. On Debian or Ubuntu: install gnome-keyring (sudo apt install gnome-keyring), log out and in again, then use File ▸ Encrypt Database….</source>
        <translation>Pour que la clé soit plutôt gardée pour vous, cet ordinateur a besoin d&apos;un trousseau de clés (le Secret Service&#xa0;: GNOME Keyring ou KDE Wallet), lancé et déverrouillé. Sur Debian ou Ubuntu&#xa0;: installez gnome-keyring (sudo apt install gnome-keyring), fermez puis rouvrez votre session, puis utilisez Fichier ▸ Chiffrer la base de données….</translation>
    </message>
    <message>
        <source>Make sure you are logged in to this computer with your own account, then use File ▸ Encrypt Database….</source>
        <translation>Vérifiez que vous êtes connecté à cet ordinateur avec votre propre compte, puis utilisez Fichier ▸ Chiffrer la base de données….</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Mission CRM</source>
        <translation>Bienvenue dans Mission CRM</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; A few things to set up once; you can change each of them later in Settings.</source>
        <translation>&lt;b&gt;Bienvenue.&lt;/b&gt; Quelques réglages à faire une seule fois&#xa0;; vous pourrez modifier chacun d&apos;eux plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>e.g. Léa Martin</source>
        <translation>p. ex. Léa Martin</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Home phone &amp;region:</source>
        <translation>&amp;Région téléphonique par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Two-letter country code used for numbers typed without +, e.g. BE or US.</source>
        <translation>Code pays à deux lettres utilisé pour les numéros saisis sans +, p. ex. BE ou US.</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Vos données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Begin</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Your contacts will be encrypted on this computer. The key is kept by the system&apos;s password store, so you will never type it. To open them on another computer one day, save a recovery key (File ▸ Save Recovery Key…).</source>
        <translation>Vos contacts seront chiffrés sur cet ordinateur. La clé est gardée par le trousseau de clés du système&#xa0;: vous n&apos;aurez jamais à la taper. Pour les ouvrir un jour sur un autre ordinateur, enregistrez une clé de récupération (Fichier ▸ Enregistrer la clé de récupération…).</translation>
    </message>
    <message>
        <source>This computer has no password store that can keep a key for you ({reason}). Choose a passphrase to encrypt your contacts: you will type it each time the app opens. Leave it empty and they are stored unencrypted, readable by anyone who gets this computer&apos;s disk.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau de clés qui puisse garder une clé pour vous ({reason}). Choisissez une phrase secrète pour chiffrer vos contacts&#xa0;: vous la taperez à chaque ouverture de l&apos;application. Si vous la laissez vide, ils sont enregistrés sans chiffrement, lisibles par quiconque obtient le disque de cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Répé&amp;ter&#xa0;:</translation>
    </message>
    <message>
        <source>How do you want to begin?</source>
        <translation>Comment voulez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <source>Load the &amp;sample mission (USA, June 2022) to try things out</source>
        <translation>Charger la mission d&apos;&amp;exemple (États-Unis, juin 2022) pour essayer</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Partir d&apos;une base &amp;vide</translation>
    </message>
    <message>
        <source>Connect to my delegation&apos;s &amp;team server</source>
        <translation>Me connecter au serveur d&apos;é&amp;quipe de ma délégation</translation>
    </message>
    <message>
        <source>The address your delegation&apos;s administrator gave you; the password is asked when you sync.</source>
        <translation>L&apos;adresse que l&apos;administrateur de votre délégation vous a donnée&#xa0;; le mot de passe est demandé lors de la synchronisation.</translation>
    </message>
    <message>
        <source>Home phone region: a two-letter country code (BE, US …).</source>
        <translation>Région téléphonique par défaut&#xa0;: un code pays à deux lettres (BE, US…).</translation>
    </message>
    <message>
        <source>Passphrase: use at least {n} characters.</source>
        <translation>Phrase secrète&#xa0;: utilisez au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>Team server: its address, such as postgresql://alice@db.example.org/delegation.</source>
        <translation>Serveur d&apos;équipe&#xa0;: son adresse, par exemple postgresql://alice@db.example.org/delegation.</translation>
    </message>
</context>
<context>
    <name>_FrameDecoder</name>
    <message>
        <source>camera</source>
        <translation>caméra</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Loading the sample mission…</source>
        <translation>Chargement de la mission d&apos;exemple…</translation>
    </message>
    <message>
        <source>The sample mission is loaded.</source>
        <translation>La mission d&apos;exemple est chargée.</translation>
    </message>
</context>
</TS>
