#!/usr/bin/env bash
# Puts Podman's quadlet generator at .tmp/quadlet/quadlet, for the tests that check rendered
# .container units with the real generator. Debian 12's podman (4.3) has no quadlet; Debian 13's
# podman package ships /usr/libexec/podman/quadlet, which runs on Debian 12. We fetch that .deb
# through apt from the same mirror with the suite name changed (a private apt state under
# .tmp/, so the system's apt configuration and lists are untouched) and unpack it with dpkg -x.
# Idempotent: does nothing when the binary is already there and runs.
# Usage: scripts/install-quadlet.sh [DEST_DIR]   (default .tmp/quadlet; prints the binary's path)
set -euo pipefail
cd "$(dirname "$0")/.."
dest="${1:-.tmp/quadlet}"
bin="$dest/quadlet"
if [ -x "$bin" ] && "$bin" -version >/dev/null 2>&1; then
  echo "$bin"
  exit 0
fi
command -v apt-get >/dev/null && command -v dpkg >/dev/null || { echo "install-quadlet: needs apt-get and dpkg (Debian/Ubuntu)" >&2; exit 1; }

suite="${QUADLET_SUITE:-trixie}"
# The mirror the system already uses (deb822 or one-line sources), else Debian's own.
mirror="$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | grep -oE 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n1 | tr -d ' ' || true)"
mirror="${mirror:-http://deb.debian.org/debian}"
arch="$(dpkg --print-architecture)"

work="$(mktemp -d "${TMPDIR:-/tmp}/quadlet-apt.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/state/lists/partial" "$work/cache/archives/partial" "$work/etc/sources.list.d" "$work/etc/preferences.d" "$work/deb"
echo "deb [arch=$arch] ${mirror%/} $suite main" >"$work/etc/sources.list"
apt_opts=(
  -o "Dir::State=$work/state" -o "Dir::State::status=/dev/null" -o "Dir::Cache=$work/cache"
  -o "Dir::Etc::sourcelist=$work/etc/sources.list" -o "Dir::Etc::sourceparts=$work/etc/sources.list.d"
  -o "Dir::Etc::preferencesparts=$work/etc/preferences.d" -o "APT::Architecture=$arch"
  -o "Debug::NoLocking=1" -o "APT::Sandbox::User=$(id -un)"
)
apt-get "${apt_opts[@]}" -qq update >&2
(cd "$work/deb" && apt-get "${apt_opts[@]}" -qq download podman >&2)
deb="$(ls "$work"/deb/podman_*.deb)"
dpkg -x "$deb" "$work/root"
mkdir -p "$dest"
cp "$work/root/usr/libexec/podman/quadlet" "$bin.tmp"
chmod 0755 "$bin.tmp"
mv "$bin.tmp" "$bin"
"$bin" -version >&2
echo "$bin"
