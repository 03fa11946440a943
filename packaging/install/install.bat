@echo off
rem Installs Pactum from this folder of wheels, without any network access (Windows).
rem Double-click, or run: install.bat [C:\path\to\venv]
if "%~1"=="" (
  powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1"
) else (
  powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1" -Venv "%~1"
)
if errorlevel 1 pause
