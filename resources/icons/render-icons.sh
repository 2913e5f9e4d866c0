#!/usr/bin/env bash
# Regenerates every raster icon from the SVG master latchkey.svg:
#   png/latchkey-<size>.png  16-512 px (rsvg-convert, librsvg2-bin)
#   latchkey.ico             Windows, 16-256 px (ImageMagick)
#   latchkey.icns            macOS, 16-1024 px (png2icns, icnsutils)
# Debian: apt-get install -y librsvg2-bin imagemagick icnsutils
# The outputs are committed; run this after editing the SVG and commit them again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

for tool in rsvg-convert png2icns; do
  command -v "$tool" >/dev/null || { echo "render-icons: $tool is missing (apt-get install -y librsvg2-bin icnsutils)" >&2; exit 1; }
done
# ImageMagick 6 (Debian 12) is `convert`, 7 is `magick`.
if command -v magick >/dev/null; then im=(magick); elif command -v convert >/dev/null; then im=(convert); else
  echo "render-icons: ImageMagick is missing (apt-get install -y imagemagick)" >&2; exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir -p png
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" latchkey.svg --output "png/latchkey-$size.png"
done
# 1024 px is only needed inside the .icns (512 px @2x for Retina screens).
rsvg-convert --width 1024 --height 1024 latchkey.svg --output "$tmp/latchkey-1024.png"

"${im[@]}" png/latchkey-{16,24,32,48,64,128,256}.png latchkey.ico

# png2icns picks the icns element for each image by its size.
png2icns latchkey.icns png/latchkey-{16,32,48,128,256,512}.png "$tmp/latchkey-1024.png" >/dev/null

echo "render-icons: wrote png/latchkey-{16..512}.png, latchkey.ico, latchkey.icns"
