#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine with Node 20,
# then runs every test: type-check, unit tests, content check + build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for pkg in chromium fonts-noto-cjk nginx; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
# The Nu HTML Checker (npm vnu-jar) needs Java.
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The lock file is committed; `npm ci` would refuse it here because the
# registry serves only this platform's optional packages (see README).
npm install --no-audit --no-fund
npm test
