#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb and .tar.gz from a configured build directory, installs the .deb with apt, checks
# what a user gets (binaries and their version, the shipped config, desktop file, AppStream metainfo,
# icons, man pages, bash completion, the systemd user unit started by a real `systemd --user`, an
# offscreen self-test of the installed app), then removes the package and checks that nothing is
# left. Every run of an installed binary gets a throw-away HOME: none touches the user's own config.
# Run by scripts/test.sh.
#   package-check.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
app_id=io.github.switchyard.Switchyard
SUDO=
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi

rm -rf "$build/package"
cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$build/package" >/dev/null
deb=$(realpath "$(ls "$build"/package/switchyard_*.deb)")
tgz=$(ls "$build"/package/switchyard-*.tar.gz)
echo "package-check: built $(basename "$deb") and $(basename "$tgz")"
version=$(dpkg-deb -f "$deb" Version)

# Throw-away state: a home for the installed binaries, and what the systemd check sets up (see
# there); all removed with the package on exit.
scratch=$(mktemp -d)
um_root=
um_cgroups=()
um_cleanup() {
  local d pids
  for d in "${um_cgroups[@]}"; do
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      pids=$(find "$d" -name cgroup.procs -exec cat {} + 2>/dev/null || true)
      [ -n "$pids" ] || break
      # shellcheck disable=SC2086 # one PID a word
      kill -KILL $pids 2>/dev/null || true
      sleep 0.2
    done
    find "$d" -depth -type d -exec rmdir {} + 2>/dev/null || true
  done
  um_cgroups=()
  [ -z "$um_root" ] || rm -rf "$um_root"
  um_root=
}
$SUDO apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 "$deb" >/dev/null
trap 'um_cleanup; rm -rf "$scratch"; $SUDO apt-get remove -y switchyard >/dev/null 2>&1 || true' EXIT

fail() { echo "package-check: FAILED: $*" >&2; exit 1; }
mkdir -m 700 "$scratch/runtime"
sandboxed() {
  HOME=$scratch XDG_CONFIG_HOME=$scratch/.config XDG_DATA_HOME=$scratch/.local/share XDG_RUNTIME_DIR=$scratch/runtime "$@"
}
[ "$(sandboxed switchyardd --version)" = "switchyardd $version" ] ||
  fail "switchyardd --version: $(sandboxed switchyardd --version)"
[ "$(sandboxed env QT_QPA_PLATFORM=offscreen switchyard --version)" = "switchyard $version" ] ||
  fail "switchyard --version: $(sandboxed env QT_QPA_PLATFORM=offscreen switchyard --version)"
sandboxed switchyardd --check-config /usr/share/switchyard/default-config.json >/dev/null || fail "the shipped config"
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop file"
desktop-file-validate "/usr/share/switchyard/autostart/$app_id.desktop" || fail "autostart entry"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null || fail "metainfo"
for size in 16 32 48 64 128 256 512; do
  [ -s "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "icon ${size}x${size}"
done
[ -s "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "scalable icon"
# In the package (some minimal images exclude /usr/share/man from installs), and findable by man.
contents=$(dpkg-deb -c "$deb")
# Generated from packaging/*.1.in: this version and its release date in the .TH line.
release_date=$(grep -o '<release version="[^"]*" date="[^"]*"' "/usr/share/metainfo/$app_id.metainfo.xml" |
  head -1 | sed 's/.*date="//; s/"$//')
for page in switchyardd.1 switchyard.1; do
  member=$(grep -o "\./usr/share/man/man1/$page\(\.gz\)\?$" <<<"$contents") ||
    fail "man page $page not in the package"
  decompress="cat"
  [[ $member != *.gz ]] || decompress="zcat"
  text=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO "$member" | $decompress)
  title=${page%.1}
  grep -qx "\.TH ${title^^} 1 $release_date \"Switchyard $version\" \"User Commands\"" <<<"$text" ||
    fail "man page $page: .TH is '$(grep '^\.TH' <<<"$text")', not version $version of $release_date"
  ! grep -q '@[A-Za-z_]*@' <<<"$text" || fail "man page $page: unexpanded @VARIABLE@"
done
if [ -d /usr/share/man/man1 ] && ! grep -rqs 'path-exclude=/usr/share/man' /etc/dpkg/dpkg.cfg.d/; then
  man -w switchyardd >/dev/null && man -w switchyard >/dev/null || fail "man pages"
fi
[ -s /usr/share/bash-completion/completions/switchyardd ] || fail "bash completion"
unit=/usr/lib/systemd/user/switchyardd.service
grep -q '^ExecStart=/usr/bin/switchyardd' "$unit" || fail "systemd user unit"
# What `systemctl --user start` loads, checked statically first.
runtime=$(mktemp -d)
XDG_RUNTIME_DIR=$runtime systemd-analyze verify --user "$unit" || fail "systemd-analyze verify"
rm -rf "$runtime"

# Then for real: `systemctl --user enable --now switchyardd` (the README's command) under a real
# user manager (systemd --user) for a throw-away session: user nobody, a home under /home (so that
# ProtectHome= bites as for a real user) holding the config in the directory of earlier versions
# (which the unit must move), its own XDG_RUNTIME_DIR and D-Bus session bus. A CI container does
# not boot systemd, and a user manager needs two things a booted machine gives it:
#  - /run/systemd/system (sd_booted()): made on a tmpfs in a private mount namespace, seen by
#    nothing else;
#  - a cgroup it may write (user@.service has Delegate=yes): made here below this script's own
#    cgroup, chowned to the user and removed by the trap. (A manager without one exits at once; a
#    manager running as root in the container's root cgroup would move every process there into
#    its init.scope.)
# Where that cannot be set up (not root; a machine that booted systemd, whose own managers are
# not to be disturbed; a read-only cgroup tree) the unit's ExecStart line runs by hand instead.
um_skip=
if [ "$(id -u)" != 0 ]; then
  um_skip="not running as root"
elif [ -d /run/systemd/system ]; then
  um_skip="this machine booted systemd; its user managers are left alone"
elif ! command -v unshare >/dev/null || ! command -v setpriv >/dev/null; then
  um_skip="unshare/setpriv (util-linux) missing"
elif [ ! -d /home ]; then
  um_skip="no /home for the test user's home"
else
  um_user=$(id -u nobody) um_group=$(id -g nobody)
  for hierarchy in cgroup2 name=systemd; do
    if [ "$hierarchy" = cgroup2 ]; then
      mnt=$(awk '$3 == "cgroup2" { print $2; exit }' /proc/mounts)
      own=$(awk -F: '$1 == "0" { print $3 }' /proc/self/cgroup)
    else
      mnt=$(awk '$3 == "cgroup" && $4 ~ /(^|,)name=systemd(,|$)/ { print $2; exit }' /proc/mounts)
      own=$(awk -F: '$2 == "name=systemd" { print $3 }' /proc/self/cgroup)
    fi
    [ -n "$mnt" ] || continue
    cg=${mnt}${own%/}/switchyard-package-check-$$
    if ! mkdir "$cg" 2>/dev/null; then um_skip="cannot create a cgroup in $mnt"; break; fi
    um_cgroups+=("$cg")
    chown -R "$um_user:$um_group" "$cg"
  done
  [ -n "$um_skip" ] || [ "${#um_cgroups[@]}" -gt 0 ] || um_skip="no cgroup2 hierarchy"
fi

if [ -z "$um_skip" ]; then
  um_root=$(mktemp -d /home/switchyard-package-check.XXXXXX)
  chmod 755 "$um_root"
  uhome=$um_root/home
  mkdir -p "$uhome/.config/switchyard" "$um_root/runtime" "$uhome/.config/systemd/user/switchyardd.service.d"
  sed 's/"port": 4141/"port": 0/' /usr/share/switchyard/default-config.json >"$uhome/.config/switchyard/config.json"
  grep -q '"port": 0' "$uhome/.config/switchyard/config.json" || fail "setting port 0 in the test config"
  # No journald here: a drop-in sends the daemon's output to a file, and changes nothing else.
  printf '[Service]\nStandardOutput=append:%s\nStandardError=append:%s\n' "$um_root/daemon.log" \
    "$um_root/daemon.log" >"$uhome/.config/systemd/user/switchyardd.service.d/package-check.conf"
  touch "$um_root/daemon.log" "$um_root/manager.log"
  chown -R "$um_user:$um_group" "$uhome" "$um_root/runtime" "$um_root/daemon.log" "$um_root/manager.log"
  chmod 700 "$um_root/runtime" "$uhome/.config/switchyard"
  chmod 600 "$uhome/.config/switchyard/config.json"
  # Run as the user: the manager, then the unit (port read from the daemon's "listening on" line).
  cat >"$um_root/session.sh" <<'EOF'
set -u
log=$1/daemon.log
/usr/lib/systemd/systemd --user >"$1/manager.log" 2>&1 &
for _ in $(seq 100); do [ -S "$XDG_RUNTIME_DIR/systemd/private" ] && break; sleep 0.1; done
echo "manager: $(systemctl --user is-system-running --wait 2>&1)"
systemctl --user enable --now switchyardd.service || { systemctl --user status switchyardd.service; exit 1; }
port= body=
for _ in $(seq 200); do
  port=$(sed -n 's|^switchyardd: listening on http://127\.0\.0\.1:\([0-9]*\) .*|\1|p' "$log")
  [ -n "$port" ] && break
  [ "$(systemctl --user is-active switchyardd.service)" = failed ] && break
  sleep 0.1
done
echo "active: $(systemctl --user is-active switchyardd.service)"
if [ -n "$port" ] && body=$(curl -fsS --max-time 10 "http://127.0.0.1:$port/healthz" 2>&1); then
  echo "healthz: ok $body"
else
  echo "healthz: failed (port ${port:-unknown}) $body"
fi
systemctl --user disable --now switchyardd.service
echo "after stop: $(systemctl --user is-active switchyardd.service)"
systemctl --user exit
wait
EOF
  # shellcheck disable=SC2016 # expanded by the inner shell
  ( timeout 120 unshare --mount --propagation private -- /bin/sh -ec '
      if [ -d /run/systemd ]; then mount -t tmpfs -o mode=755 tmpfs /run/systemd
      else mount -t tmpfs -o mode=755 tmpfs /run; mkdir /run/systemd; fi
      mkdir /run/systemd/system
      root=$1 user=$2 group=$3; shift 3
      for cg in "$@"; do echo $$ >"$cg/cgroup.procs"; done
      exec setpriv --reuid="$user" --regid="$group" --clear-groups env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
        HOME="$root/home" XDG_RUNTIME_DIR="$root/runtime" dbus-run-session -- bash "$root/session.sh" "$root"
    ' sh "$um_root" "$um_user" "$um_group" "${um_cgroups[@]}" ) >"$um_root/session.log" 2>&1 || true
  um_report() {
    echo "--- session"; grep -v 'Failed to set fd limit' "$um_root/session.log"
    echo "--- daemon"; cat "$um_root/daemon.log"; echo "--- manager"; tail -n 30 "$um_root/manager.log"
  }
  new_config=$uhome/.config/$app_id/config.json
  grep -qx 'active: active' "$um_root/session.log" || { um_report; fail "systemctl --user start switchyardd"; }
  grep -q '^healthz: ok' "$um_root/session.log" || { um_report; fail "/healthz of the daemon started by systemctl --user"; }
  grep -qx 'after stop: inactive' "$um_root/session.log" || { um_report; fail "systemctl --user stop switchyardd"; }
  grep -qF "switchyardd: moved $uhome/.config/switchyard to $uhome/.config/$app_id" "$um_root/daemon.log" &&
    [ ! -e "$uhome/.config/switchyard" ] && [ -s "$new_config" ] ||
    { um_report; fail "the unit did not move ~/.config/switchyard to ~/.config/$app_id"; }
  grep -qF "(config: $new_config)" "$um_root/daemon.log" || { um_report; fail "the daemon did not read $new_config"; }
  [ -s "$uhome/.local/share/$app_id/usage.sqlite" ] || { um_report; fail "no usage.sqlite in ~/.local/share/$app_id"; }
  echo "package-check: systemctl --user enable --now switchyardd: active, /healthz answered, stopped cleanly"
else
  # The most faithful check without a user manager: the unit's own ExecStart line, run by hand.
  echo "package-check: no systemd --user here ($um_skip); running the unit's ExecStart by hand"
  exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
  mkdir -p "$scratch/.config/$app_id"
  sed 's/"port": 4141/"port": 0/' /usr/share/switchyard/default-config.json >"$scratch/.config/$app_id/config.json"
  # A simple command, so that $! is the daemon itself. The unit's command line is split as systemd
  # splits it (it has no quotes).
  # shellcheck disable=SC2086
  HOME=$scratch XDG_CONFIG_HOME=$scratch/.config XDG_DATA_HOME=$scratch/.local/share XDG_RUNTIME_DIR=$scratch/runtime \
    $exec_start >"$scratch/daemon.log" 2>&1 &
  daemon=$!
  port=
  for _ in $(seq 200); do
    port=$(sed -n 's|^switchyardd: listening on http://127\.0\.0\.1:\([0-9]*\) .*|\1|p' "$scratch/daemon.log")
    [ -n "$port" ] && break
    kill -0 "$daemon" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$port" ] && curl -fsS --max-time 10 "http://127.0.0.1:$port/healthz" >/dev/null ||
    { cat "$scratch/daemon.log"; kill "$daemon" 2>/dev/null; fail "the unit's ExecStart ($exec_start)"; }
  kill -TERM "$daemon"
  wait "$daemon" || { cat "$scratch/daemon.log"; fail "the unit's ExecStart did not stop cleanly on SIGTERM"; }
fi
um_cleanup
# The installed app starts, serves and shows its window (offscreen), with a throw-away home.
home=$(mktemp -d)
mkdir -m 700 "$home/runtime"
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/runtime QT_QPA_PLATFORM=offscreen \
  switchyard --self-test --port 0 2>&1 | grep -q "switchyard self-test: ok" || fail "self-test of the installed app"
rm -rf "$home"

rm -rf "$scratch"
$SUDO apt-get remove -y switchyard >/dev/null
trap - EXIT
for f in /usr/bin/switchyardd /usr/bin/switchyard "$unit" "/usr/share/applications/$app_id.desktop"; do
  [ ! -e "$f" ] || fail "$f is still there after removal"
done
echo "package-check: installed, checked and removed $(basename "$deb") ($version)"
