#!/usr/bin/env bash
# Regenerates docs/images/report.png: analyzes the seed corpus with the CLI, then opens its report.html in the
# browser tests' headless chromium: a full-page screenshot goes to the test output, the top of the page to docs/.
# Needs Debian's chromium (see .ci/apt-packages).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet run --project src/ClaimTracker.Cli -c Release -- analyze samples/seed-ar --out "$out" --format html
CLAIMTRACKER_REPORT="$out/report.html" CLAIMTRACKER_SCREENSHOT="$PWD/docs/images/report.png" \
  dotnet test tests/ClaimTracker.Browser.Tests -c Release --filter "FullyQualifiedName~Report_FullPageScreenshot_IsNonEmptyPng"
echo "wrote docs/images/report.png"
