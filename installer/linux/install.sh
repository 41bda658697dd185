#!/bin/sh
# Install (or remove) the one-folder build of CL Desktop for the current user: no root needed.
#
#   installer/linux/install.sh [DIST_FOLDER]     # default: dist/cl-desktop (made by `make dist`)
#   installer/linux/install.sh --uninstall
#
# Puts the program in ~/.local/opt/cl-desktop, a `cl-desktop` command in ~/.local/bin, the icon in the
# hicolor theme, the menu entry, and the MIME type that makes a double-click on a .clbundle file open it.
# The user's data (databases, backups, logs) lives in ~/.local/share/cl-desktop (platformdirs) and is
# never touched by this script, neither when installing over an older version nor when uninstalling.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=$HOME/.local/opt/cl-desktop
BIN=$HOME/.local/bin

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$DATA_HOME/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$DATA_HOME/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$PREFIX"
    rm -f "$BIN/cl-desktop" "$DATA_HOME/applications/cl-desktop.desktop" \
          "$DATA_HOME/mime/packages/cl-desktop-bundle.xml"
    for size in 16 24 32 48 64 128 256; do
        rm -f "$DATA_HOME/icons/hicolor/${size}x${size}/apps/cl-desktop.png"
    done
    refresh
    echo "CL Desktop removed. Your data in $DATA_HOME/cl-desktop was kept."
    exit 0
fi

DIST=${1:-$ROOT/dist/cl-desktop}
if [ ! -x "$DIST/cl-desktop" ]; then
    echo "No build in $DIST; run 'make dist' first." >&2
    exit 1
fi

# Replace the program folder as a whole, so no file of an older version stays behind.
mkdir -p "$(dirname "$PREFIX")" "$BIN" "$DATA_HOME/applications" "$DATA_HOME/mime/packages"
rm -rf "$PREFIX.new"
cp -a "$DIST" "$PREFIX.new"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"
ln -sf "$PREFIX/cl-desktop" "$BIN/cl-desktop"

for size in 16 24 32 48 64 128 256; do
    mkdir -p "$DATA_HOME/icons/hicolor/${size}x${size}/apps"
    cp "$ROOT/resources/icons/cl-desktop-$size.png" "$DATA_HOME/icons/hicolor/${size}x${size}/apps/cl-desktop.png"
done
sed -e "s|^Exec=cl-desktop|Exec=$PREFIX/cl-desktop|" -e "s|^TryExec=cl-desktop|TryExec=$PREFIX/cl-desktop|" \
    "$HERE/cl-desktop.desktop" > "$DATA_HOME/applications/cl-desktop.desktop"
cp "$HERE/cl-desktop-bundle.xml" "$DATA_HOME/mime/packages/cl-desktop-bundle.xml"
command -v xdg-mime >/dev/null && xdg-mime default cl-desktop.desktop application/x-cl-desktop-bundle || true
refresh
echo "CL Desktop installed in $PREFIX; run 'cl-desktop' or find it in the Office menu."
