#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Switchyard needs to build, run, test and benchmark.
# Idempotent: when every package is already installed it only checks and returns.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config clang libclang-rt-14-dev
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qtkeychain-qt6-dev
  qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql qt6-qpa-plugins
  dpkg-dev desktop-file-utils appstream librsvg2-bin man-db systemd
  postgresql
  libhttp-parser-dev
  dbus xvfb xauth x11-utils gnome-keyring libsecret-tools fonts-dejavu-core
  nodejs npm nginx-light wrk procps curl openssl
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# node/npm may come from outside Debian's packages on some machines: accept them when on PATH.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  filtered=()
  for p in "${missing[@]}"; do
    [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p")
  done
  missing=("${filtered[@]}")
fi

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -o DPkg::Lock::Timeout=300
$SUDO apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}"
