#!/bin/sh
# Install (or remove) the one-folder build of CL Desktop for the current user: no root needed.
#
#   installer/linux/install.sh [DIST_FOLDER]     # default: dist/cl-desktop (made by `make dist`)
#   installer/linux/install.sh --uninstall
#   installer/linux/install.sh --check         # only say which system libraries are missing
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

# The system libraries Qt needs to open a window on X11 (PySide6 brings Qt, not these). Checked, not
# installed (that needs root): the script names what is missing and the command that installs it.
# Keep in step with cl_desktop/ui/system_libs.py, which says the same when the program starts.
XCB_LIBS="libxcb-cursor.so.0:libxcb-cursor0:xcb-util-cursor libxcb-icccm.so.4:libxcb-icccm4:xcb-util-wm
libxcb-image.so.0:libxcb-image0:xcb-util-image libxcb-keysyms.so.1:libxcb-keysyms1:xcb-util-keysyms
libxcb-render-util.so.0:libxcb-render-util0:xcb-util-renderutil libxcb-util.so.1:libxcb-util1:xcb-util
libxkbcommon-x11.so.0:libxkbcommon-x11-0:libxkbcommon-x11 libxkbcommon.so.0:libxkbcommon0:libxkbcommon
libxcb-randr.so.0:libxcb-randr0:libxcb libxcb-shape.so.0:libxcb-shape0:libxcb libxcb-shm.so.0:libxcb-shm0:libxcb
libxcb-sync.so.1:libxcb-sync1:libxcb libxcb-xfixes.so.0:libxcb-xfixes0:libxcb libxcb-render.so.0:libxcb-render0:libxcb
libxcb-xkb.so.1:libxcb-xkb1:libxcb libxcb.so.1:libxcb1:libxcb libX11-xcb.so.1:libx11-xcb1:libX11-xcb"

check_system_libraries() {
    ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
    [ -x "$ldconfig" ] || return 0
    known=$("$ldconfig" -p 2>/dev/null) || return 0
    apt="" dnf=""
    for entry in $XCB_LIBS; do
        so=${entry%%:*}; rest=${entry#*:}
        if ! printf '%s\n' "$known" | grep -q "^[[:space:]]*$so "; then
            apt="$apt ${rest%%:*}"
            case " $dnf " in *" ${rest#*:} "*) ;; *) dnf="$dnf ${rest#*:}" ;; esac
        fi
    done
    if [ -n "$apt" ]; then
        echo "CL Desktop needs system libraries that are missing here: install them with" \
             "'sudo apt install$apt' (Debian, Ubuntu, Mint) or 'sudo dnf install$dnf' (Fedora)." >&2
    fi
}

if [ "${1:-}" = "--check" ]; then
    check_system_libraries
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
check_system_libraries
echo "CL Desktop installed in $PREFIX; run 'cl-desktop' or find it in the Office menu."
