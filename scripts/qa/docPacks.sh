#!/usr/bin/env bash
# Document-only knowledge packs for measuring: each seed kommun's pack drafted by `npm run kommun:new` from
# its source documents alone (the plain text extracted from the PDFs, ../shared/seeds), none of the curated facts.
# usage: bash scripts/qa/docPacks.sh SEEDS_DIR OUT_DIR
#   then npm run --silent qa:diagnose -- SET.jsonl --knowledge-dir OUT_DIR
set -euo pipefail
seeds=${1:?usage: bash scripts/qa/docPacks.sh SEEDS_DIR OUT_DIR}
out=${2:?usage: bash scripts/qa/docPacks.sh SEEDS_DIR OUT_DIR}
build() {
  rm -rf "${out:?}/$1"
  npm run --silent kommun:new -- --id "$1" --name "$2" --knowledge-dir "$out" "${@:3}"
}
build alingsas "Alingsås kommun" "$(echo "$seeds"/001_*.txt)=Så styrs Alingsås" \
  "$(echo "$seeds"/000_*.txt)=Alingsås kommuns styrmodell – äldre översikt" "$(echo "$seeds"/002_*.txt)=Kommunstyrelsens svar på revisorernas enkät 2025"
build ange "Ånge kommun" "$seeds"/003_*.txt
build hallstahammar "Hallstahammars kommun" "$seeds"/004_*.txt
