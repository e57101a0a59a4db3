#!/usr/bin/env bash
# Serves out/ with deploy/site.conf on a loopback port, in the foreground, for
# the browser tests: what is tested is what is deployed. Only `listen` and
# `root` differ from production. Usage: scripts/nginx-test.sh [port] [site folder, default out]
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-4173}"
root="$(realpath -s "${2:-out}")"  # -s: a release link (deploy) is served through, as in production
command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install nginx)" >&2; exit 1; }
prefix="$(mktemp -d "${TMPDIR:-/tmp}/chenbao-nginx.XXXXXX")"
mkdir -p "$prefix/conf/snippets/shequchenbao" "$prefix/logs"
cp deploy/security-headers.conf "$prefix/conf/snippets/shequchenbao/"
sed -e "s#^\( *\)listen .*@test listen#\1listen 127.0.0.1:${port};#" \
    -e "s#^\( *\)root .*@test root#\1root ${root};#" \
    deploy/site.conf > "$prefix/conf/site.conf"
grep -q "127.0.0.1:${port}" "$prefix/conf/site.conf" || { echo "could not set listen in site.conf" >&2; exit 1; }
cat > "$prefix/conf/nginx.conf" <<CONF
worker_processes 1;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    types { application/wasm wasm; }
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $prefix/tmp_body;
    proxy_temp_path $prefix/tmp_proxy;
    fastcgi_temp_path $prefix/tmp_fastcgi;
    uwsgi_temp_path $prefix/tmp_uwsgi;
    scgi_temp_path $prefix/tmp_scgi;
    include $prefix/conf/site.conf;
}
CONF
# Workers must read the site; as root they run as root, otherwise as the caller.
user_line=""
[ "$(id -u)" -eq 0 ] && user_line="user root;"
sed -i "1i $user_line" "$prefix/conf/nginx.conf"
nginx -p "$prefix" -c "$prefix/conf/nginx.conf" -t -q
# nginx runs as a child, not exec'd: an exec'd nginx would take this shell's place and its EXIT trap with it, and
# every run would leave its prefix in /tmp. A TERM or INT to this shell (or its group) stops nginx, then the prefix goes.
nginx -p "$prefix" -c "$prefix/conf/nginx.conf" -g 'daemon off;' &
server=$!
trap 'kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$prefix"' EXIT
trap 'exit 0' TERM INT HUP
wait "$server"
