#!/usr/bin/env python3
"""Draw the Carbon DML Explorer icon and write every size the packages need.

A white leaf whose veins end in circuit nodes (carbon efficiency meets computing power) on a
teal rounded square. Drawn once at 1024 px with 4x supersampling, then scaled down, so every
size comes from the same drawing.

Writes into assets/icons/:
  carbon-dml-{16,24,32,48,64,128,256,512}.png   hicolor sizes (Linux), the window icon (256)
  carbon-dml.ico                                Windows resource (16-256, PNG-compressed 256)
  carbon-dml.icns                               macOS bundle icon (16-1024)

Run from the repository root with Pillow installed (a git-ignored virtualenv):
  python3 -m venv .venv && .venv/bin/pip install pillow==13.0.0
  .venv/bin/python scripts/make_icons.py
Made with Python 3.11.7 and Pillow 13.0.0.
"""

from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "assets" / "icons"
BASE = 1024
SS = 4  # supersampling factor
S = BASE * SS
TOP = (13, 84, 96)  # deep teal
BOTTOM = (24, 138, 104)  # carbon green
LEAF = (255, 255, 255)
VEIN = (20, 110, 100)


def rounded_square_mask(size: int, inset: float, radius: float) -> Image.Image:
    mask = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(mask)
    a = inset * size
    d.rounded_rectangle([a, a, size - a, size - a], radius=radius * size, fill=255)
    return mask


def gradient(size: int) -> Image.Image:
    column = Image.new("RGB", (1, size))
    for y in range(size):
        t = y / (size - 1)
        column.putpixel((0, y), tuple(round(TOP[i] + (BOTTOM[i] - TOP[i]) * t) for i in range(3)))
    return column.resize((size, size))


def leaf_mask(size: int) -> Image.Image:
    """A lens (two overlapping circles) of half-length h and half-width w, tilted 45 degrees."""
    h, w = size * 0.36, size * 0.19
    r = (h * h + w * w) / (2 * w)  # radius of the circles whose intersection is the lens
    d = r - w  # each circle's centre lies this far from the lens's centre
    c = size / 2
    a = Image.new("L", (size, size), 0)
    b = Image.new("L", (size, size), 0)
    ImageDraw.Draw(a).ellipse([c + d - r, c - r, c + d + r, c + r], fill=255)
    ImageDraw.Draw(b).ellipse([c - d - r, c - r, c - d + r, c + r], fill=255)
    lens = ImageChops.multiply(a, b)
    return lens.rotate(-45, resample=Image.BICUBIC, center=(c, c))


def draw_icon() -> Image.Image:
    bg = gradient(S)
    icon = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    icon.paste(bg, (0, 0), rounded_square_mask(S, 0.06, 0.2))
    leaf = leaf_mask(S)
    white = Image.new("RGBA", (S, S), LEAF + (255,))
    icon.paste(white, (0, 0), leaf)
    # Midrib along the diagonal, then three veins each side ending in a node.
    d = ImageDraw.Draw(icon)
    c = S / 2
    half = S * 0.36 * 0.88
    k = half / 2 ** 0.5
    line = S * 0.028
    d.line([(c - k, c + k), (c + k * 0.92, c - k * 0.92)], fill=VEIN, width=round(line))
    # Stem below the leaf, in white, beyond the lens tip.
    d.line([(c - k, c + k), (c - k - S * 0.07, c + k + S * 0.07)], fill=LEAF, width=round(line * 1.4))
    node = S * 0.026
    for t, length in [(-0.5, 0.105), (0.0, 0.13), (0.5, 0.1)]:
        # A point on the midrib, then a vein at right angles with a 45-degree bend.
        px, py = c + t * k, c - t * k
        for side in (1, -1):
            # perpendicular to the midrib (direction (1,-1)/sqrt2) is (1,1)/sqrt2
            ex = px + side * S * length / 2 ** 0.5
            ey = py + side * S * length / 2 ** 0.5
            bx, by = (px + ex) / 2 + S * 0.025, (py + ey) / 2 - S * 0.025
            d.line([(px, py), (bx, by), (ex, ey)], fill=VEIN, width=round(line * 0.75), joint="curve")
            d.ellipse([ex - node, ey - node, ex + node, ey + node], fill=VEIN)
    return icon.resize((BASE, BASE), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw_icon()
    sizes = [16, 24, 32, 48, 64, 128, 256, 512]
    for s in sizes:
        icon.resize((s, s), Image.LANCZOS).save(OUT / f"carbon-dml-{s}.png", optimize=True)
    icon.save(OUT / "carbon-dml.ico", sizes=[(s, s) for s in [16, 24, 32, 48, 64, 128, 256]])
    icon.save(OUT / "carbon-dml.icns")
    print(f"wrote {len(sizes)} PNGs, carbon-dml.ico and carbon-dml.icns to {OUT}")


if __name__ == "__main__":
    main()
