; Inno Setup 6 script of the Windows installer. Built by `make dist` on Windows
; (packaging/build.py runs ISCC with AppVersion, SourceDir and OutputDir):
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\mission-crm /DOutputDir=dist mission-crm.iss
; Installs per user by default (no administrator rights on a company laptop), with a
; Start-menu entry, an optional desktop icon and an uninstaller. Both programs of the bundle
; are installed: mission-crm.exe (the app) and mission-crm-cli.exe (the command line).
; The uninstaller removes the program, never the user's database (%LOCALAPPDATA%\MissionCRM).

#ifndef AppVersion
  #error AppVersion is required (ISCC /DAppVersion=...)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\mission-crm"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6E2B7C1A-3F4D-4B8E-9A51-7C2D0E5F9A31}
AppName=Mission CRM
AppVersion={#AppVersion}
AppVerName=Mission CRM {#AppVersion}
AppPublisher=Mission CRM
DefaultDirName={autopf}\Mission CRM
DefaultGroupName=Mission CRM
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=mission-crm-{#AppVersion}-windows-x86_64-setup
SetupIconFile=..\mission-crm.ico
UninstallDisplayIcon={app}\mission-crm.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Mission CRM"; Filename: "{app}\mission-crm.exe"
Name: "{group}\{cm:UninstallProgram,Mission CRM}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Mission CRM"; Filename: "{app}\mission-crm.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\mission-crm.exe"; Description: "{cm:LaunchProgram,Mission CRM}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put there: the program folder (never the data folder).
Type: filesandordirs; Name: "{app}\_internal"
