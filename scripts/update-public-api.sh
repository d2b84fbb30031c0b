#!/usr/bin/env bash
# Rewrites PublicAPI.Unshipped.txt of every packable library from its current public surface (nothing has shipped
# yet, so the unshipped list is the whole surface). Review the diff: every line added or removed is a public API
# change and belongs in CHANGELOG.md. Usage: scripts/update-public-api.sh [project-dir ...]
set -euo pipefail
cd "$(dirname "$0")/.."
dirs=("$@")
if [ ${#dirs[@]} -eq 0 ]; then
  while IFS= read -r f; do
    if grep -q '<IsPackable>true</IsPackable>' "$f" && ! grep -q '<PackAsTool>true</PackAsTool>' "$f"; then
      dirs+=("$(dirname "$f")")
    fi
  done < <(find src -name '*.csproj' | sort)
fi
for d in "${dirs[@]}"; do
  [ -f "$d/PublicAPI.Shipped.txt" ] || printf '#nullable enable\n' > "$d/PublicAPI.Shipped.txt"
  printf '#nullable enable\n' > "$d/PublicAPI.Unshipped.txt"
  echo "== $d"
  dotnet format analyzers "$d"/*.csproj --diagnostics RS0016 --severity info >/dev/null 2>&1 || true
  # Keep the file sorted so diffs stay small.
  { head -n 1 "$d/PublicAPI.Unshipped.txt"; tail -n +2 "$d/PublicAPI.Unshipped.txt" | LC_ALL=C sort -u; } > "$d/PublicAPI.Unshipped.txt.tmp"
  mv "$d/PublicAPI.Unshipped.txt.tmp" "$d/PublicAPI.Unshipped.txt"
  echo "   $(($(wc -l < "$d/PublicAPI.Unshipped.txt") - 1)) symbols"
done
