#!/usr/bin/env bash
# The README's two commands on a fresh clone, as a new user would run them: clones this checkout's HEAD into a
# temporary folder, runs the command lines of README.md's first ```bash block exactly as written (the main command,
# then the test command), with CI unset and no browser findable, and checks that both succeed and that the browser
# tests report themselves skipped with their reason. Called at the end of .ci/run; runnable alone.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

head=$(git -C "$repo" rev-parse HEAD)
git clone --quiet --no-hardlinks "$repo" "$work/clone"
cd "$work/clone"
git checkout --quiet --detach "$head"

# The command lines of README.md's first bash block (comments and blank lines dropped), so this cannot drift.
mapfile -t commands < <(awk '/^```bash$/ { inside = 1; next } inside && /^```/ { exit } inside' README.md | grep -v '^[[:space:]]*#' | grep -v '^[[:space:]]*$')
if [ "${#commands[@]}" -lt 2 ]; then
  echo "fresh-clone check: README.md's first bash block should hold the main command and the test command" >&2
  exit 1
fi

for command in "${commands[@]}"; do
  echo "fresh-clone check: \$ $command"
  log="$work/log"
  set +e
  # CI unset (a new user's shell) and no browser findable: the browser tests must skip, not fail.
  env -u CI CLAIMTRACKER_CHROMIUM="$work/no-chromium-here" bash -c "$command" >"$log" 2>&1
  status=$?
  set -e
  tail -n 5 "$log"
  if [ "$status" -ne 0 ]; then
    cat "$log" >&2
    echo "fresh-clone check: '$command' exited with $status" >&2
    exit 1
  fi
  case "$command" in
    *"dotnet test"*)
      if ! grep -q "Chromium not found at $work/no-chromium-here" "$log"; then
        cat "$log" >&2
        echo "fresh-clone check: the browser tests did not report themselves skipped with their reason" >&2
        exit 1
      fi
      if ! grep -Eq "Skipped: +[1-9][0-9]*,.*ClaimTracker\.Browser\.Tests\.dll" "$log"; then
        cat "$log" >&2
        echo "fresh-clone check: the browser test assembly reported no skipped test" >&2
        exit 1
      fi
      grep -m 1 "Chromium not found" "$log" | sed 's/^[[:space:]]*/fresh-clone check: skip reason seen: /'
      grep -E "ClaimTracker\.Browser\.Tests\.dll" "$log" | tail -n 1 | sed 's/^/fresh-clone check: /'
      ;;
  esac
done
echo "fresh-clone check: the README's commands succeed on a fresh clone"
