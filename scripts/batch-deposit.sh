#!/usr/bin/env bash
# Deposit many dataset folders, one after another, in headless batch runs (a workstation or a cluster node).
#
#   scripts/batch-deposit.sh [--submit --server prod|beta|URL --user EMAIL] [--password-file F] DATASET...
#
# For each DATASET folder (each with its filled-in deposit.yaml): validate, package into DATASET-bia/, and with
# --submit upload and submit it. Every step is logged to DATASET-bia.log; a line per dataset says how it went,
# and a table of all of them is printed at the end. A dataset that fails does not stop the others; the exit status
# is the number of datasets that failed (0 = all done). Run it again after fixing a dataset: uploads resume.
# The password comes from --password-file or BIA_PASSWORD (never from the command line).
# It runs scripts/bia, without Fiji. The same steps inside a headless Fiji, one dataset at a time (fiji-linux-x64 is
# the launcher of a current Fiji; ImageJ-linux64 in older installs):
#   fiji-linux-x64 --headless --run scripts/deposit-folder.ijm "folder='/data/study',server='beta',user='me@example.org',passwordfile='/home/me/.bia-password'"
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bia="$here/bia"
submit=0
submit_args=()
datasets=()

while [ $# -gt 0 ]; do
	case "$1" in
		--submit) submit=1; shift ;;
		--server|--user|--password-file|--parallel)
			[ $# -ge 2 ] || { echo "batch-deposit: $1 needs a value" >&2; exit 255; }
			submit_args+=("$1" "$2"); shift 2 ;;
		-h|--help) sed -n '2,15p' "$0"; exit 0 ;;
		-*) echo "batch-deposit: unknown option $1" >&2; exit 255 ;;
		*) datasets+=("$1"); shift ;;
	esac
done
[ ${#datasets[@]} -gt 0 ] || { echo "batch-deposit: give at least one dataset folder" >&2; exit 255; }

failed=0
summary=()
for dataset in "${datasets[@]}"; do
	dataset="${dataset%/}"
	out="$dataset-bia"
	log="$dataset-bia.log"
	: > "$log"
	step() { echo "== $*" >> "$log"; "$@" >> "$log" 2>&1; }
	if [ ! -f "$dataset/deposit.yaml" ]; then
		result="no deposit.yaml (run: bia init $dataset, then fill it in)"
	elif ! step "$bia" validate "$dataset"; then
		result="invalid: see $log"
	elif ! step "$bia" package "$dataset" --config "$dataset/deposit.yaml" --out "$out"; then
		result="not packaged: see $log"
	elif [ $submit -eq 0 ]; then
		result="packaged in $out"
	elif ! step "$bia" submit "$out" "${submit_args[@]}"; then
		result="submission failed (run again to resume): see $log"
	else
		result="deposited: $(grep -m1 '^accession:' "$log" | sed 's/^accession: *//')"
	fi
	case "$result" in packaged*|deposited*) ;; *) failed=$((failed + 1)) ;; esac
	echo "$dataset: $result"
	summary+=("$dataset	$result")
done

echo
echo "batch-deposit: ${#datasets[@]} dataset(s), $failed failed"
printf '%s\n' "${summary[@]}" | column -t -s $'\t' 2>/dev/null || printf '%s\n' "${summary[@]}"
exit $failed
