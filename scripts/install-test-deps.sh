#!/usr/bin/env bash
# Installs the system packages the test suite needs, where missing: Chromium (Playwright
# cannot download its own browser on air-gapped machines), PostgreSQL (the database tests
# run every query on SQLite and on PostgreSQL), Redis and HAProxy (the multi-instance tests run
# three Samla instances on one PostgreSQL and one Redis behind a real load balancer; see
# docs/deploy.md for why HAProxy), poppler-utils and strace (see below). Safe to run again.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
# pdftotext: the export tests read the PDF report back with an independent reader.
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# strace: the durability test counts the server's fsyncs per acknowledged commit.
command -v strace >/dev/null 2>&1 || need+=(strace)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || need+=(haproxy)

if [ ${#need[@]} -eq 0 ]; then
  echo "install-test-deps: Chromium, PostgreSQL, poppler-utils, strace, Redis and HAProxy are present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-test-deps: installing ${need[*]}"
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# Debian starts a cluster, a Redis and an HAProxy on install where it can (not without systemd);
# the tests run their own on free loopback ports with their own configuration.
