#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine with Node 20,
# then runs every test: type-check, unit tests, content check + build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# A Chinese font (share cards), Chromium (browser tests), nginx (the production server block),
# Java (the Nu HTML Checker, from npm vnu-jar), rsync (npm run publish puts a release live with it).
bash scripts/debian-packages.sh chromium fonts-noto-cjk nginx rsync java

# The lock file is committed; `npm ci` would refuse it here because the
# registry serves only this platform's optional packages (see README).
npm install --no-audit --no-fund
npm test
