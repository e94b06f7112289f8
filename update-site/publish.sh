#!/usr/bin/env bash
# Publish target/update-site/jars to the BIA-deposit ImageJ update site, with a Fiji's own updater.
#   update-site/publish.sh FIJI_DIR [--dry-run]
# Checks first, against FIJI_DIR: every runtime dependency is on the site or in Fiji; nothing on the site is in Fiji.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(cd "$here/.." && pwd)"
fiji="${1:?usage: update-site/publish.sh FIJI_DIR [--dry-run]}"
dry="${2:-}"
site="$project/target/update-site/jars"
[ -d "$site" ] || { echo "publish: $site is missing: run 'mvn -B package' first" >&2; exit 1; }
[ -d "$fiji/jars" ] || { echo "publish: $fiji is not a Fiji installation (no jars/)" >&2; exit 1; }

artifact() { basename "$1" .jar | sed -E 's/-[0-9][0-9A-Za-z.+_-]*$//'; }
in_fiji() { compgen -G "$fiji/jars/$1-[0-9]*.jar" >/dev/null || compgen -G "$fiji/jars/bio-formats/$1-[0-9]*.jar" >/dev/null; }

problems=0
for jar in "$site"/*.jar; do
	a="$(artifact "$jar")"
	[ "$a" = "bia-deposit" ] && continue # our own jar from an earlier release is replaced, not a clash
	if in_fiji "$a"; then
		echo "publish: $a is on the site but Fiji already ships it: two copies would clash; add it to fiji-provided.txt and the pom's exclusions" >&2
		problems=$((problems + 1))
	fi
done
while read -r a; do
	case "$a" in ''|'#'*|slf4j-nop) continue ;; esac
	if ! in_fiji "$a"; then
		echo "publish: Fiji does not ship $a, which bia-deposit needs: remove it from fiji-provided.txt and the pom's exclusions, so it goes on the site" >&2
		problems=$((problems + 1))
	fi
done < "$here/fiji-provided.txt"
[ $problems -eq 0 ] || { echo "publish: $problems problem(s); nothing was uploaded" >&2; exit 1; }

launcher="$(ls "$fiji"/ImageJ-* "$fiji"/fiji-* 2>/dev/null | grep -v '\.' | head -n 1 || true)"
[ -n "$launcher" ] || { echo "publish: no ImageJ launcher in $fiji" >&2; exit 1; }
for jar in "$site"/*.jar; do
	a="$(artifact "$jar")"
	rm -f "$fiji"/jars/"$a"-[0-9]*.jar
	cp "$jar" "$fiji/jars/"
done
if [ "$dry" = "--dry-run" ]; then
	echo "publish: checks passed; would run: $launcher --update upload --update-site BIA-deposit --force-shadow <jars>"
	exit 0
fi
cd "$fiji"
"$launcher" --update upload --update-site BIA-deposit --force-shadow $(cd "$site" && printf 'jars/%s ' *.jar)
