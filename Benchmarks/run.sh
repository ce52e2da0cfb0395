#!/usr/bin/env bash
# Benchmarks/run.sh: how fast specgen turns whole real-world APIs into Swift, and what the
# result costs to build. Prints figures; asserts nothing.
#
#   Benchmarks/run.sh [--build] [--runs N] [NAME...]
#
# For each spec of ../shared/corpus/big/MANIFEST.tsv (or those whose file name contains one of
# the NAMEs, case-insensitive: `Benchmarks/run.sh github stripe`) it prints:
#   - generation wall time, the median of N runs (default 5), each into a fresh temp folder;
#   - generation peak memory: the largest "Maximum resident set size" of /usr/bin/time -v;
#   - files and lines written (wc -l of the *.swift files);
#   - with --build (or BUILD=1): the wall time of a debug `swift build` of a throwaway SwiftPM
#     package (tools 6.1, one library target holding the generated files), and two peak memory
#     figures for it: "proc" is /usr/bin/time's max RSS, which is that of the largest single
#     process of the tree (usually one swift-frontend); "tree" is the largest sum of the RSS of
#     every process of the `swift build` tree at once, sampled every 0.25 s by this script.
#     One build per spec (they take minutes), not a median. The package manifest is compiled,
#     and for swift-openapi-generator its runtime dependencies built, before the timed build,
#     so the figure is the generated code alone.
# The GitHub spec exists as .yaml and .json (the same data); both are run, as github-…-yaml and
# github-…-json.
#
# Environment:
#   SPECGEN=/path/to/specgen   use this binary instead of building one (release, into
#                              .build-bench);
#   SPECGEN_REF=HEAD           build that commit (a `git archive` snapshot under /tmp) instead of
#                              the working tree, which other engineers may be editing;
#   OPENAPI_GENERATOR=/path    also time apple/swift-openapi-generator on the same specs, and
#                              print the ratios (swift-openapi-generator / specgen);
#   CORPUS=dir                 the corpus (default: ../shared/corpus beside the package);
#   RUNS=5, BUILD=1            the same as --runs and --build;
#   SPECGEN_ARGS="--generate types,client,server"   more arguments for specgen (here: the server too).
#
# Building apple/swift-openapi-generator 1.14.3 (from the machine's mirror: git rewrites
# https://github.com/ to /opt/swift-packages/, so its dependencies resolve offline; ~10 minutes
# on 2 cores):
#   git clone /opt/swift-packages/apple/swift-openapi-generator.git /tmp/sog   # any folder outside the repo
#   cd /tmp/sog && git checkout 1.14.3
#   nice swift build -c release --product swift-openapi-generator
#   OPENAPI_GENERATOR=/tmp/sog/.build/release/swift-openapi-generator Benchmarks/run.sh
# It runs with `generate: [types, client]` and `accessModifier: public`. Its generated code
# depends on swift-openapi-runtime and swift-http-types, fetched from the same mirror for --build.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${CORPUS:-$root/../shared/corpus}"
runs="${RUNS:-5}"
build="${BUILD:-0}"
names=()
while (($#)); do
    case "$1" in
        --build) build=1 ;;
        --runs) runs="$2"; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
        *) names+=("$1") ;;
    esac
    shift
done

work="$(mktemp -d /tmp/specgen-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# --- measuring -------------------------------------------------------------------------------

if [[ ! -x /usr/bin/time ]]; then
    echo "run.sh: installing GNU time for /usr/bin/time" >&2
    apt-get install -y time >/dev/null
fi

# measure LOG CMD...: runs CMD (stdout and stderr into LOG), sets `secs` (wall), `rss_kb` (max
# RSS of its largest process) and `status` (exit code).
measure() {
    local log="$1"; shift
    local start end
    start=$(date +%s%N)
    status=0
    /usr/bin/time -f '%M' -o "$work/time.out" "$@" >"$log" 2>&1 || status=$?
    end=$(date +%s%N)
    secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    rss_kb=$(tail -n 1 "$work/time.out")
    [[ "$rss_kb" =~ ^[0-9]+$ ]] || rss_kb=0
}

# tree_rss_kb PID: the RSS of PID and all its descendants, summed.
tree_rss_kb() {
    ps -e -o pid=,ppid=,rss= | awk -v root="$1" '
        { parent[$1] = $2; rss[$1] = $3 }
        END {
            for (p in parent) {
                for (q = p; q != "" && q != 0 && q != 1; q = parent[q]) {
                    if (q == root) { total += rss[p]; break }
                }
            }
            print total + 0
        }'
}

# measure_tree LOG CMD...: like `measure`, and also sets `tree_kb`, the largest summed RSS of the
# process tree, sampled every 0.25 s.
measure_tree() {
    local log="$1"; shift
    # In the background `measure` cannot set our variables, so it writes them down.
    (measure "$log" "$@"; echo "$secs $rss_kb $status" >"$work/measured") &
    local pid=$! peak=0 now
    while kill -0 "$pid" 2>/dev/null; do
        now=$(tree_rss_kb "$pid")
        ((now > peak)) && peak=$now
        sleep 0.25
    done
    wait "$pid" || true
    read -r secs rss_kb status <"$work/measured"
    tree_kb=$peak
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

# --- the generators --------------------------------------------------------------------------

read -r -a specgen_args <<<"${SPECGEN_ARGS:-}"
source "$root/Benchmarks/specgen-binary.sh"

# generate TOOL SPEC OUT: one run of TOOL over SPEC into the fresh folder OUT.
generate() {
    local tool="$1" spec="$2" out="$3"
    mkdir -p "$out"
    case "$tool" in
        specgen) measure "$out.log" "$specgen" "$spec" "$out" --access public ${specgen_args[@]+"${specgen_args[@]}"} ;;
        sog) measure "$out.log" "$OPENAPI_GENERATOR" generate --config "$work/sog-config.yaml" \
                --output-directory "$out" "$spec" ;;
    esac
}

# The throwaway package around the generated files of TOOL in OUT, at PKG.
make_package() {
    local tool="$1" out="$2" pkg="$3"
    mkdir -p "$pkg/Sources/Generated"
    cp "$out"/*.swift "$pkg/Sources/Generated/"
    if [[ "$tool" == specgen ]]; then
        cat >"$pkg/Package.swift" <<'EOF'
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Generated",
    platforms: [.macOS(.v13)],
    products: [.library(name: "Generated", targets: ["Generated"])],
    targets: [.target(name: "Generated")]
)
EOF
    else
        cat >"$pkg/Package.swift" <<'EOF'
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Generated",
    platforms: [.macOS(.v13)],
    products: [.library(name: "Generated", targets: ["Generated"])],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.7.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        .target(
            name: "Generated",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        )
    ]
)
EOF
    fi
}

# build_generated TOOL OUT: sets build_secs, build_proc_kb, build_tree_kb, build_status.
build_generated() {
    local tool="$1" out="$2" pkg="$work/pkg-$1"
    rm -rf "$pkg"
    make_package "$tool" "$out" "$pkg"
    cd "$pkg"
    # Untimed: compile the manifest, resolve, and build the dependencies.
    swift package dump-package >/dev/null 2>&1 || true
    if [[ "$tool" == sog ]]; then
        swift build --target OpenAPIRuntime >"$work/deps-$tool.log" 2>&1 || true
    fi
    measure_tree "$work/build-$tool.log" swift build
    cd "$root"
    build_secs=$secs build_proc_kb=$rss_kb build_tree_kb=$tree_kb build_status=$status
}

# bench TOOL SPEC: prints one table row for TOOL on SPEC and sets the figures for the ratios.
bench() {
    local tool="$1" spec="$2" label="$3" i out
    local times=() peak=0
    for ((i = 1; i <= runs; i++)); do
        out="$work/out-$tool-$i"
        rm -rf "$out" "$out.log"
        generate "$tool" "$spec" "$out"
        if ((status != 0)); then
            # The first error, without folders (and the label swift-openapi-generator puts first).
            printf '%-34s %-8s failed (exit %s): %s\n' "$label" "$tool" "$status" \
                "$(grep -m 1 -iE 'error' "$out.log" | sed -E 's/^.*Additional file comments: <none>//;
                    s|^(Error: )?/[^ ]*/||' | cut -c 1-150)"
            return 1
        fi
        times+=("$secs")
        ((rss_kb > peak)) && peak=$rss_kb
        [[ $i -lt $runs ]] && rm -rf "$out"
    done
    gen_secs=$(printf '%s\n' "${times[@]}" | median)
    gen_kb=$peak
    files=$(ls "$out"/*.swift | wc -l)
    lines=$(cat "$out"/*.swift | wc -l)
    build_cols="-"
    if ((build)); then
        build_generated "$tool" "$out"
        build_cols=$(printf '%8s %9s %9s' "$build_secs" "$(mib "$build_proc_kb")" "$(mib "$build_tree_kb")")
        if ((build_status != 0)); then
            build_cols="$build_cols  build failed ($(grep -c ': error: ' "$work/build-$tool.log" || true) errors):"
            build_cols="$build_cols $(grep -m 1 ': error: ' "$work/build-$tool.log" | sed -E 's|^[^ ]*/||' | cut -c 1-100)"
        fi
    fi
    printf '%-34s %-8s %8s %8s %5s %8s  %s\n' "$label" "$tool" "$gen_secs" "$(mib "$gen_kb")" \
        "$files" "$lines" "$build_cols"
    rm -rf "$out"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }'; }

# --- main ------------------------------------------------------------------------------------

specgen="$(specgen_binary)"
gen_secs=0 gen_kb=0 lines=0
if [[ -n "${OPENAPI_GENERATOR:-}" ]]; then
    if [[ ! -x "$OPENAPI_GENERATOR" ]]; then
        echo "run.sh: OPENAPI_GENERATOR=$OPENAPI_GENERATOR is not an executable (see the top of run.sh)" >&2
        exit 2
    fi
    printf 'generate:\n  - types\n  - client\naccessModifier: public\n' >"$work/sog-config.yaml"
fi

selected=()
while IFS=$'\t' read -r file _; do
    [[ "$file" == file || -z "$file" ]] && continue
    if ((${#names[@]})); then
        match=0
        for name in "${names[@]}"; do
            [[ "${file,,}" == *"${name,,}"* ]] && match=1
        done
        ((match)) || continue
    fi
    selected+=("$file")
done <"$corpus/big/MANIFEST.tsv"
if ((${#selected[@]} == 0)); then
    echo "run.sh: no spec in $corpus/big/MANIFEST.tsv matches: ${names[*]}" >&2
    exit 2
fi

rev="$(specgen_revision)"
echo "specgen $rev; $(swift --version 2>/dev/null | head -n 1); $(nproc) cores;" \
    "load average $(cut -d ' ' -f 1-3 /proc/loadavg) (other work on the machine skews the times)"
[[ -n "${OPENAPI_GENERATOR:-}" ]] && echo "swift-openapi-generator: $OPENAPI_GENERATOR"
echo "generation: median wall time of $runs runs, peak RSS the largest of them."
((build)) && echo "build: debug 'swift build' of the generated files alone, one run;" \
    "peak MiB 'proc' = largest single process (time -v), 'tree' = whole process tree (sampled)."
echo
printf '%-34s %-8s %8s %8s %5s %8s  %8s %9s %9s\n' spec tool "gen s" "gen MiB" files lines \
    "build s" "proc MiB" "tree MiB"
printf '%s\n' "$(printf '%.0s-' {1..110})"

for file in "${selected[@]}"; do
    spec="$corpus/big/$file"
    label="${file%.*}"
    [[ "$file" == github* ]] && label="$label-${file##*.}"
    ok=0
    bench specgen "$spec" "$label" && ok=1
    s_gen=$gen_secs s_kb=$gen_kb s_lines=$lines
    s_build=${build_secs:-0} s_build_status=${build_status:-1}
    s_proc=${build_proc_kb:-0} s_tree=${build_tree_kb:-0}
    if [[ -n "${OPENAPI_GENERATOR:-}" ]] && bench sog "$spec" "$label" && ((ok)); then
        ratio_cols="-"
        if ((build && build_status == 0 && s_build_status == 0)); then
            ratio_cols="$(printf '%8s %9s %9s' "$(ratio "$build_secs" "$s_build")" \
                "$(ratio "$build_proc_kb" "$s_proc")" "$(ratio "$build_tree_kb" "$s_tree")")"
        fi
        printf '%-34s %-8s %8s %8s %5s %8s  %s\n' "" "sog/spec" "$(ratio "$gen_secs" "$s_gen")" \
            "$(ratio "$gen_kb" "$s_kb")" "" "$(ratio "$lines" "$s_lines")" "$ratio_cols"
    fi
done
echo
echo "load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
