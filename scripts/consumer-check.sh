#!/usr/bin/env bash
# Consumer check: builds and packs taskdouble, installs the tarball into a scratch project outside
# the work tree (with the test runners pinned in package.json), then type-checks and runs the
# consumer files in test/consumer/project/ there, as a user's project would.
#
#   bash scripts/consumer-check.sh          exit 0 when every step passes
#   KEEP_CONSUMER_DIR=1 bash scripts/...    keep the temp dir to look into after a failure
#
# The build runs on a copy of the work tree, so the work tree's dist/ is never replaced while
# someone else is using it. The test files keep a .tmpl suffix in the repository: they import
# 'taskdouble' as an installed package, which resolves only in the scratch project, so the
# work tree's own tsc, Vitest and ESLint must not pick them up.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fixture="$root/test/consumer/project"
runners=(vitest jest expect @jest/globals @swc/jest @swc/core typescript @types/node)

work=$(mktemp -d "${TMPDIR:-/tmp}/taskdouble-consumer.XXXXXX")
build="$work/build"
consumer="$work/consumer"
logs="$work/logs"
mkdir -p "$build" "$consumer" "$logs"

cleanup() {
  if [[ "${KEEP_CONSUMER_DIR:-}" == 1 ]]; then
    echo "consumer-check: kept $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

passed=0
started_all=$SECONDS

fail() {
  echo "consumer-check: FAILED: $1" >&2
  echo "consumer-check: $passed passed, 1 failed" >&2
  exit 1
}

# Known ways a packaging mistake shows up in a consumer, said in words next to the raw output.
explain() {
  local log=$1
  if grep -q "TS2305: Module '\"vitest\"' has no exported member" "$log"; then
    echo "consumer-check: the shipped dist/vitest.d.mts replaces Vitest's types instead of augmenting them: it must stay a module (keep an import or export beside its \`declare module 'vitest'\`)." >&2
  fi
  if grep -q "TS2320: Interface 'ExpectStatic' cannot simultaneously extend" "$log"; then
    echo "consumer-check: Vitest 4's ExpectStatic extends both Matchers and AsymmetricMatchersContaining, so augmenting both with different return types conflicts: augment Matchers<T> only (it covers expect.<matcher>() too)." >&2
  fi
  if grep -q "dynamic import callback was invoked without --experimental-vm-modules" "$log"; then
    echo "consumer-check: the CommonJS build calls import(), which Jest's CommonJS runtime refuses: build the cjs format with outputOptions: { dynamicImportInCjs: false } so that it calls require()." >&2
  fi
  if grep -q "Cannot find module 'taskdouble" "$log"; then
    echo "consumer-check: an entry of the exports map does not resolve; compare package.json's exports with the files in dist/." >&2
  fi
}

# step NAME SECONDS DIR COMMAND...: runs COMMAND in DIR with a time limit, its output in a log
# that is shown only when the step fails.
step() {
  local name=$1 limit=$2 dir=$3
  shift 3
  local log="$logs/$((passed + 1))-${name// /-}.log"
  local began=$SECONDS rc=0

  (cd "$dir" && exec timeout "$limit" "$@") >"$log" 2>&1 || rc=$?
  if ((rc != 0)); then
    echo "consumer-check: step '$name' exited $rc$( ((rc == 124)) && echo " (timed out after ${limit}s)"); its output:" >&2
    tail -n 120 "$log" >&2
    explain "$log"
    fail "$name"
  fi

  passed=$((passed + 1))
  # A runner's own count, so the log shows that tests ran (colours stripped).
  local count
  count=$(sed -E 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ *Tests:? ' | tr -s ' ' | sed 's/^ //' || true)
  echo "consumer-check: ok $name ($((SECONDS - began))s)${count:+: $count}"
}

[[ -d "$root/node_modules" ]] || fail "no node_modules in $root: run npm ci first"
case "$work/" in "$root"/*) fail "the temp dir $work is inside the work tree; set TMPDIR elsewhere" ;; esac

# 1. Pack (its prepack script builds dist/), from a copy of the tree without dist/ that borrows
# the tree's node_modules: a package packed from a clean checkout must hold its code.
tar -C "$root" --exclude=./node_modules --exclude=./.git --exclude=./dist --exclude=./coverage \
  --exclude=./.stryker-tmp --exclude='./*.tgz' -cf - . | tar -C "$build" -xf -
ln -s "$root/node_modules" "$build/node_modules"
step "npm pack" 420 "$build" npm pack --pack-destination "$work" --loglevel=error
tarball=$(find "$work" -maxdepth 1 -name 'taskdouble-*.tgz' -print -quit)
[[ -n "$tarball" ]] || fail "npm pack made no taskdouble-*.tgz"
packed=$(tar -tzf "$tarball")
for file in package/LICENSE package/dist/index.mjs package/dist/cli.mjs; do
  grep -qx "$file" <<<"$packed" || fail "the tarball lacks $file"
done

# 2. The scratch project: the tarball plus the runner versions this repository pins.
# shellcheck disable=SC2016 # the ${...} below is JavaScript, for node
specs=$(node -e '
  const pkg = require(process.argv[1]);
  const missing = process.argv.slice(2).filter((name) => !pkg.devDependencies?.[name]);
  if (missing.length > 0) { console.error("not in devDependencies: " + missing.join(", ")); process.exit(1); }
  console.log(process.argv.slice(2).map((name) => `${name}@${pkg.devDependencies[name]}`).join(" "));
' "$root/package.json" "${runners[@]}") || fail "cannot read the runner versions from package.json"
echo '{ "name": "taskdouble-consumer", "private": true, "type": "module" }' >"$consumer/package.json"
# shellcheck disable=SC2086 # one word per package spec
step "npm install" 600 "$consumer" npm install --no-audit --no-fund --prefer-offline --save-exact \
  "$tarball" $specs

# 3. The consumer's files, without the .tmpl suffix that hides them from the work tree's tools.
(cd "$fixture" && find . -type f -print) | while read -r file; do
  mkdir -p "$consumer/$(dirname "$file")"
  cp "$fixture/$file" "$consumer/${file%.tmpl}"
done

# 4. Types, as a strict consumer sees them (skipLibCheck off, so the shipped .d.ts are checked too).
step "tsc (NodeNext)" 300 "$consumer" ./node_modules/.bin/tsc -p tsconfig.json
step "tsc (bundler)" 300 "$consumer" ./node_modules/.bin/tsc -p tsconfig.bundler.json

# 5. Runtime: plain Node on both builds, the command when the package has one, then the two
# runners (in CI mode, so snapshots are compared and never written).
step "node smoke.mjs" 120 "$consumer" node smoke.mjs
step "node smoke.cjs" 120 "$consumer" node smoke.cjs
if [[ -e "$consumer/node_modules/.bin/taskdouble" ]]; then
  step "taskdouble --help" 120 "$consumer" ./node_modules/.bin/taskdouble --help
fi
step "vitest" 300 "$consumer" env CI=true ./node_modules/.bin/vitest run
step "jest" 300 "$consumer" env CI=true ./node_modules/.bin/jest --ci

echo "consumer-check: the packed $(basename "$tarball") works for a consumer ($((SECONDS - started_all))s)"
echo "consumer-check: $passed passed, 0 failed"
