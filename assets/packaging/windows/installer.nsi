; Installer for Carbon DML Explorer (NSIS 3, 64-bit Unicode stub), built by scripts/package.sh:
;   makensis -DVERSION=0.1.0 -DSTAGE=<dir with the files> -DOUTFILE=<setup.exe> installer.nsi
;
; Per-user: installs into %LOCALAPPDATA%\Programs without administrator rights, adds a
; Start-menu shortcut, registers .ron scenarios (and "Open with" for .csv) under HKCU, and an
; uninstaller that removes every file, shortcut and registry key it wrote.
; Silent: setup.exe /S [/D=C:\path]   and   uninstall.exe /S

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true
RequestExecutionLevel user

!define APP_ID "io.github.carbondml.CarbonDML"
!define APP_NAME "Carbon DML Explorer"
!define PROGID "${APP_ID}.Scenario"
!define PROGID_DATA "${APP_ID}.Data"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef STAGE
  !error "pass -DSTAGE=<folder holding carbon-dml.exe, carbon-dml.com, LICENSE.txt, README.txt>"
!endif
!ifndef OUTFILE
  !define OUTFILE "carbon-dml-${VERSION}-windows-x86_64-setup.exe"
!endif

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "Software\${APP_ID}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} setup"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT OR Apache-2.0"

!include "MUI2.nsh"
!define MUI_ICON "${STAGE}\carbon-dml.ico"
!define MUI_UNICON "${STAGE}\carbon-dml.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\carbon-dml.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString SCENARIO_TYPE ${LANG_ENGLISH} "Carbon DML scenario"
LangString SCENARIO_TYPE ${LANG_SIMPCHINESE} "Carbon DML 分析方案"

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Install"
  SetOutPath "$INSTDIR"
  File "${STAGE}\carbon-dml.exe"
  File "${STAGE}\carbon-dml.com"
  File "${STAGE}\carbon-dml.ico"
  File "${STAGE}\LICENSE.txt"
  File "${STAGE}\README.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APP_ID}" "InstallDir" "$INSTDIR"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\carbon-dml.exe" "" "$INSTDIR\carbon-dml.exe" 0

  ; Scenarios: our ProgID, the default for .ron unless another program already owns it, and
  ; always in the .ron "Open with" list. CSV files only get the "Open with" entry.
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(SCENARIO_TYPE)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\carbon-dml.exe",0'
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\carbon-dml.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\.ron\OpenWithProgids" "${PROGID}" ""
  ReadRegStr $0 HKCU "Software\Classes\.ron" ""
  StrCmp $0 "" 0 +2
    WriteRegStr HKCU "Software\Classes\.ron" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID_DATA}" "" "CSV"
  WriteRegStr HKCU "Software\Classes\${PROGID_DATA}\DefaultIcon" "" '"$INSTDIR\carbon-dml.exe",0'
  WriteRegStr HKCU "Software\Classes\${PROGID_DATA}\shell\open\command" "" '"$INSTDIR\carbon-dml.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\.csv\OpenWithProgids" "${PROGID_DATA}" ""

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\carbon-dml.exe",0'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Carbon DML Explorer developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ; SHCNE_ASSOCCHANGED: Explorer picks up the new icon and association without a restart.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\carbon-dml.exe"
  Delete "$INSTDIR\carbon-dml.com"
  Delete "$INSTDIR\carbon-dml.ico"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"

  ReadRegStr $0 HKCU "Software\Classes\.ron" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegValue HKCU "Software\Classes\.ron" ""
  DeleteRegValue HKCU "Software\Classes\.ron\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.ron\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.ron"
  DeleteRegValue HKCU "Software\Classes\.csv\OpenWithProgids" "${PROGID_DATA}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.csv\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.csv"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\${PROGID_DATA}"
  DeleteRegKey HKCU "Software\${APP_ID}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The window's preferences (language, recent files); scenarios saved elsewhere are untouched.
  RMDir /r "$APPDATA\${APP_ID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
