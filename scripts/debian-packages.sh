#!/usr/bin/env bash
# Installs the Debian packages named on the command line that are missing, with apt-get
# (as root, or through sudo). `java` stands for a Java runtime: default-jre-headless is
# installed only when no java is on the PATH.
set -euo pipefail
missing=()
for pkg in "$@"; do
  if [ "$pkg" = java ]; then
    command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  else
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${missing[*]}"
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
