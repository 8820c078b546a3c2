#!/usr/bin/env bash
# Pack-and-install smoke test, as a dependent would use the tool: `npm pack` this project, install the
# tarball alone in an empty folder, and run --version, check, build and verify there on the shipped
# examples. Prints one "pack-smoke: ok" line or fails (non-zero) naming the command that did not work.
# Usage: .ci/pack-smoke.sh [TARBALL]   (without TARBALL it packs the working tree; prepack builds lib/)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ $# -ge 1 ]; then tarball="$(realpath "$1")"; else
  (cd "$root" && npm pack --silent --pack-destination "$work" >/dev/null)
  tarball="$(ls "$work"/*.tgz)"
fi
echo "pack-smoke: $(basename "$tarball") ($(du -k "$tarball" | cut -f1) kB)"

app="$work/app"
mkdir -p "$app"
cd "$app"
echo '{"name":"smoke","private":true}' > package.json
npm install --no-audit --no-fund --engine-strict "$tarball"

step() { echo "pack-smoke: $*"; "$@" || { echo "pack-smoke: FAILED ($?): $*" >&2; exit 1; }; }
pkg="node_modules/@xinxiang-edu/catalog"
cp -r "$pkg/catalogues" ./catalogues
step npx --no-install catalog --version
step npx --no-install catalog check
step npx --no-install catalog build -o dist
ls dist/*.filing.pdf >/dev/null
# The city accepts county filings (the school's and the baseline's own are refused by design: unexpected-filing-kind).
step npx --no-install catalog verify dist/weihui.filing.pdf dist/huixian.filing.pdf dist/fengqiu.filing.pdf dist/yuanyang.filing.pdf --report dist/report.csv
# The library entry: the package's name resolves through "exports", with its types beside it.
step node --input-type=module -e "
import { checkFile, rules, version } from '@xinxiang-edu/catalog';
const r = checkFile('catalogues/weihui.yaml');
if (!r.ok || !rules.length || !version) process.exit(1);"
test -f "$pkg/lib/index.d.ts"
echo "pack-smoke: ok"
