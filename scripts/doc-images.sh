#!/usr/bin/env bash
# Regenerates the two pictures the README shows: the Word summary's first page and the printed
# register's first page, from the sample archive, through LibreOffice and poppler (as the tests do).
# Usage: npm run build && scripts/doc-images.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xwgk() { node bin/xwgk.js --archive archive --lang zh-CN "$@"; }
xwgk summary --term 2025-2026-2 --today 2026-07-20 --out "$tmp/summary.docx"
xwgk audit --term 2025-2026-2 --today 2026-07-20 --out "$tmp/register.xlsx"
soffice --headless --convert-to pdf --outdir "$tmp" "$tmp/summary.docx" "$tmp/register.xlsx" >/dev/null
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$tmp/summary.pdf" docs/summary-docx-page1
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$tmp/register.pdf" docs/register-page1
ls -l docs/summary-docx-page1.png docs/register-page1.png
