# Sourced by .ci/run: starts a throwaway PostgreSQL from the machine's own
# binaries on a loopback port, exports CLAIMGRAPH_TEST_POSTGRES for the
# tests, and stops it when the calling shell exits.
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ]; then
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
pgdir=$(mktemp -d /tmp/claimgraph-pg.XXXXXX)
chmod 755 "$pgdir"
# initdb refuses to run as root; the postgres system user owns the cluster.
pgrun() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
pgport=$((20000 + RANDOM % 20000))
pgrun "'$pgbin/initdb' -D '$pgdir/data' -U claimgraph -A trust >'$pgdir/initdb.log' 2>&1"
pgrun "'$pgbin/pg_ctl' -D '$pgdir/data' -l '$pgdir/server.log' -w -o \"-p $pgport -k '$pgdir' -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
trap "pgrun \"'$pgbin/pg_ctl' -D '$pgdir/data' -m immediate stop\" >/dev/null 2>&1; rm -rf '$pgdir'" EXIT
pgrun "'$pgbin/createdb' -h 127.0.0.1 -p $pgport -U claimgraph claimgraph_test"
export CLAIMGRAPH_TEST_POSTGRES="postgres://claimgraph@127.0.0.1:$pgport/claimgraph_test?sslmode=disable"
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pgport"
