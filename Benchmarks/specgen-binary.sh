# Benchmarks/specgen-binary.sh: sourced by run.sh and sweep.sh; finds or builds the specgen to
# measure. Expects `root` (the package) and `work` (a temp folder) to be set.
#
#   SPECGEN=/path/to/specgen   use this binary;
#   SPECGEN_REF=HEAD           build that commit, from a `git archive` snapshot under /tmp, instead
#                              of the working tree (which other engineers may be editing);
#   otherwise                  build the working tree into .build-bench (release, the Swift
#                              runtime linked statically).

# specgen_binary: prints the path of the specgen binary, building it when needed.
specgen_binary() {
    if [[ -n "${SPECGEN:-}" ]]; then echo "$SPECGEN"; return; fi
    local package="$root"
    if [[ -n "${SPECGEN_REF:-}" ]]; then
        package="/tmp/specgen-snapshot-$(git -C "$root" rev-parse --short "$SPECGEN_REF")"
        if [[ ! -d "$package" ]]; then
            mkdir -p "$package"
            git -C "$root" archive "$SPECGEN_REF" | tar -x -C "$package"
        fi
    fi
    # Others edit Sources/ while we build; SwiftPM then stops with "modified during the build".
    local attempt
    for attempt in 1 2 3 4 5; do
        # Linked with the Swift runtime and Foundation statically, as a command-line tool is
        # shipped on Linux: no shared-library loading at start, direct calls into the runtime
        # (Stripe: 0.26 s instead of 0.29 s).
        if (cd "$package" && swift build -c release --static-swift-stdlib --product specgen --scratch-path .build-bench) \
            >"$work/specgen-build.log" 2>&1; then
            echo "$package/.build-bench/release/specgen"
            return
        fi
        grep -q 'modified during the build' "$work/specgen-build.log" || break
        echo "specgen-binary.sh: sources changed during the build; building again ($attempt)" >&2
    done
    echo "specgen-binary.sh: building specgen failed:" >&2
    tail -n 30 "$work/specgen-build.log" >&2
    return 1
}

# specgen_revision: one line saying which specgen is measured.
specgen_revision() {
    if [[ -n "${SPECGEN:-}" ]]; then echo "$SPECGEN"; return; fi
    if [[ -n "${SPECGEN_REF:-}" ]]; then
        echo "$(git -C "$root" rev-parse --short "$SPECGEN_REF") (snapshot of $SPECGEN_REF)"
        return
    fi
    local rev
    rev="$(git -C "$root" rev-parse --short HEAD)"
    [[ -n "$(git -C "$root" status --porcelain -- Sources Templates Package.swift)" ]] \
        && rev="$rev + uncommitted changes in the working tree"
    echo "$rev"
}
