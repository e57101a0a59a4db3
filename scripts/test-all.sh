#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine with Node 20,
# then runs every test: type-check, unit tests, content check + build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# A Chinese font (share cards), Chromium (browser tests), nginx (the production server block),
# Java (the Nu HTML Checker, from npm vnu-jar), rsync (npm run publish puts a release live with it).
bash scripts/debian-packages.sh chromium fonts-noto-cjk nginx rsync java

# npm packages from the committed lock file (why not `npm ci`: scripts/npm-packages.sh).
bash scripts/npm-packages.sh
npm test
