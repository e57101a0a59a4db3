#!/usr/bin/env bash
# The README's quick start: on a fresh Debian machine with Node 20, installs what the build
# needs (a Chinese font for the share cards, npm packages from the lock file), builds the
# site and serves it at http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/debian-packages.sh fonts-noto-cjk
bash scripts/npm-packages.sh
npm start
