#!/usr/bin/env bash
# Rebuild ../static/govuk/ from the pinned npm packages. Build time only:
# the site serves the committed output and needs no Node at run time.
set -euo pipefail

cd "$(dirname "$0")"
OUT=../static/govuk
DIST=node_modules/govuk-frontend/dist/govuk

# Exact versions from package-lock.json; no install scripts are needed
# (sass's optional file watcher is not used by a one-off compile).
npm ci --ignore-scripts --no-audit --no-fund

rm -rf "$OUT"
mkdir -p "$OUT/assets"

npx --no-install sass --pkg-importer=node --style=compressed --no-source-map \
  scss/localoffer.scss "$OUT/localoffer.css"

cp "$DIST/govuk-frontend.min.js" "$DIST/govuk-frontend.min.js.map" "$OUT/"

# Assets: the compiled CSS refers to no file at all. GOV.UK Frontend's icons,
# favicons, manifest.json and Open Graph image all show the GOV.UK crown, and
# its fonts are GDS Transport: none of them may be used on a site that is not
# GOV.UK, so none is copied. Our own neutral favicon.svg/.ico come from
# ./assets/ (replace them with the council's).
cp -R assets/. "$OUT/assets/"

# Every url(...) in the CSS must name a file we ship (/static/ -> ../static/).
status=0
for url in $(grep -o 'url([^)]*)' "$OUT/localoffer.css" | sed -E 's/^url\(["'\'']?//; s/["'\'']?\)$//' | sort -u); do
  case "$url" in
    data:*) continue ;;
    /static/*) file="../static/${url#/static/}" ;;
    *) echo "build.sh: unexpected url($url) in localoffer.css" >&2; status=1; continue ;;
  esac
  file="${file%%[?#]*}"
  [ -f "$file" ] || { echo "build.sh: url($url) -> missing $file" >&2; status=1; }
done
if grep -q 'GDS Transport\|@font-face' "$OUT/localoffer.css"; then
  echo "build.sh: GDS Transport / @font-face found in localoffer.css" >&2
  status=1
fi
[ "$status" -eq 0 ] || exit "$status"

ls -l "$OUT" "$OUT/assets"
