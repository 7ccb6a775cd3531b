# Sourced by scripts/test.sh: start a throw-away PostgreSQL cluster on loopback for the tests
# and export MISSION_CRM_TEST_PG_URL. Installs nothing (scripts/apt-packages.txt does that).
# Without PostgreSQL the variable stays unset and the PostgreSQL tests skip, except in CI
# (CI=true), where a missing server is a failure.

_mission_crm_pg_start() {
    local bindir="" candidate
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/initdb" ] && bindir="$candidate"
    done
    if [ -z "$bindir" ]; then
        if [ "${CI:-}" = "true" ]; then
            echo "PostgreSQL is not installed (apt package 'postgresql'); CI needs it." >&2
            return 1
        fi
        echo "note: PostgreSQL is not installed; the PostgreSQL tests will be skipped" \
             "(run 'make test' as root, or apt-get install postgresql)." >&2
        return 0
    fi

    local dir port run_as=()
    dir=$(mktemp -d "${TMPDIR:-/tmp}/mission-crm-pg.XXXXXX")
    # A free loopback port, so several test runs on one machine never share a server.
    port=$("${PY:-python3}" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if [ "$(id -u)" = 0 ]; then
        # The server refuses to run as root: the cluster belongs to the postgres user.
        chown postgres: "$dir"
        run_as=(runuser -u postgres --)
    fi
    local password="mission-crm-test"
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/pwfile"
    if ! "${run_as[@]}" "$bindir/initdb" -D "$dir/data" -U mission_crm_test \
            --pwfile="$dir/pwfile" --auth-local=trust --auth-host=scram-sha-256 \
            -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        return 1
    fi
    # A test server: durability off (fsync) for speed; enough connections for the
    # 20-client sync test.
    if ! "${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
            -o "-k $dir -h 127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off \
                -c full_page_writes=off -c max_connections=120" start >/dev/null; then
        cat "$dir/server.log" >&2
        return 1
    fi
    _MISSION_CRM_PG_DIR="$dir"
    _MISSION_CRM_PG_CTL="$bindir/pg_ctl"
    _MISSION_CRM_PG_RUN_AS="${run_as[*]}"
    trap _mission_crm_pg_stop EXIT
    export MISSION_CRM_TEST_PG_URL="postgresql+psycopg://mission_crm_test:$password@127.0.0.1:$port/postgres"
    echo "PostgreSQL test server on 127.0.0.1:$port ($dir)"
}

_mission_crm_pg_stop() {
    # shellcheck disable=SC2086
    $_MISSION_CRM_PG_RUN_AS "$_MISSION_CRM_PG_CTL" -D "$_MISSION_CRM_PG_DIR/data" -m immediate \
        stop >/dev/null 2>&1 || true
    rm -rf "$_MISSION_CRM_PG_DIR"
}

_mission_crm_pg_start
