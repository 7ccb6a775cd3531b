#!/usr/bin/env bash
# The app's translations (see README, "Translations"):
#   update  re-read the sources: ui/ + main.py into resources/translations/mission_crm_<lang>.ts
#           (pyside6-lupdate), crm/ + export profiles into crm/locale/mission_crm.pot and each
#           crm/locale/<lang>/LC_MESSAGES/mission_crm.po (pybabel extract + update/init).
#           Translators run it (`make translations`) after the sources change.
#   build   compile what changed: .ts -> .qm (pyside6-lrelease), .po -> .mo (pybabel compile).
#           Run by scripts/setup.sh; quick when nothing changed. The .qm/.mo are not committed.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
BIN="$VENV/bin"
QT_LANGUAGES="en fr nl"   # English too: its numerus forms turn "%n contact(s)" into 1 contact/2 contacts
CRM_LANGUAGES="fr nl"     # crm's English is the source text itself
TS_DIR=resources/translations
LOCALE=crm/locale
DOMAIN=mission_crm

update() {
    mapfile -t sources < <(find ui -name '*.py' | sort)
    for lang in $QT_LANGUAGES; do
        # -no-obsolete: a string gone from the code leaves the file (no vanished entries).
        # -locations none (and --no-location below): moving code changes no line of the
        # translators' files, so their work and code branches merge without conflicts.
        "$BIN/pyside6-lupdate" -no-obsolete -locations none -source-language en \
            -target-language "$lang" \
            "${sources[@]}" main.py -ts "$TS_DIR/${DOMAIN}_$lang.ts"
    done
    # English: each translation is its source, numerus messages get singular and plural.
    "$BIN/python" scripts/english_ts.py "$TS_DIR/${DOMAIN}_en.ts"
    # The extractor of export profiles lives in crm.i18n: the package must be importable.
    PYTHONPATH=. "$BIN/pybabel" -q extract -F babel.cfg -k N_ -k ngettext:1,2 \
        --add-comments=Translators: --no-wrap --no-location --sort-output \
        --project="Mission CRM" --copyright-holder="Mission CRM" \
        -o "$LOCALE/$DOMAIN.pot" .
    for lang in $CRM_LANGUAGES; do
        po="$LOCALE/$lang/LC_MESSAGES/$DOMAIN.po"
        if [ -f "$po" ]; then
            "$BIN/pybabel" -q update -D "$DOMAIN" -i "$LOCALE/$DOMAIN.pot" -d "$LOCALE" -l "$lang" \
                --no-wrap --ignore-obsolete
        else
            "$BIN/pybabel" -q init -D "$DOMAIN" -i "$LOCALE/$DOMAIN.pot" -d "$LOCALE" -l "$lang" \
                --no-wrap
            if [ "$lang" = fr ]; then
                # CLDR's third French form (1 000 000 d'événements) is not worth a translation:
                # the classic rule, as Qt's, singular for 0 and 1.
                sed -i 's/^"Plural-Forms: .*/"Plural-Forms: nplurals=2; plural=(n > 1);\\n"/' "$po"
                "$BIN/pybabel" -q update -D "$DOMAIN" -i "$LOCALE/$DOMAIN.pot" -d "$LOCALE" \
                    -l "$lang" --no-wrap --ignore-obsolete
            fi
        fi
    done
}

# newer SOURCE TARGET: TARGET is missing or older than SOURCE.
stale() { [ ! -f "$2" ] || [ "$1" -nt "$2" ]; }

build() {
    for ts in "$TS_DIR"/${DOMAIN}_*.ts; do
        [ -e "$ts" ] || continue
        qm="${ts%.ts}.qm"
        if stale "$ts" "$qm"; then
            "$BIN/pyside6-lrelease" -silent "$ts" -qm "$qm"
        fi
    done
    for po in "$LOCALE"/*/LC_MESSAGES/$DOMAIN.po; do
        [ -e "$po" ] || continue
        mo="${po%.po}.mo"
        if stale "$po" "$mo"; then
            # --use-fuzzy off: a fuzzy (unchecked) entry stays English rather than wrong.
            "$BIN/pybabel" -q compile -D "$DOMAIN" -i "$po" -o "$mo"
        fi
    done
}

case "${1:-build}" in
    update) update ;;
    build) build ;;
    *) echo "usage: $0 [update|build]" >&2; exit 2 ;;
esac
