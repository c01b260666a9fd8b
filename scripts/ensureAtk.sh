#!/usr/bin/env bash
# Makes sure the Microsoft 365 Agents Toolkit CLI (`atk`) is in node_modules/.cache/atk for the package
# validation test, and prints the path of its binary. It is installed from the npm registry on first use,
# not as a project dependency: its keytar dependency builds native code against libsecret on install,
# which `atk validate --manifest-file` never loads, so install scripts are skipped here.
# Exit 0 = the printed binary is there.
set -euo pipefail

VERSION=1.1.17
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/node_modules/.cache/atk"
BIN="$DIR/node_modules/.bin/atk"
if [[ -x "$BIN" && -f "$DIR/.version-$VERSION" ]]; then
  echo "$BIN"
  exit 0
fi
echo "ensureAtk: installing @microsoft/m365agentstoolkit-cli@$VERSION into $DIR (about a minute)…" >&2
rm -rf "$DIR"
mkdir -p "$DIR"
echo '{"private":true}' >"$DIR/package.json"
npm install --prefix "$DIR" --ignore-scripts --no-audit --no-fund --loglevel=error "@microsoft/m365agentstoolkit-cli@$VERSION" </dev/null >&2
[[ -x "$BIN" ]] || { echo "ensureAtk: npm finished but $BIN is missing" >&2; exit 1; }
touch "$DIR/.version-$VERSION"
echo "$BIN"
