#!/usr/bin/env bash
# Benchmarks/extra-keys.sh: what keeping the keys a schema does not list costs when decoding.
# Prints figures; asserts nothing.
#
#   Benchmarks/extra-keys.sh [OBJECTS]
#
# Generates two structs of twelve string properties with specgen, one closed (no
# additionalProperties: the other keys are dropped) and one open (additionalProperties: true: they
# are kept as JSONValue), builds Benchmarks/extra-keys/main.swift with them (-O), and decodes
# OBJECTS objects (default 20000) of twelve listed keys and four others (a string, a number, a
# Boolean and an object holding a list) into each, best of five.
# Uses SPECGEN / SPECGEN_REF like the other benchmarks (Benchmarks/specgen-binary.sh).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "${1:-}" in
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
esac
work="$(mktemp -d /tmp/specgen-extra-keys.XXXXXX)"
trap 'rm -rf "$work"' EXIT
source "$root/Benchmarks/specgen-binary.sh"
specgen="$(specgen_binary)"

{
    echo "openapi: 3.0.3"
    echo "info: {title: Extra keys, version: '1'}"
    echo "paths: {}"
    echo "components:"
    echo "  schemas:"
    for name in Closed Open; do
        echo "    $name:"
        echo "      type: object"
        [[ "$name" == Open ]] && echo "      additionalProperties: true"
        echo "      properties:"
        for index in $(seq 0 11); do echo "        field$index: {type: string}"; done
    done
} >"$work/api.yaml"
"$specgen" "$work/api.yaml" "$work/out" >/dev/null
swiftc -O -swift-version 6 -o "$work/decode" "$work"/out/*.swift "$root/Benchmarks/extra-keys/main.swift"
"$work/decode" "${1:-20000}"
