; Inno Setup 6.3+ script for CL Desktop: a per-user installer that needs no administrator rights.
;
; Build (on Windows, after `python installer\build.py` has made dist\cl-desktop\):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\cl-desktop.iss
; or simply `python installer\build.py --installer`, which passes the version from cl_desktop.__version__.
; Output: dist\cl-desktop-<version>-setup.exe. See installer\README.md.
;
; Where things go:
;   Program   {userpf}\CL Desktop  = %LOCALAPPDATA%\Programs\CL Desktop (per user, no UAC prompt)
;   User data %LOCALAPPDATA%\cl-desktop (platformdirs user_data_dir("cl-desktop")): databases, backups,
;             logs and settings. It is OUTSIDE the program folder, so upgrading or uninstalling never
;             touches it; nothing in this script deletes anything there.
;
; Upgrades: the same AppId installs over the previous version. The old program files are removed first
; ([InstallDelete]) so no stale module of an older version survives; the user's database is migrated by the
; app itself on first start, after it writes a verified backup beside the database (backups\).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CL Desktop"
#define AppExe "cl-desktop.exe"
#define AppCliExe "cl-desktop-cli.exe"
#define BundleExt ".clbundle"
#define BundleProgId "CLDesktop.Bundle"
#define DistDir "..\..\dist\cl-desktop"

[Setup]
; Never change the AppId: it is how an upgrade finds the installed version.
AppId={{5B0D6C1E-8E0A-4C7B-9D1A-2F4C6B8E3A71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CL Desktop project
AppComments=Offline monitoring of child-labour elimination projects
VersionInfoVersion={#AppVersion}
; Per-user install: no administrator rights, no UAC prompt. {autopf} and friends resolve to the user's folders.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\cl-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=cl-desktop-{#AppVersion}-setup
; Close a running CL Desktop (Restart Manager) before replacing its files; it saves on every change.
CloseApplications=yes
RestartApplications=no
; Tell Explorer that the .clbundle association changed.
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
; Inno Setup ships no Khmer messages; Khmer users get English set-up screens (the app itself speaks Khmer).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "association"; Description: "Open CL Desktop sync bundles ({#BundleExt}) with {#AppName}"; GroupDescription: "File types:"

[InstallDelete]
; Only the program's own folder: remove the previous version's files so none survives an upgrade.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder build: both executables, _internal\ with Python, Qt, resources and licences.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "..\..\resources\fonts\OFL.txt"; DestDir: "{app}"; DestName: "FONTS-OFL.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Child labour monitoring"
; cmd /k keeps the console open so the user can read the verdict (the test takes about 15 seconds).
Name: "{autoprograms}\{#AppName} self-test"; Filename: "{cmd}"; Parameters: "/k """"{app}\{#AppCliExe}"" self-test"""; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"; Comment: "Check that this installation works"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; File association, per user (HKA = HKCU for a non-administrative install). A double-click runs
; `cl-desktop.exe "FILE.clbundle"`, which opens the window with the bundle queued for import.
Root: HKA; Subkey: "Software\Classes\{#BundleExt}"; ValueType: string; ValueName: ""; ValueData: "{#BundleProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#BundleExt}"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-cl-desktop-bundle"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#BundleExt}\OpenWithProgids"; ValueType: string; ValueName: "{#BundleProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}"; ValueType: string; ValueName: ""; ValueData: "CL Desktop sync bundle"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#BundleExt}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the program may have written inside its own folder (nothing is expected). The user's data folder,
; %LOCALAPPDATA%\cl-desktop, is deliberately NOT listed: uninstalling keeps every database and backup.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Messages]
english.FinishedLabel=Setup has installed [name] on your computer. Your data is kept in your user folder (AppData\Local\cl-desktop) and is not removed when you uninstall or upgrade.
