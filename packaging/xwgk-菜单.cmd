@echo off
rem Opens the xwgk menu (Chinese home screen). Double-click this file; the archive is the folder
rem beside it (created on first use). Only ASCII here: cmd.exe reads this file in the OEM code page.
cd /d "%~dp0"
"%~dp0xwgk-win-x64.exe" menu
if errorlevel 1 pause
