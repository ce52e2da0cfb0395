# Benchmarks/corpus.sh: sourced by sweep.sh and examples.sh; the specs of the corpus. Expects
# `corpus` (the folder of big/ and varied/) to be set.

# specs: every entry of the manifests as "NAME<tab>PATH". A multi-file spec is named by its
# folder and given by its root file; GitHub's two copies are told apart by their extensions.
specs() {
    local set file name
    for set in big varied; do
        while IFS=$'\t' read -r file _; do
            [[ "$file" == file || -z "$file" ]] && continue
            name="${file%%/*}"
            name="${name%.*}"
            [[ "$file" == github*.* ]] && name="$name-${file##*.}"
            printf '%s\t%s\n' "$name" "$corpus/$set/$file"
        done <"$corpus/$set/MANIFEST.tsv"
    done
}
