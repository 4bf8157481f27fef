#!/usr/bin/env python3
"""Build the bundled fallback font: the Chinese characters and symbols the interface uses.

The app prefers a system CJK font (found at run time); this subset is the fallback for machines
without one. It holds every CJK character that appears in the GUI sources (labels, help texts)
and in the province registry, cut from Noto Sans CJK SC (SIL Open Font License 1.1).

Run after adding Chinese text to the GUI (a test fails until you do):

    python3 -m venv .venv && .venv/bin/pip install fonttools==4.68.0
    .venv/bin/python scripts/make_cjk_subset.py [path/to/NotoSansCJK-Regular.ttc]

Debian/Ubuntu: the source font is in the package fonts-noto-cjk.
Outputs: assets/fonts/NotoSansSC-subset.otf and assets/fonts/subset_chars.txt.
"""
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_INDEX = 2  # "Noto Sans CJK SC" inside the collection


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x3000 <= o <= 0x303F or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF
            or 0xFF00 <= o <= 0xFFEF or 0x2E80 <= o <= 0x2FDF)


def used_characters(cmap) -> str:
    """Every CJK character, and every other non-ASCII character the source font has, that
    appears in the GUI, engine and locale sources, the Fluent messages, the registry or the yearbook fixture (symbols such as ⓘ ⚠ √ θ fall back
    to this font where the default Latin font lacks them)."""
    chars = set()
    files = [f for d in ("gui", "engine", "locale") for f in (ROOT / "src" / d).rglob("*.rs")]
    # The message catalogue (Fluent files): every message the app can show in Chinese.
    files += sorted((ROOT / "assets" / "locales").rglob("*.ftl"))
    files.append(ROOT / "assets" / "geo" / "provinces.csv")
    # A yearbook workbook's title and footnotes (注、资料来源) as the window shows them in the
    # validation report: the import fixtures hold typical ones.
    files.append(ROOT / "tests" / "fixtures" / "import_excel" / "expected.json")
    for f in files:
        for ch in f.read_text(encoding="utf-8"):
            if is_cjk(ch) or (ord(ch) > 127 and ord(ch) in cmap):
                chars.add(ch)
    return "".join(sorted(chars))


def main() -> None:
    font = TTCollection(SOURCE).fonts[SC_INDEX]
    chars = used_characters(font.getBestCmap())
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["DSIG"]
    sub = subset.Subsetter(options)
    sub.populate(text=chars + " 0123456789")
    sub.subset(font)
    out = ROOT / "assets" / "fonts" / "NotoSansSC-subset.otf"
    font.save(out)
    (ROOT / "assets" / "fonts" / "subset_chars.txt").write_text(chars + "\n", encoding="utf-8")
    print(f"{len(chars)} characters, {out.stat().st_size} bytes -> {out}")


if __name__ == "__main__":
    main()
