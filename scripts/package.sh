#!/usr/bin/env bash
# Build the packages users download into dist/.
#
#   scripts/package.sh linux     .deb (cargo-deb) and a portable .tar.gz          (on Linux)
#   scripts/package.sh windows   portable .zip and a per-user installer .exe      (on Linux: cross-compiled
#                                with the rustup target x86_64-pc-windows-gnu, MinGW-w64 and NSIS)
#   scripts/package.sh macos     universal .app in a .dmg                         (on macOS only)
#   scripts/package.sh macos-layout   the .app bundle's layout with its Info.plist and icon but
#                                a placeholder executable: what can be checked where macOS
#                                binaries cannot be linked (this is what runs on Linux)
#   scripts/package.sh deps      install the Debian packages and tools the Linux/Windows builds need
#
# Every build is a full `--profile dist` build (stripped, LTO): about 15-25 minutes on 2 cores.
# Outputs are named carbon-dml-<version>-<system>-<arch>.<ext>. See README "Making a release".
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DIST=$ROOT/dist
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
APP_ID=io.github.carbondml.CarbonDML
APP_NAME="Carbon DML Explorer"
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
export CARGO_TERM_COLOR=never
mkdir -p "$DIST"

say() { printf '== %s\n' "$*"; }
# "Windows GUI" or "Windows CUI": the Subsystem field of a PE file's header.
subsystem() { x86_64-w64-mingw32-objdump -p "$1" | sed -n 's/^Subsystem.*(\(.*\))$/\1/p'; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is missing: run scripts/package.sh deps"; }

deps() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -q
    $sudo apt-get install -y -q dpkg-dev mingw-w64 nsis zip binutils-mingw-w64-x86-64 python3
    rustup target add x86_64-pc-windows-gnu
    command -v cargo-deb >/dev/null || cargo install cargo-deb --locked
}

# The Linux desktop files, icons and docs under a prefix ($1/share/...), as the .deb installs them.
install_share() {
    local prefix=$1
    install -Dm644 assets/packaging/linux/$APP_ID.desktop "$prefix/share/applications/$APP_ID.desktop"
    install -Dm644 assets/packaging/linux/$APP_ID.metainfo.xml "$prefix/share/metainfo/$APP_ID.metainfo.xml"
    install -Dm644 assets/packaging/linux/$APP_ID.xml "$prefix/share/mime/packages/$APP_ID.xml"
    for size in 16 24 32 48 64 128 256 512; do
        install -Dm644 "assets/icons/carbon-dml-$size.png" "$prefix/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
}

linux() {
    need cargo-deb
    say "release build (profile dist) for Linux"
    cargo build --locked --profile dist
    local bin=$TARGET_DIR/dist/carbon-dml
    say ".deb"
    rm -f "$DIST"/carbon-dml_*.deb
    cargo deb --no-build --profile dist --output "$DIST/"
    say "portable .tar.gz"
    local name=carbon-dml-$VERSION-linux-x86_64
    local stage
    stage=$(mktemp -d)
    mkdir -p "$stage/$name"
    install -Dm755 "$bin" "$stage/$name/bin/carbon-dml"
    install_share "$stage/$name"
    cp README.md LICENSE "$stage/$name/"
    cat > "$stage/$name/install.sh" <<'EOF'
#!/bin/sh
# Install Carbon DML Explorer for this user (~/.local): the program, its menu entry, icon and the
# scenario file type. Remove with: sh install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
id=io.github.carbondml.CarbonDML
files="bin/carbon-dml share/applications/$id.desktop share/metainfo/$id.metainfo.xml share/mime/packages/$id.xml"
for s in 16 24 32 48 64 128 256 512; do files="$files share/icons/hicolor/${s}x${s}/apps/$id.png"; done
for f in $files; do
    if [ "${1:-}" = "--uninstall" ]; then rm -f "$prefix/$f"; else mkdir -p "$(dirname "$prefix/$f")"; cp "$here/$f" "$prefix/$f"; fi
done
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "done: $prefix/bin/carbon-dml (add $prefix/bin to PATH to type carbon-dml)"
EOF
    chmod 755 "$stage/$name/install.sh"
    tar -C "$stage" --owner=0 --group=0 -czf "$DIST/$name.tar.gz" "$name"
    rm -rf "$stage"
    ls -l "$DIST"/carbon-dml_*.deb "$DIST/$name.tar.gz"
}

# Copy $1 to $2 with the PE header's Subsystem field set to 3 (console): the same program, which
# cmd.exe and PowerShell wait for and whose exit code they keep (see src/cli/console.rs).
console_twin() {
    local exe=$1 com=$2
    cp "$exe" "$com"
    local pe
    pe=$(od -An -tu4 -j60 -N4 "$exe" | tr -d ' ')
    # PE signature (4 bytes) + COFF header (20) + offset of Subsystem in the optional header (68)
    printf '\003\000' | dd of="$com" bs=1 seek=$((pe + 92)) conv=notrunc status=none
    [ "$(subsystem "$com")" = "Windows CUI" ] || die "could not patch $com"
}

windows() {
    need x86_64-w64-mingw32-gcc
    need makensis
    need zip
    local target=x86_64-pc-windows-gnu
    say "release build (profile dist) for Windows ($target)"
    # crt-static links libgcc and winpthread into the .exe: it then needs only DLLs that ship with Windows.
    CARBON_DML_REQUIRE_RESOURCES=1 \
        CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc \
        CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUSTFLAGS="-C target-feature=+crt-static" \
        cargo build --locked --profile dist --target $target
    local exe=$TARGET_DIR/$target/dist/carbon-dml.exe
    [ "$(subsystem "$exe")" = "Windows GUI" ] || die "$exe is not a GUI-subsystem program"
    local name=carbon-dml-$VERSION-windows-x86_64
    local stage
    stage=$(mktemp -d)
    mkdir -p "$stage/$name"
    cp "$exe" "$stage/$name/carbon-dml.exe"
    console_twin "$exe" "$stage/$name/carbon-dml.com"
    cp assets/icons/carbon-dml.ico "$stage/$name/"
    sed 's/$/\r/' LICENSE > "$stage/$name/LICENSE.txt"
    {
        printf '%s %s\r\n\r\n' "$APP_NAME" "$VERSION"
        printf 'Double-click carbon-dml.exe to open the window.\r\n'
        printf 'In a terminal (cmd or PowerShell), type:  carbon-dml --help\r\n'
        printf '(carbon-dml.com is the same program for terminals: it waits and returns its exit code.)\r\n\r\n'
        printf '双击 carbon-dml.exe 打开窗口。在终端（cmd 或 PowerShell）中输入 carbon-dml --help 查看命令行用法。\r\n'
    } > "$stage/$name/README.txt"
    say "portable .zip"
    rm -f "$DIST/$name.zip"
    (cd "$stage" && zip -q -9 -r "$DIST/$name.zip" "$name" -x "$name/carbon-dml.ico")
    say "installer .exe (NSIS)"
    makensis -V2 -DVERSION="$VERSION" -DSTAGE="$stage/$name" -DOUTFILE="$DIST/$name-setup.exe" \
        assets/packaging/windows/installer.nsi
    rm -rf "$stage"
    ls -l "$DIST/$name.zip" "$DIST/$name-setup.exe"
}

# Write "Carbon DML Explorer.app" into $1 with the executable $2 (a file), and check its Info.plist.
macos_bundle() {
    local out=$1 executable=$2
    local app="$out/$APP_NAME.app"
    rm -rf "$app"
    mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
    sed "s/@VERSION@/$VERSION/g" assets/packaging/macos/Info.plist > "$app/Contents/Info.plist"
    printf 'APPL????' > "$app/Contents/PkgInfo"
    install -m755 "$executable" "$app/Contents/MacOS/carbon-dml"
    cp assets/icons/carbon-dml.icns "$app/Contents/Resources/carbon-dml.icns"
    python3 - "$app/Contents/Info.plist" "$VERSION" "$APP_ID" <<'EOF'
import plistlib, sys
path, version, app_id = sys.argv[1:]
with open(path, "rb") as f:
    p = plistlib.load(f)
assert p["CFBundleIdentifier"] == app_id, p["CFBundleIdentifier"]
assert p["CFBundleShortVersionString"] == version and p["CFBundleVersion"] == version
assert p["CFBundleExecutable"] == "carbon-dml" and p["CFBundlePackageType"] == "APPL"
assert p["CFBundleIconFile"] == "carbon-dml.icns" and p["NSHighResolutionCapable"] is True
types = [t for d in p["CFBundleDocumentTypes"] for t in d["LSItemContentTypes"]]
exported = p["UTExportedTypeDeclarations"][0]
assert "io.github.carbondml.scenario" in types and exported["UTTypeIdentifier"] == "io.github.carbondml.scenario"
assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["ron"]
print(f"Info.plist checked: {app_id} {version}, document types {types}")
EOF
}

macos() {
    [ "$(uname)" = Darwin ] || die "the .app and .dmg are built on macOS (see .github/workflows/release.yml); here use: $0 macos-layout"
    local arm=aarch64-apple-darwin intel=x86_64-apple-darwin
    rustup target add $arm $intel
    say "release builds (profile dist) for $arm and $intel"
    cargo build --locked --profile dist --target $arm
    cargo build --locked --profile dist --target $intel
    local stage
    stage=$(mktemp -d)
    lipo -create -output "$stage/carbon-dml" "$TARGET_DIR/$arm/dist/carbon-dml" "$TARGET_DIR/$intel/dist/carbon-dml"
    lipo -info "$stage/carbon-dml"
    macos_bundle "$stage" "$stage/carbon-dml"
    rm "$stage/carbon-dml"
    # Ad-hoc signature: Apple silicon refuses to run unsigned arm64 code.
    codesign --force --deep --sign - "$stage/$APP_NAME.app"
    ln -s /Applications "$stage/Applications"
    local dmg=$DIST/carbon-dml-$VERSION-macos-universal.dmg
    rm -f "$dmg"
    hdiutil create -volname "$APP_NAME" -srcfolder "$stage" -ov -format UDZO "$dmg"
    rm -rf "$stage"
    ls -l "$dmg"
}

macos_layout() {
    local out=$DIST/macos-layout
    mkdir -p "$out"
    local placeholder
    placeholder=$(mktemp)
    printf '#!/bin/sh\necho "placeholder: the real executable is linked on macOS"\n' > "$placeholder"
    macos_bundle "$out" "$placeholder"
    rm -f "$placeholder"
    (cd "$out" && find "$APP_NAME.app" | sort)
}

case "${1:-}" in
    linux) linux ;;
    windows) windows ;;
    macos) macos ;;
    macos-layout) macos_layout ;;
    deps) deps ;;
    *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
