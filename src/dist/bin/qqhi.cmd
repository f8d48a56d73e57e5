@echo off
rem qqhi launcher for Windows (cmd.exe): finds Java 17 or newer, then runs qqhi.jar. Never builds,
rem never prompts. Works from any folder; relative paths in arguments are relative to where you are.
rem   JAVA_HOME       the Java to use (else java on PATH)
rem   QQHI_JAVA_OPTS  extra JVM options, e.g. -Xmx8g (split at spaces; they come last)
rem   QQHI_JIT=full   the optimising compiler too (long analyses)
setlocal EnableExtensions DisableDelayedExpansion

rem the distribution's folder: this script's folder's parent
for %%I in ("%~dp0..") do set "QQHI_DIST=%%~fI"
if not defined QQHI_HOME set "QQHI_HOME=%QQHI_DIST%"
if not defined QQHI_JAR set "QQHI_JAR=%QQHI_DIST%\lib\qqhi.jar"

set "JAVA_EXE="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE (
  echo qqhi: Java 17 or newer is needed: install it, or set JAVA_HOME to its folder 1>&2
  exit /b 69
)

rem "17.0.15", "21" or "1.8.0_392": the feature version is the first number, or the second after "1."
set "JAVA_VERSION="
for /f "tokens=3" %%V in ('"%JAVA_EXE%" -version 2^>^&1 ^| findstr /i /c:"version"') do if not defined JAVA_VERSION set "JAVA_VERSION=%%~V"
set "JAVA_MAJOR=0"
for /f "tokens=1,2 delims=._-+" %%A in ("%JAVA_VERSION%") do (
  if "%%A"=="1" (set "JAVA_MAJOR=%%B") else (set "JAVA_MAJOR=%%A")
)
set /a JAVA_MAJOR=%JAVA_MAJOR% 2>nul
if %JAVA_MAJOR% LSS 17 (
  echo qqhi: "%JAVA_EXE%" is Java %JAVA_VERSION%; qqhi needs Java 17 or newer ^(set JAVA_HOME^) 1>&2
  exit /b 69
)

set "QQHI_OPTS=-XX:+UseParallelGC"
if /i not "%QQHI_JIT%"=="full" set "QQHI_OPTS=%QQHI_OPTS% -XX:TieredStopAtLevel=1"

rem Chinese output: qqhi writes UTF-8, so the console is switched to UTF-8 (code page 65001) for the
rem run and switched back afterwards.
set "OLD_CP="
for /f "tokens=2 delims=:" %%C in ('chcp') do set "OLD_CP=%%C"
set "OLD_CP=%OLD_CP: =%"
set "OLD_CP=%OLD_CP:.=%"
chcp 65001 >nul

"%JAVA_EXE%" %QQHI_OPTS% %QQHI_JAVA_OPTS% -jar "%QQHI_JAR%" %*
set "QQHI_EXIT=%ERRORLEVEL%"

if defined OLD_CP chcp %OLD_CP% >nul
exit /b %QQHI_EXIT%
