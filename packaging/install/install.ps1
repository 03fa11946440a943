# Installs Pactum from this folder of wheels, without any network access (Windows):
#   powershell -ExecutionPolicy Bypass -File install.ps1 [-Venv C:\path\to\venv]
# Needs Python 3.12 or 3.13 from python.org (the "py" launcher picks it).
param([string]$Venv = "$env:LOCALAPPDATA\Pactum\venv")
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path

$python = $null
foreach ($version in @("3.13", "3.12")) {
    & py "-$version" -c "import sys" 2>$null
    if ($LASTEXITCODE -eq 0) { $python = @("py", "-$version"); break }
}
if (-not $python) { throw "Pactum needs Python 3.12 or 3.13 (install it from python.org)" }

Write-Host "Installing Pactum into $Venv"
& $python[0] $python[1] -m venv $Venv
if ($LASTEXITCODE -ne 0) { throw "could not create $Venv" }
# --no-index: only the wheels in this folder; nothing is looked up on the network.
& "$Venv\Scripts\python.exe" -m pip install --quiet --no-index --find-links $here pactum
if ($LASTEXITCODE -ne 0) { throw "pip could not install Pactum from $here" }
& "$Venv\Scripts\pactum.exe" --version
Write-Host "Done. Start it with: $Venv\Scripts\pactum.exe"
