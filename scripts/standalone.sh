#!/usr/bin/env bash
# Runs a command (by default the unit suite) in a copy of the repository placed alone in an
# empty temporary folder: only the files git would ship (tracked, or new and not ignored),
# nothing beside it (no sibling folders), node_modules linked in. A test that reads anything outside
# the repository fails here, as it would in a user's clone. The folder is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/chenbao-standalone-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/repo"
# Files deleted in the work tree but still in the index are skipped (--ignore-failed-read).
git ls-files -z --cached --others --exclude-standard \
  | tar --null -T - --ignore-failed-read -cf - 2>/dev/null \
  | tar -xf - -C "$tmp/repo"
ln -s "$root/node_modules" "$tmp/repo/node_modules"
cd "$tmp/repo"
echo "standalone copy: $tmp/repo (nothing beside it: $(ls -A "$tmp" | tr '\n' ' '))"
if [ $# -eq 0 ]; then set -- npx vitest run; fi
"$@"
