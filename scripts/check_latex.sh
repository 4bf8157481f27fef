#!/usr/bin/env bash
# Compile the report's tables.tex in English (pdfLaTeX) and Chinese (XeLaTeX, ctexart) and fail
# on a LaTeX error or on a character the fonts cannot show. Needs a TeX installation:
#   sudo apt-get install --no-install-recommends texlive-xetex texlive-lang-chinese
# Usage: scripts/check_latex.sh [path/to/carbon-dml]   (default: target/release/carbon-dml)
set -euo pipefail
bin=${1:-target/release/carbon-dml}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for lang in en zh; do
    dir="$work/$lang"
    "$bin" report --out "$dir" --lang "$lang" --trees 50 --quiet
    engine=pdflatex
    [ "$lang" = zh ] && engine=xelatex
    if ! (cd "$dir" && "$engine" -interaction=nonstopmode -halt-on-error tables.tex >latex.log 2>&1); then
        echo "$lang: $engine failed:"; grep -A3 '^!' "$dir/latex.log" | head -20; status=1; continue
    fi
    missing=$(grep -c 'Missing character' "$dir/latex.log" || true)
    pages=$(grep -o 'Output written on tables.pdf ([0-9]* pages' "$dir/latex.log" | grep -o '[0-9]* pages' || true)
    echo "$lang: $engine compiled tables.tex: $pages, $missing missing characters"
    [ "$missing" = 0 ] || { grep 'Missing character' "$dir/latex.log" | sort | uniq -c; status=1; }
done
exit $status
