#!/usr/bin/env bash
# Check the packages in dist/ as a user's machine would see them (run scripts/package.sh linux
# and windows first). Runs on a fresh Debian 12 machine as root (or with sudo); installs what it
# needs. Prints one line per check and exits 1 if any fails.
#
#   scripts/verify-packages.sh [linux] [windows]     (default: both)
#
# Linux:   apt installs the .deb (its Depends resolve); desktop-file-validate and appstreamcli
#          accept the entry and the metainfo; the MIME type and the icon are registered; the
#          installed Exec line opens the window under Xvfb, once plain and once with a scenario
#          file (what double-clicking it does), and the screenshots are real pictures.
# Windows: objdump shows the GUI subsystem (and the console twin), only system DLLs; under Wine,
#          `carbon-dml.exe run --json` prints the same theta and se, bit for bit, as the Linux
#          build; the installer installs silently, registers .ron, and its uninstaller leaves
#          nothing; the window under Wine + Xvfb writes a screenshot.
# Wine 8 lacks bcryptprimitives.dll (ProcessPrng); a test-only stub built from
# scripts/wine/bcryptprimitives_stub.c is put beside a *copy* of the program, never in dist/.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DIST=$ROOT/dist
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
APP_ID=io.github.carbondml.CarbonDML
WORK=$(mktemp -d)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
failures=0
pass() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@" >"$WORK/last.log" 2>&1; then pass "$what"; else fail "$what"; sed 's/^/      /' "$WORK/last.log" | tail -n 15; fi; }

apt_install() { DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "$@" >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log"; return 1; }; }

# A screenshot is a real picture: the expected size and more than a few hundred colours.
picture_ok() {
    local png=$1
    [ -s "$png" ] || { echo "no file $png"; return 1; }
    local info
    info=$(identify -format '%w %h %k' "$png") || return 1
    echo "$png: $info (width height colours)"
    set -- $info
    [ "$1" -ge 800 ] && [ "$2" -ge 500 ] && [ "$3" -ge 200 ]
}

linux() {
    local deb
    deb=$(ls "$DIST"/carbon-dml_"$VERSION"*_amd64.deb 2>/dev/null | head -n1)
    [ -n "$deb" ] || { fail "no .deb in dist/: run scripts/package.sh linux"; return; }
    $SUDO apt-get update -q >/dev/null 2>&1
    check "tools for the checks (xvfb, desktop-file-utils, appstream, imagemagick, xdg-utils)" \
        apt_install xvfb xauth desktop-file-utils appstream imagemagick xdg-utils shared-mime-info
    check "apt installs $(basename "$deb") and resolves its Depends" apt_install "$deb"
    check "dpkg lists the package" dpkg -s carbon-dml
    local desktop=/usr/share/applications/$APP_ID.desktop
    check "desktop-file-validate $desktop" desktop-file-validate "$desktop"
    check "appstreamcli validate the metainfo" appstreamcli validate --no-net "/usr/share/metainfo/$APP_ID.metainfo.xml"
    check "icons installed in every hicolor size" bash -c \
        "for s in 16 24 32 48 64 128 256 512; do test -s /usr/share/icons/hicolor/\${s}x\${s}/apps/$APP_ID.png || exit 1; done"
    check "desktop entry carries English and Chinese names" grep -q '^Name\[zh_CN\]=' "$desktop"
    $SUDO update-mime-database /usr/share/mime >/dev/null 2>&1
    printf '// Carbon DML Explorer scenario (format version 1)\n(version: 1)\n' > "$WORK/probe.ron"
    check "a .ron file is a Carbon DML scenario (shared-mime-info)" \
        bash -c "xdg-mime query filetype '$WORK/probe.ron' | grep -qx application/x-carbon-dml-scenario"
    check "the app is a handler of scenario files" \
        bash -c "grep -q 'application/x-carbon-dml-scenario=.*$APP_ID.desktop' /usr/share/applications/mimeinfo.cache"
    # The Exec line, exactly as the desktop runs it (%f = the double-clicked file).
    local exec_line
    exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n1)
    local plain=${exec_line//%f/}
    check "the installed program answers --version" bash -c "$plain --version | grep -q '$VERSION'"
    check "Exec line opens the window under Xvfb (--screenshot)" \
        timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" $plain --screenshot "$WORK/linux.png"
    check "Linux screenshot is a real picture" picture_ok "$WORK/linux.png"
    check "save a scenario from the command line" \
        carbon-dml run --learner ols --folds 3 --save-scenario "$WORK/double-clicked.ron"
    local with_file=${exec_line//%f/$WORK/double-clicked.ron}
    check "Exec line with a scenario file opens it (--screenshot, Results)" \
        timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" $with_file --screenshot "$WORK/linux-scenario.png" --view results
    check "scenario screenshot is a real picture" picture_ok "$WORK/linux-scenario.png"
    carbon-dml run --json > "$WORK/linux-run.json" 2>"$WORK/linux-run.err" || fail "carbon-dml run --json (Linux)"
    cp "$WORK"/linux*.png "$DIST/" 2>/dev/null
}

# The DLLs an .exe imports, one per line, lower case.
imports() { x86_64-w64-mingw32-objdump -p "$1" | sed -n 's/^\s*DLL Name: //p' | tr 'A-Z' 'a-z' | sort -u; }

windows_dlls_are_system() {
    local exe=$1 bad=""
    local system="kernel32.dll ntdll.dll user32.dll gdi32.dll opengl32.dll advapi32.dll shell32.dll ole32.dll
        oleaut32.dll combase.dll dwrite.dll comdlg32.dll comctl32.dll uxtheme.dll dwmapi.dll imm32.dll shcore.dll ws2_32.dll userenv.dll
        bcryptprimitives.dll bcrypt.dll msvcrt.dll ucrtbase.dll shlwapi.dll version.dll winmm.dll propsys.dll
        crypt32.dll secur32.dll ncrypt.dll dbghelp.dll setupapi.dll hid.dll"
    echo "imports of $(basename "$exe"): $(imports "$exe" | tr '\n' ' ')"
    for dll in $(imports "$exe"); do
        case " $(echo $system) " in *" $dll "*) ;; *) case $dll in api-ms-win-*) ;; *) bad="$bad $dll" ;; esac ;; esac
    done
    [ -z "$bad" ] || { echo "not shipped with Windows:$bad"; return 1; }
}

json_field() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(repr(d$2))" "$1"; }

windows() {
    local zip=$DIST/carbon-dml-$VERSION-windows-x86_64.zip setup=$DIST/carbon-dml-$VERSION-windows-x86_64-setup.exe
    [ -s "$zip" ] && [ -s "$setup" ] || { fail "no Windows packages in dist/: run scripts/package.sh windows"; return; }
    check "tools for the checks (wine64, mingw-w64, xvfb, imagemagick, unzip)" \
        apt_install wine64 wine mingw-w64 xvfb xauth imagemagick unzip python3
    local app=$WORK/win/app
    mkdir -p "$app"
    unzip -q "$zip" -d "$WORK/win"
    mv "$WORK/win/carbon-dml-$VERSION-windows-x86_64"/* "$app/"
    local exe=$app/carbon-dml.exe
    check "carbon-dml.exe is a GUI-subsystem program (no console window)" \
        bash -c "x86_64-w64-mingw32-objdump -p '$exe' | grep -q 'Subsystem.*Windows GUI'"
    check "carbon-dml.com is the console twin" \
        bash -c "x86_64-w64-mingw32-objdump -p '$app/carbon-dml.com' | grep -q 'Subsystem.*Windows CUI'"
    check "carbon-dml.exe imports only DLLs that ship with Windows" windows_dlls_are_system "$exe"
    check "the icon is embedded as a resource" bash -c "x86_64-w64-mingw32-objdump -h '$exe' | grep -q '\.rsrc'"

    export WINEPREFIX=$WORK/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
    check "a fresh Wine prefix" bash -c "wineboot -i >/dev/null 2>&1; wineserver -w"
    # Test-only stub beside the copy in $WORK (never in dist/).
    check "build the test-only bcryptprimitives stub" x86_64-w64-mingw32-gcc -O2 -shared \
        -o "$app/bcryptprimitives.dll" scripts/wine/bcryptprimitives_stub.c -ladvapi32 -Wl,--kill-at
    check "carbon-dml.exe run --json under Wine" bash -c "wine '$exe' run --json > '$WORK/wine-run.json' 2>'$WORK/wine-run.err'"
    if [ -s "$WORK/linux-run.json" ] || carbon-dml run --json > "$WORK/linux-run.json" 2>/dev/null || \
        "$ROOT/target/dist/carbon-dml" run --json > "$WORK/linux-run.json" 2>/dev/null; then
        local lt wt ls ws
        lt=$(json_field "$WORK/linux-run.json" "['estimates'][0]['theta']"); wt=$(json_field "$WORK/wine-run.json" "['estimates'][0]['theta']")
        ls=$(json_field "$WORK/linux-run.json" "['estimates'][0]['se']"); ws=$(json_field "$WORK/wine-run.json" "['estimates'][0]['se']")
        echo "theta: Linux $lt, Windows $wt; se: Linux $ls, Windows $ws" > "$WORK/compare.log"
        check "theta and se bit-identical on Linux and Windows ($lt, $ls)" \
            bash -c "cat '$WORK/compare.log'; [ '$lt' = '$wt' ] && [ '$ls' = '$ws' ]"
        check "the whole run --json output is byte-identical on Linux and Windows" \
            bash -c "diff '$WORK/linux-run.json' '$WORK/wine-run.json'"
    else
        fail "no Linux build to compare with (install the .deb or build target/dist)"
    fi
    printf 'province,year,x\nBeijing,2020,1\nBeijing,2020,oops\n' > "$WORK/bad.csv"
    check "carbon-dml.com returns the exit code of a failed check (1)" \
        bash -c "cp '$app/bcryptprimitives.dll' '$WORK/' 2>/dev/null; wine '$app/carbon-dml.com' check --data 'Z:$WORK/bad.csv' >/dev/null 2>&1; [ \$? -eq 1 ]"
    # A Wine session started without a display (the runs above) has no window driver: end it,
    # so that the window's run starts one under Xvfb.
    wineserver -k >/dev/null 2>&1; wineserver -w
    check "the window under Wine + Xvfb writes a screenshot" \
        timeout 400 xvfb-run -a -s "-screen 0 1600x1000x24" wine "$exe" --screenshot "Z:$WORK/wine.png" --lang zh
    check "Wine screenshot is a real picture" picture_ok "$WORK/wine.png"
    cp "$WORK/wine.png" "$DIST/windows-wine.png" 2>/dev/null

    # The installer, silently, then the uninstaller.
    local programs="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Local/Programs/Carbon DML Explorer"
    check "installer /S installs without administrator rights" bash -c "wine '$setup' /S; wineserver -w; test -f \"$programs/carbon-dml.exe\" && test -f \"$programs/uninstall.exe\""
    check "Start-menu shortcut" bash -c "find '$WINEPREFIX/drive_c/users' -name 'Carbon DML Explorer.lnk' | grep -q ."
    wine reg query 'HKCU\Software\Classes\.ron' > "$WORK/reg-ron.txt" 2>&1
    check ".ron is associated with the app" grep -q "$APP_ID.Scenario" "$WORK/reg-ron.txt"
    check "the association opens carbon-dml.exe with the file" bash -c \
        "wine reg query 'HKCU\\Software\\Classes\\$APP_ID.Scenario\\shell\\open\\command' 2>&1 | tr -d '\r' | grep -q 'carbon-dml.exe\" \"%1\"'"
    check "registered in Add/Remove Programs" bash -c "wine reg query 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$APP_ID' >/dev/null 2>&1"
    cp "$app/bcryptprimitives.dll" "$programs/" 2>/dev/null
    check "the installed program runs (--version)" bash -c "wine \"$programs/carbon-dml.com\" --version | grep -q '$VERSION'"
    rm -f "$programs/bcryptprimitives.dll"
    check "uninstaller /S" bash -c "wine \"$programs/uninstall.exe\" /S; wineserver -w; sleep 2; wineserver -w"
    check "uninstall removed the program folder" bash -c "! test -e \"$programs\""
    check "uninstall removed the shortcut" bash -c "! find '$WINEPREFIX/drive_c/users' -name 'Carbon DML Explorer.lnk' | grep -q ."
    wine reg export 'HKEY_CURRENT_USER\Software' "Z:$WORK/hkcu.reg" >/dev/null 2>&1; wineserver -w
    check "uninstall left no registry key or value naming the app" bash -c \
        "iconv -f UTF-16LE -t UTF-8 '$WORK/hkcu.reg' 2>/dev/null | tr -d '\r' | grep -i -E 'carbondml|carbon-dml|Carbon DML' && exit 1 || exit 0"
}

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(linux windows)
for t in "${targets[@]}"; do
    case $t in
        linux) linux ;;
        windows) windows ;;
        *) echo "unknown target $t (linux, windows)"; exit 2 ;;
    esac
done
rm -rf "$WORK"
if [ "$failures" -gt 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all checks passed"
