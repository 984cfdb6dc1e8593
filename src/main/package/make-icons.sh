#!/usr/bin/env bash
# Draws the application icon once (ImageMagick 6 and WenQuanYi Micro Hei); the results are committed,
# so a build needs neither. Run again only to change the icon:  src/main/package/make-icons.sh
#   src/main/resources/duban/app/icons/duban-board-<size>.png   the window icon (DubanApp), 16..256
#   src/main/package/linux/duban-board.png                       jpackage --icon on Linux (.deb menu entry)
#   src/main/package/windows/duban-board.ico                     jpackage --icon on Windows (.msi)
#   src/main/package/macos/duban-board.icns                      jpackage --icon on macOS (.dmg)
#   src/main/package/splash/splash.png, splash@2x.png            the launcher's splash picture (-splash:,
#                                                                every platform; @2x on a scaled screen)
set -euo pipefail
cd "$(dirname "$0")"
font="${ICON_FONT:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
master="$work/master.png"
# A red seal-like rounded square (the office's 督办 red), three white kanban columns with cards, and the
# character 督 in white on top: legible at 256 px, a red square with a white mark at 16 px.
convert -size 1024x1024 xc:none \
    -fill '#b3261e' -draw 'roundrectangle 48,48 975,975 180,180' \
    -fill '#d8463c' -draw 'roundrectangle 48,48 975,560 180,180' \
    -fill '#b3261e' -draw 'rectangle 48,400 975,560' \
    -fill 'rgba(255,255,255,0.30)' \
    -draw 'roundrectangle 190,700 380,860 22,22' \
    -draw 'roundrectangle 417,700 607,900 22,22' \
    -draw 'roundrectangle 644,700 834,820 22,22' \
    -font "$font" -pointsize 560 -fill white -gravity center -annotate +0-90 '督' \
    "$master"
mkdir -p ../resources/duban/app/icons
for size in 16 24 32 48 64 128 256; do
    convert "$master" -filter Lanczos -resize "${size}x${size}" -strip "PNG32:../resources/duban/app/icons/duban-board-$size.png"
done
cp ../resources/duban/app/icons/duban-board-256.png linux/duban-board.png
convert ../resources/duban/app/icons/duban-board-{16,24,32,48,64,128,256}.png windows/duban-board.ico
# .icns: the container (magic, length, then type + length + PNG per size), written directly, as
# ImageMagick 6 cannot; ic07/ic08/ic09/ic10 hold 128, 256, 512 and 1024 px PNGs.
for size in 128 256 512 1024; do
    convert "$master" -filter Lanczos -resize "${size}x${size}" -strip "PNG32:$work/icns-$size.png"
done
python3 - "$work" macos/duban-board.icns <<'PY'
import struct, sys
work, target = sys.argv[1], sys.argv[2]
chunks = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)):
    png = open(f"{work}/icns-{size}.png", "rb").read()
    chunks += kind + struct.pack(">I", 8 + len(png)) + png
open(target, "wb").write(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)
PY
# The splash picture the launcher shows while the board starts: the icon, the name in the office red,
# and what is happening, on white with a red top edge; 480x270 and twice that for a scaled screen.
mkdir -p splash
for scale in 1 2; do
    name=splash.png
    [[ $scale == 2 ]] && name=splash@2x.png
    convert -size $((480 * scale))x$((270 * scale)) xc:'#ffffff' \
        -fill '#b71c1c' -draw "rectangle 0,0 $((480 * scale)),$((6 * scale))" \
        -stroke '#d8dbe0' -strokewidth "$scale" -fill none -draw "rectangle 0,0 $((480 * scale - 1)),$((270 * scale - 1))" \
        -stroke none \( "$master" -filter Lanczos -resize "$((96 * scale))x$((96 * scale))" \) \
        -geometry "+$((44 * scale))+$((80 * scale))" -composite \
        -font "$font" -fill '#b71c1c' -pointsize $((44 * scale)) -annotate "+$((168 * scale))+$((140 * scale))" '督办看板' \
        -fill '#646a73' -pointsize $((16 * scale)) -annotate "+$((170 * scale))+$((178 * scale))" '正在打开，请稍候……' \
        -strip "PNG24:splash/$name"
done
