#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests, on 127.0.0.1 only, from Debian's packages.
#   scripts/postgres-for-tests.sh start [DIR] [PORT]   starts it (creating DIR once) and prints its URL
#   scripts/postgres-for-tests.sh stop  [DIR]          stops it
set -euo pipefail
cmd=${1:-start}
dir=${2:-/tmp/habil-postgres}
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL is not installed: sudo apt-get install postgresql (or set DATABASE_URL to a server of yours)." >&2
  exit 1
fi
# PostgreSQL refuses to run as root: as root, it runs as the postgres user.
run() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }

case "$cmd" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      rm -rf "$dir" && mkdir -p "$dir"
      [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
      run "'$bin/initdb' -D '$dir' -A trust -U habil" > /dev/null
    fi
    if ! run "'$bin/pg_ctl' -D '$dir' status" > /dev/null 2>&1; then
      run "'$bin/pg_ctl' -D '$dir' -o '-p $port -k $dir -c listen_addresses=127.0.0.1' -l '$dir/log' -w start" > /dev/null
    fi
    echo "postgres://habil@127.0.0.1:$port/postgres"
    ;;
  stop)
    run "'$bin/pg_ctl' -D '$dir' stop -m fast" > /dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start|stop [DIR] [PORT]" >&2
    exit 2
    ;;
esac
