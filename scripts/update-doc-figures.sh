#!/usr/bin/env bash
# Rewrites the generated figures in docs/eval.md and docs/comparison.md (between <!-- figures:NAME --> markers) from
# the code paths of the commands that produce them: `eval` on the seed corpus with the dev key, and the headline-pair
# set of `compare`. DocFiguresTests fails when the docs differ from what the code gives now.
set -euo pipefail
cd "$(dirname "$0")/.."
CLAIMTRACKER_ACCEPT=1 dotnet test tests/ClaimTracker.Cli.Tests -c Release --filter "FullyQualifiedName~DocFiguresTests"
git --no-pager diff --stat -- docs/eval.md docs/comparison.md
