#!/usr/bin/env bash
# Puts Debian's chromium at /usr/bin/chromium, for the tests that load the gallery (site/) in a
# real browser through playwright-core. Playwright's own browser downloads are not used: Debian's
# package comes from the same mirror as the rest of the system. Idempotent: does nothing when the
# browser is already there and starts.
# Usage: scripts/install-chromium.sh   (prints the browser's path; needs root, or sudo, to install)
set -euo pipefail
bin="${LEGER_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$bin" ] && "$bin" --version >/dev/null 2>&1; then
  echo "$bin"
  exit 0
fi
command -v apt-get >/dev/null || { echo "install-chromium: needs apt-get (Debian/Ubuntu)" >&2; exit 1; }
as_root=()
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "install-chromium: run as root (or install sudo) to apt-get install chromium" >&2; exit 1; }
  as_root=(sudo)
fi
# A package list older than the mirror names .debs that are gone: refresh it first.
"${as_root[@]}" apt-get -qq update >&2
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get -qq install -y chromium >&2
"$bin" --version >&2
echo "$bin"
