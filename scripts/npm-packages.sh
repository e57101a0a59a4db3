#!/usr/bin/env bash
# Installs the npm packages of the committed lock file. `npm ci` would refuse that lock file here
# because the registry serves only this platform's optional packages (see README). A registry
# connection dropped mid-install (ECONNRESET, seen 5 December) fails the whole run although
# nothing is wrong with the project, so npm retries each fetch longer, and the install is tried
# three times before giving up.
set -euo pipefail
for attempt in 1 2 3; do
  if npm install --no-audit --no-fund --fetch-retries=5 --fetch-retry-mintimeout=5000 --fetch-retry-maxtimeout=60000; then
    exit 0
  fi
  [ "$attempt" -eq 3 ] && break
  echo "npm install failed (attempt $attempt of 3); trying again in 15 s" >&2
  sleep 15
done
echo "npm install failed three times: is the npm registry reachable?" >&2
exit 1
