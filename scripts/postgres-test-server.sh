#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL server for the usage store's team-mode tests: listens only on a Unix socket in
# DIR (no TCP), owned by the postgres user when run as root (initdb refuses root).
#   postgres-test-server.sh start DIR   → prints the database URL to use
#   postgres-test-server.sh stop DIR
set -euo pipefail
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "postgres-test-server: PostgreSQL is not installed (Debian: postgresql)" >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
user=$([ "$(id -u)" = 0 ] && echo postgres || id -un)
case "$action" in
  start)
    mkdir -p "$dir/data" "$dir/socket"
    [ "$(id -u)" = 0 ] && chown -R postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U "$user" --auth=trust --no-sync >"$dir/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses='' -k $dir/socket -p 55432 -c fsync=off" start >/dev/null
    as_owner "$bin/createdb" -h "$dir/socket" -p 55432 -U "$user" switchyard_test
    echo "postgresql://$user@localhost:55432/switchyard_test?host=$dir/socket"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: postgres-test-server.sh start|stop DIR" >&2
    exit 2
    ;;
esac
