#!/usr/bin/env bash
# Makes the self-hosted label and UI font: Noto Sans 400 and 600 cut down to Basic Latin, Latin-1
# Supplement, Latin Extended-A and a few punctuation marks (– — ― ‘ ’ “ ” „ … • € → −), which covers every
# letter of Latvian, Lithuanian, Estonian and the other names in the atlas (ā ē ī ū ļ ņ š ž ė ą ę į ų
# ä õ ö ü). Reproducible, not run by CI: the results are committed under public/fonts/.
#
# Needs Debian's fonttools and python3-brotli (apt-get install fonttools python3-brotli) and
# `npm ci` (the source files come from the @fontsource/noto-sans devDependency).
set -euo pipefail
# A fixed timestamp in the fonts' head tables, so a rerun writes the same bytes.
export SOURCE_DATE_EPOCH=0
cd "$(dirname "$0")/.."

src=node_modules/@fontsource/noto-sans/files
out=public/fonts
unicodes="U+0020-007E,U+00A0-00FF,U+0100-017F,U+2013-2015,U+2018-2019,U+201C-201E,U+2026,U+2022,U+20AC,U+2192,U+2212"
mkdir -p "$out"

for weight in 400 600; do
  # fontsource splits each weight into unicode-range files; latin-ext has Latin Extended-A,
  # latin has Basic Latin and Latin-1. Merge both, then subset the union.
  tmp=$(mktemp -d)
  for part in latin latin-ext; do
    pyftsubset "$src/noto-sans-$part-$weight-normal.woff2" --unicodes="$unicodes" \
      --layout-features='kern,liga,calt,ccmp,locl,mark,mkmk' --no-hinting \
      --desubroutinize --output-file="$tmp/$part.ttf"
  done
  pyftmerge --output-file="$tmp/merged.ttf" "$tmp/latin.ttf" "$tmp/latin-ext.ttf"
  pyftsubset "$tmp/merged.ttf" --unicodes="$unicodes" \
    --layout-features='kern,liga,calt,ccmp,locl,mark,mkmk' --no-hinting \
    --flavor=woff2 --output-file="$out/noto-sans-latin-$weight.woff2"
  rm -rf "$tmp"
done
ls -l "$out"/*.woff2
# The characters the fonts have, for tests/unit/ui-font.test.ts (which can't read woff2 itself).
/usr/bin/env python3 -c "
from fontTools.ttLib import TTFont
import sys
codes = sorted(set(TTFont('$out/noto-sans-latin-400.woff2').getBestCmap()) & set(TTFont('$out/noto-sans-latin-600.woff2').getBestCmap()))
print(' '.join('%04X' % c for c in codes))
" > geo/font-coverage.txt
