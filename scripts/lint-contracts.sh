#!/usr/bin/env bash
# Lints the API contracts:
#   - the OpenAPI document each service served during its tests (target/openapi/<service>.json, written by
#     ServiceFoundationChecks while `./mvnw verify` runs), with Redocly CLI and redocly.yaml;
#   - contracts/asyncapi.yaml, with the AsyncAPI CLI.
# The tools are the versions pinned in scripts/contracts/package-lock.json, installed there with `npm ci` when
# missing or out of date (Node 20 and npm needed; nothing is installed globally). Exits non-zero when a document
# is missing or has an error. Warnings are printed and counted, not fatal.
#
#   ./mvnw verify && scripts/lint-contracts.sh
#   scripts/lint-contracts.sh complaint-service     # one service's document only (and the AsyncAPI document)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

services=("$@")
if ((${#services[@]} == 0)); then
  services=(complaint-service publicity-service openday-service review-service)
fi

tools=scripts/contracts
for command in node npm; do
  if ! command -v "$command" > /dev/null 2>&1; then
    echo "lint-contracts: $command is missing; install Node.js 20 or newer with npm" >&2
    exit 1
  fi
done

# npm ci again only when the lock file changed since the last install (it takes minutes and ~450 MB).
stamp="$tools/node_modules/.installed-lock.sha256"
wanted="$(sha256sum "$tools/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$wanted" ]]; then
  echo "lint-contracts: installing the pinned tools into $tools (npm ci)"
  # No install scripts: they only offer shell completion and send usage reports; the linters need none.
  (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$wanted" > "$stamp"
fi
bin="$tools/node_modules/.bin"

# No usage reports from the tools, no update checks: CI has no internet beyond the package registries.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
analytics="$tools/node_modules/.asyncapi-analytics"
[[ -f "$analytics" ]] || echo '{"analyticsEnabled":"false","infoMessageShown":"true","userID":"ci"}' > "$analytics"
export ASYNCAPI_METRICS_CONFIG_PATH="$PWD/$analytics" SUPPRESS_NO_CONFIG_WARNING=1

failed=0
for service in "${services[@]}"; do
  document="$service/target/openapi/$service.json"
  if [[ ! -f "$document" ]]; then
    echo "lint-contracts: $document is missing: run ./mvnw verify first (its foundation test writes it)" >&2
    failed=1
    continue
  fi
  echo "== OpenAPI: $document"
  if ! "$bin/redocly" lint "$document" --config redocly.yaml --format=stylish; then
    failed=1
  fi
done

echo "== AsyncAPI: contracts/asyncapi.yaml"
if ! "$bin/asyncapi" validate contracts/asyncapi.yaml --fail-severity=error; then
  failed=1
fi

if ((failed)); then
  echo "lint-contracts: FAILED (see the errors above)" >&2
  exit 1
fi
echo "lint-contracts: every contract document is valid"
