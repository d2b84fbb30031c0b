# Sourced by .ci/run before the tests: starts a throwaway PostgreSQL cluster on a loopback port and exports
# CLAIMTRACKER_TEST_POSTGRES for the ledger's PostgreSQL contract tests. initdb refuses to run as root, so the cluster
# belongs to the `postgres` user and lives in a temporary folder that is removed when the shell exits.
# Usage outside CI: `source .ci/postgres.sh` (as root, or as a user that can run `runuser`/`su`).

ct_pg_port="${CLAIMTRACKER_PG_PORT:-55432}"
ct_pg_bin=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
  if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then ct_pg_bin="$d"; break; fi
done

if [ -z "$ct_pg_bin" ]; then
  echo "postgres.sh: no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install -y postgresql); PostgreSQL ledger tests will report why." >&2
elif ! id postgres >/dev/null 2>&1; then
  echo "postgres.sh: no 'postgres' user to run the cluster as; PostgreSQL ledger tests will report why." >&2
else
  ct_pg_as() {
    if [ "$(id -un)" = "postgres" ]; then "$@";
    elif command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@";
    else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  }
  ct_pg_dir=$(mktemp -d /tmp/claimtracker-pg.XXXXXX)
  chown postgres:postgres "$ct_pg_dir" 2>/dev/null || true
  chmod 755 "$ct_pg_dir"
  if ct_pg_as "$ct_pg_bin/initdb" -D "$ct_pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$ct_pg_dir/initdb.log" 2>&1 \
     && ct_pg_as "$ct_pg_bin/pg_ctl" -D "$ct_pg_dir/data" -l "$ct_pg_dir/server.log" -w -t 60 \
          -o "-c listen_addresses=127.0.0.1 -p $ct_pg_port -k $ct_pg_dir -c fsync=off -c max_connections=200" start >/dev/null; then
    ct_pg_as "$ct_pg_bin/psql" -h 127.0.0.1 -p "$ct_pg_port" -U postgres -d postgres -qc "CREATE DATABASE claimtracker_test" >/dev/null \
      || echo "postgres.sh: could not create the test database; PostgreSQL ledger tests will report why." >&2
    export CLAIMTRACKER_TEST_POSTGRES="Host=127.0.0.1;Port=$ct_pg_port;Username=postgres;Database=claimtracker_test"
    echo "postgres.sh: PostgreSQL $("$ct_pg_bin/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$ct_pg_port (data in $ct_pg_dir)"
    # Stop the cluster and remove its folder when the calling shell exits.
    ct_pg_stop() { ct_pg_as "$ct_pg_bin/pg_ctl" -D "$ct_pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$ct_pg_dir"; }
    trap ct_pg_stop EXIT
  else
    echo "postgres.sh: could not start PostgreSQL (logs follow); PostgreSQL ledger tests will report why." >&2
    cat "$ct_pg_dir/initdb.log" "$ct_pg_dir/server.log" >&2 2>/dev/null || true
  fi
fi
