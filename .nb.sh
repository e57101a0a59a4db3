#!/bin/bash
# usage: .nb.sh <content dir> <dist> [cpus]
export CONTENT_DIR=$1 NEXT_DIST_DIR=$2 NEXT_TELEMETRY_DISABLED=1 CHENBAO_CACHE_DIR=$PWD/bench-corpus/cache
[ -n "$3" ] && export NEXT_CPUS=$3
/usr/bin/time -f '%e s %M KB' npx next build 2>&1 | grep -E "Generating static pages using|Compiled|s [0-9]+ KB"
