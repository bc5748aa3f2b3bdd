#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb and .tar.gz from a configured build directory, installs the .deb with apt, checks
# what a user gets (binaries and their version, the shipped config, desktop file, AppStream metainfo,
# icons, man pages, bash completion, the systemd user unit, an offscreen self-test of the installed
# app), then removes the package and checks that nothing is left. Run by scripts/test.sh.
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

$SUDO apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 "$deb" >/dev/null
trap '$SUDO apt-get remove -y switchyard >/dev/null 2>&1 || true' EXIT

fail() { echo "package-check: FAILED: $*" >&2; exit 1; }
[ "$(switchyardd --version)" = "switchyardd $version" ] || fail "switchyardd --version: $(switchyardd --version)"
[ "$(QT_QPA_PLATFORM=offscreen switchyard --version)" = "switchyard $version" ] ||
  fail "switchyard --version: $(QT_QPA_PLATFORM=offscreen switchyard --version)"
switchyardd --check-config /usr/share/switchyard/default-config.json >/dev/null || fail "the shipped config"
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop file"
desktop-file-validate "/usr/share/switchyard/autostart/$app_id.desktop" || fail "autostart entry"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null || fail "metainfo"
for size in 16 32 48 64 128 256 512; do
  [ -s "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "icon ${size}x${size}"
done
[ -s "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "scalable icon"
# In the package (some minimal images exclude /usr/share/man from installs), and findable by man.
contents=$(dpkg-deb -c "$deb")
for page in switchyardd.1 switchyard.1; do
  grep -q "usr/share/man/man1/$page" <<<"$contents" || fail "man page $page not in the package"
done
if [ -d /usr/share/man/man1 ] && ! grep -rqs 'path-exclude=/usr/share/man' /etc/dpkg/dpkg.cfg.d/; then
  man -w switchyardd >/dev/null && man -w switchyard >/dev/null || fail "man pages"
fi
[ -s /usr/share/bash-completion/completions/switchyardd ] || fail "bash completion"
unit=/usr/lib/systemd/user/switchyardd.service
grep -q '^ExecStart=/usr/bin/switchyardd' "$unit" || fail "systemd user unit"
# What `systemctl --user start` would load, checked without a running user manager (none in CI).
runtime=$(mktemp -d)
XDG_RUNTIME_DIR=$runtime systemd-analyze verify --user "$unit" || fail "systemd-analyze verify"
rm -rf "$runtime"
# The installed app starts, serves and shows its window (offscreen), with a throw-away home.
home=$(mktemp -d)
mkdir -m 700 "$home/runtime"
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/runtime QT_QPA_PLATFORM=offscreen \
  switchyard --self-test --port 0 2>&1 | grep -q "switchyard self-test: ok" || fail "self-test of the installed app"
rm -rf "$home"

$SUDO apt-get remove -y switchyard >/dev/null
trap - EXIT
for f in /usr/bin/switchyardd /usr/bin/switchyard "$unit" "/usr/share/applications/$app_id.desktop"; do
  [ ! -e "$f" ] || fail "$f is still there after removal"
done
echo "package-check: installed, checked and removed $(basename "$deb") ($version)"
