#!/usr/bin/env bash
# Runtime libraries to show the window on a minimal Debian/Ubuntu install, plus a CJK font
# for Chinese labels (the app falls back to a bundled subset if none is installed).
# Building and testing need none of these.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -q
$SUDO apt-get install -y -q libxkbcommon-x11-0 libgl1 libegl1 libwayland-client0 libxcursor1 libxrandr2 libxi6 fonts-noto-cjk
