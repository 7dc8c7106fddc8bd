#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs one example against the devnet and checks its output.
#   run-example.sh EXECUTABLE ACCOUNT EXPECTED_FILE
# The devnet comes from the manifest at $SEISMIC_DEVNET_MANIFEST (tests/devnet/README.md); the
# example gets RPC_URL, WS_URL, PRIVATE_KEY (dev account ACCOUNT), CONTRACT_ADDRESS
# (SeismicCounter) and TOKEN_ADDRESS (Src20Token). It must exit 0, and every line of
# EXPECTED_FILE (an extended regular expression; blank lines and #-comments ignored) must match a
# line of its output.
set -euo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: $0 EXECUTABLE ACCOUNT EXPECTED_FILE" >&2
    exit 2
fi
executable=$1
account=$2
expected=$3

manifest=${SEISMIC_DEVNET_MANIFEST:-}
if [[ -z $manifest || ! -r $manifest ]]; then
    echo "FAIL: SEISMIC_DEVNET_MANIFEST must name a devnet manifest" \
         "(tests/devnet/devnet start --manifest FILE)" >&2
    exit 1
fi

# One NAME=value per line, from the manifest.
settings=$(python3 - "$manifest" "$account" <<'PY'
import json, sys
manifest = json.load(open(sys.argv[1]))
account = manifest["accounts"][int(sys.argv[2])]
print("RPC_URL=" + manifest["rpcUrl"])
print("WS_URL=" + manifest["wsUrl"])
print("PRIVATE_KEY=" + account["privateKey"])
print("CONTRACT_ADDRESS=" + manifest["contracts"]["SeismicCounter"])
print("TOKEN_ADDRESS=" + manifest["contracts"]["Src20Token"])
PY
)
while IFS= read -r setting; do
    export "${setting?}"
done <<<"$settings"

status=0
output=$(timeout 60 "$executable" 2>&1) || status=$?
printf '%s\n' "$output"
if [[ $status -ne 0 ]]; then
    echo "FAIL: $(basename "$executable") exited with status $status" >&2
    exit 1
fi
missing=0
while IFS= read -r pattern; do
    [[ -z $pattern || $pattern == \#* ]] && continue
    if ! grep -Eq -- "$pattern" <<<"$output"; then
        echo "FAIL: no output line matches: $pattern" >&2
        missing=1
    fi
done <"$expected"
exit $missing
