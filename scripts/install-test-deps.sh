#!/usr/bin/env bash
# Installs the system packages the test suite needs, where missing: Chromium (Playwright
# cannot download its own browser on air-gapped machines) and PostgreSQL (the database tests
# run every query on SQLite and on PostgreSQL), poppler-utils and strace (see below). Safe to run again.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
# pdftotext: the export tests read the PDF report back with an independent reader.
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# strace: the durability test counts the server's fsyncs per acknowledged commit.
command -v strace >/dev/null 2>&1 || need+=(strace)

if [ ${#need[@]} -eq 0 ]; then
  echo "install-test-deps: Chromium, PostgreSQL, poppler-utils and strace are present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-test-deps: installing ${need[*]}"
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# Debian starts a cluster on install where it can; the tests run their own on a free port.
