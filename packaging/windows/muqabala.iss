; Inno Setup 6 script: the Windows installer Muqabala-VERSION-setup.exe from the PyInstaller bundle.
;
;   pyinstaller --noconfirm build.spec                       (makes dist\muqabala\)
;   iscc /DAppVersion=0.1.0 packaging\windows\muqabala.iss   (makes dist\Muqabala-0.1.0-setup.exe)
;
; The release workflow (.github/workflows/release.yml) runs both on a Windows runner, after the
; frozen smoke test (scripts/smoke_frozen.py). Installs per user by default (no administrator
; needed on a researcher's laptop; the dialog offers all users), adds a Start menu entry, an
; optional desktop icon, and an uninstaller; the project files users saved beside their
; articles are theirs and are never touched.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Muqabala"
#define AppExe "muqabala.exe"
#define Root "..\.."

[Setup]
AppId={{6F0E3B52-8C2D-4E7A-9B1F-5A4C2D7E9013}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Muqabala
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\muqabala.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\muqabala\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
