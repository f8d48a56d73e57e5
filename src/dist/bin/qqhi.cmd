@echo off
rem qqhi launcher for Windows (cmd.exe): finds Java 17 or newer, then runs qqhi.jar. Never builds,
rem never prompts. Works from any folder; relative paths in arguments are relative to where you are.
rem   JAVA_HOME       the Java to use (else java on PATH)
rem   QQHI_JAVA_OPTS  extra JVM options, e.g. -Xmx8g (split at spaces; they come last)
rem   QQHI_JIT=full   the optimising compiler too (long analyses)
rem   QQHI_NO_CDS=1   no class-data-sharing archive
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

rem The same JVM options as bin/qqhi (docs/performance.md): a starting heap of 8 % of memory, new
rem objects at most 256 MB, the client compiler alone unless QQHI_JIT=full. qqhi.tty=console: progress
rem lines and colours when the run has a console (cmd.exe cannot test standard error itself).
set "QQHI_OPTS=-XX:+UseParallelGC -XX:InitialRAMPercentage=8 -XX:MaxNewSize=256m -Dqqhi.tty=console"
if /i not "%QQHI_JIT%"=="full" set "QQHI_OPTS=%QQHI_OPTS% -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"

rem A class-data-sharing archive of qqhi's classes, made once by a training run of compute on the
rem bundled sample data (a static archive: picocli's classes are too old for a dynamic one). It is kept
rem per build (the jar's size and time in its name) in %LOCALAPPDATA%\qqhi; the JVM itself ignores an
rem archive that does not match the jar. QQHI_NO_CDS=1: none. A failed attempt is not repeated.
set "QQHI_CDS="
if defined QQHI_NO_CDS goto :run
if not defined LOCALAPPDATA goto :run
set "QQHI_STAMP="
for %%F in ("%QQHI_JAR%") do set "QQHI_STAMP=%%~zF-%%~tF"
set "QQHI_STAMP=%QQHI_STAMP:/=%"
set "QQHI_STAMP=%QQHI_STAMP::=%"
set "QQHI_STAMP=%QQHI_STAMP: =%"
set "QQHI_CACHE=%LOCALAPPDATA%\qqhi"
set "QQHI_JSA=%QQHI_CACHE%\qqhi-%QQHI_STAMP%.jsa"
if exist "%QQHI_JSA%" goto :cds
if exist "%QQHI_JSA%.failed" goto :run
if not exist "%QQHI_CACHE%" mkdir "%QQHI_CACHE%" 2>nul
set "QQHI_TRAIN=%TEMP%\qqhi-train-%RANDOM%%RANDOM%"
pushd "%QQHI_HOME%"
"%JAVA_EXE%" -XX:DumpLoadedClassList="%QQHI_JSA%.classes" %QQHI_OPTS% -jar "%QQHI_JAR%" compute --out "%QQHI_TRAIN%" --quiet >nul 2>&1
if not errorlevel 1 "%JAVA_EXE%" -Xshare:dump -XX:SharedClassListFile="%QQHI_JSA%.classes" -XX:SharedArchiveFile="%QQHI_JSA%" -Xlog:cds=off %QQHI_OPTS% -cp "%QQHI_JAR%" >nul 2>&1
popd
if exist "%QQHI_TRAIN%" rmdir /s /q "%QQHI_TRAIN%"
if exist "%QQHI_JSA%.classes" del /q "%QQHI_JSA%.classes"
if not exist "%QQHI_JSA%" (
  type nul >"%QQHI_JSA%.failed" 2>nul
  goto :run
)
:cds
set "QQHI_CDS=-XX:SharedArchiveFile=%QQHI_JSA% -Xshare:auto -Xlog:cds=off"
:run

rem Chinese output: qqhi writes UTF-8, so the console is switched to UTF-8 (code page 65001) for the
rem run and switched back afterwards.
set "OLD_CP="
for /f "tokens=2 delims=:" %%C in ('chcp') do set "OLD_CP=%%C"
set "OLD_CP=%OLD_CP: =%"
set "OLD_CP=%OLD_CP:.=%"
chcp 65001 >nul

"%JAVA_EXE%" %QQHI_CDS% %QQHI_OPTS% %QQHI_JAVA_OPTS% -jar "%QQHI_JAR%" %*
set "QQHI_EXIT=%ERRORLEVEL%"

if defined OLD_CP chcp %OLD_CP% >nul
exit /b %QQHI_EXIT%
