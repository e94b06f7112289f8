#!/usr/bin/env bash
# Publish target/update-site/jars to the BIA-deposit ImageJ update site with a Fiji's own updater.
#   update-site/publish.sh FIJI_DIR [--dry-run]
# FIJI_DIR is a current, up-to-date Fiji kept for publishing: the updater uploads the state of the whole
# installation for the site, so a jar put into it by hand would go up too. Checks first, against FIJI_DIR and
# update-site/dependencies.txt: every "fiji" jar is in that Fiji; no jar of the site is (in any version: two copies
# of a library clash); the site holds bia-deposit and exactly the "site" jars. Then it copies the site's jars into
# FIJI_DIR/jars and runs the updater: LAUNCHER --update upload-complete-site BIA-deposit (with --simulate when
# --dry-run). The upload password is never on a command line: the updater asks for it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(cd "$here/.." && pwd)"
fiji="${1:?usage: update-site/publish.sh FIJI_DIR [--dry-run]}"
dry="${2:-}"
site_name="BIA-deposit"
site="$project/target/update-site/jars"
lib="$project/target/lib"
[ -d "$site" ] || { echo "publish: $site is missing: run 'mvn -B package' first" >&2; exit 1; }
[ -d "$fiji/jars" ] || { echo "publish: $fiji is not a Fiji installation (no jars/ folder)" >&2; exit 1; }

# The Fiji launcher: fiji-<os>-<arch> since Fiji moved to the Jaunch launcher; ImageJ-<platform> before.
launcher() {
	local os arch name
	case "$(uname -s)" in Linux) os=linux ;; Darwin) os=macos ;; MINGW* | MSYS* | CYGWIN*) os=windows ;; *) os=unknown ;; esac
	case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) arch=unknown ;; esac
	for name in "fiji-$os-$arch" "fiji-$os-$arch.exe" "Contents/MacOS/fiji-$os-$arch" \
		"Fiji.app/Contents/MacOS/fiji-$os-$arch" ImageJ-linux64 ImageJ-win64.exe Contents/MacOS/ImageJ-macosx; do
		if [ -f "$fiji/$name" ] && [ -x "$fiji/$name" ]; then echo "$fiji/$name"; return; fi
	done
}

artifact() { basename "$1" .jar | sed -E 's/-[0-9][0-9A-Za-z.+_-]*$//'; }
# The jar of that artifact in the Fiji (jars/ and its subfolders, such as jars/bio-formats/), if any.
in_fiji() { find "$fiji/jars" -name "$1-[0-9]*.jar" -print -quit; }
# The update site that owns that artifact's jar in this Fiji, from the updater's local database (db.xml.gz).
owner() {
	[ -f "$fiji/db.xml.gz" ] || return 0
	gzip -dc "$fiji/db.xml.gz" | grep -oE "<plugin update-site=\"[^\"]+\" filename=\"jars/([^\"/]+/)?$1(-[0-9][^\"]*)?\.jar\"" |
		sed -E 's/.*update-site="([^"]+)".*/\1/' | head -n 1 || true
}
lines() { sed -e 's/#.*//' "$here/dependencies.txt" | awk -v w="$1" 'NF == 2 && $2 == w { print $1 }'; }

problems=0
problem() { echo "publish: $*" >&2; problems=$((problems + 1)); }

for a in $(lines fiji); do
	theirs="$(in_fiji "$a")"
	if [ -z "$theirs" ]; then
		problem "this Fiji does not ship $a, which bia-deposit needs: mark it 'site' in update-site/dependencies.txt" \
			"and add it to the pom's update-site-dependencies, so that the site ships it"
		continue
	fi
	ours="$(ls "$lib/$a"-[0-9]*.jar 2>/dev/null | head -n 1 || true)"
	if [ -n "$ours" ] && [ "$(basename "$ours")" != "$(basename "$theirs")" ]; then
		echo "publish: note: Fiji has $(basename "$theirs"); bia-deposit was built and tested with $(basename "$ours")"
	fi
done
for a in $(lines site); do
	compgen -G "$site/$a-[0-9]*.jar" > /dev/null || problem "$a is a 'site' jar but not in $site: run 'mvn -B package'"
done
for jar in "$site"/*.jar; do
	a="$(artifact "$jar")"
	[ "$a" = "bia-deposit" ] && continue # our own jar of an earlier release is replaced, not a clash
	lines site | grep -qx "$a" || problem "$(basename "$jar") is on the site but is no 'site' jar of update-site/dependencies.txt"
	# Our own jars of an earlier release are in a Fiji that follows the site: only another site's copy clashes.
	if [ -f "$fiji/db.xml.gz" ]; then
		theirs="$(owner "$a")"
		if [ "$theirs" = "$site_name" ]; then theirs=""; elif [ -n "$theirs" ]; then theirs="update site $theirs"; fi
	else
		theirs=""
		for f in $(find "$fiji/jars" -name "$a-[0-9]*.jar"); do cmp -s "$f" "$jar" || theirs="$f"; done
	fi
	if [ -n "$theirs" ]; then
		problem "$a is on the site but this Fiji already ships it ($(basename "$theirs")): two copies would" \
			"clash; mark it 'fiji' in update-site/dependencies.txt (with its source in update-site/README.md)"
	fi
done
[ $problems -eq 0 ] || { echo "publish: $problems problem(s); nothing was uploaded" >&2; exit 1; }

updater="$(launcher)"
[ -n "$updater" ] || { echo "publish: no Fiji launcher (fiji-<os>-<arch>, or ImageJ-<platform>) in $fiji" >&2; exit 1; }
for jar in "$site"/*.jar; do
	a="$(artifact "$jar")"
	find "$fiji/jars" -maxdepth 1 -name "$a-[0-9]*.jar" ! -name "$(basename "$jar")" -delete
	cp "$jar" "$fiji/jars/"
done
cd "$fiji"
if [ "$dry" = "--dry-run" ]; then
	"$updater" --update upload-complete-site --simulate "$site_name"
	echo "publish: checks passed; the updater listed what it would upload (nothing was uploaded)"
else
	"$updater" --update upload-complete-site "$site_name"
fi
