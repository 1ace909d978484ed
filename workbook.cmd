@echo off
rem The workbook launcher for Windows: builds the jar when the sources changed, otherwise starts it directly.
setlocal
set "DIR=%~dp0"
set "JAR=%DIR%target\workbook.jar"
if not exist "%JAR%" goto build
powershell -NoProfile -Command "$j=(Get-Item '%JAR%').LastWriteTime; if (Get-ChildItem -Recurse -File '%DIR%src\main','%DIR%pom.xml' | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1) { exit 1 } else { exit 0 }"
if errorlevel 1 goto build
goto run
:build
echo [workbook] building (first run or sources changed)... 1>&2
call "%DIR%mvnw.cmd" -q -B -f "%DIR%pom.xml" -Dmaven.test.skip=true package 1>&2
if errorlevel 1 (
  echo error: the build failed; run: mvnw.cmd -Dmaven.test.skip=true package   to see why 1>&2
  exit /b 4
)
:run
set "JAVA_CMD=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
"%JAVA_CMD%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto %WORKBOOK_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
