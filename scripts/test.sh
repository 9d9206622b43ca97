#!/usr/bin/env bash
# The whole test suite: type-check, lint, build, Vitest (unit + integration against the real
# server and real databases), Playwright (real Chromium). Used by developers and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step header also says how long the step before it took, so a slow step shows in CI logs.
started=$SECONDS
step() {
  [ -n "${current:-}" ] && printf '\033[1m== %s took %ss\033[0m\n' "$current" $((SECONDS - started))
  current="$*"
  started=$SECONDS
  printf '\n\033[1m== %s\033[0m\n' "$*"
}
trap 'rc=$?; [ -n "${current:-}" ] && printf "\033[1m== %s took %ss (exit %s)\033[0m\n" "$current" $((SECONDS - started)) $rc' EXIT
export NEXT_TELEMETRY_DISABLED=1

step "Prisma clients"
node scripts/prisma-generate.mjs >/dev/null

step "Type-check"
npx tsc --noEmit

step "Lint"
npx eslint --max-warnings=0 .

step "Production build"
node scripts/ensure-build.mjs

step "Vitest: unit and integration"
npx vitest run

step "Playwright: browser tests in Chromium"
npx playwright test
