#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and the benchmark.
#
#   eval "$(.ci/pg-cluster.sh start)"   # prints `export SYMPTEXT_TEST_PG=... PGPASSWORD=... SYMPTEXT_PG_DIR=...`
#   .ci/pg-cluster.sh stop "$SYMPTEXT_PG_DIR"
#
# Installs Debian's `postgresql` packages when no initdb is found, runs initdb in a temporary directory
# (as the `postgres` user when run as root: initdb refuses root), starts the server on 127.0.0.1 on a free
# port with scram-sha-256 password authentication, and creates the role and database `symptext` with a
# random password. Everything lives in the temporary directory; `stop` stops the server and removes it.
# fsync is off (a test cluster need not survive a power cut) unless PG_CLUSTER_DURABLE=1 (the benchmark).
# Messages go to stderr; only the export lines go to stdout.
set -euo pipefail

log() { printf '%s\n' "pg-cluster: $*" >&2; }

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ]; then
      echo "$d"
      return 0
    fi
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin
  if ! bin=$(find_bin); then
    log "installing Debian's postgresql packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    bin=$(find_bin)
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/symptext-pg.XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  local password
  password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  local opts="-c listen_addresses=127.0.0.1"
  if [ "${PG_CLUSTER_DURABLE:-0}" != 1 ]; then
    opts="$opts -c fsync=off -c full_page_writes=off"
  fi
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir $opts" start >&2; then
        break
      fi
    fi
    port=""
  done
  if [ -z "$port" ]; then
    log "no free port in 55432..55532"
    cat "$dir/server.log" >&2 || true
    exit 1
  fi
  as_owner "$bin/psql" -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres >&2 <<SQL
CREATE ROLE symptext LOGIN PASSWORD '$password';
CREATE DATABASE symptext OWNER symptext;
SQL
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir"
  echo "export SYMPTEXT_PG_DIR='$dir' SYMPTEXT_PG_BIN='$bin'"
  echo "export SYMPTEXT_TEST_PG='postgres://symptext@127.0.0.1:$port/symptext'"
  echo "export PGPASSWORD='$password'"
}

stop() {
  local dir=${1:-${SYMPTEXT_PG_DIR:-}}
  if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
    log "stop: no cluster directory given"
    return 0
  fi
  local bin
  bin=$(find_bin)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *)
    echo "usage: $0 start | stop DIR" >&2
    exit 2
    ;;
esac
