#!/bin/sh
# CI dependencies of the chapter tests (Debian/Ubuntu, run as root): Jupyter's nbformat for NotebookFormatTest.
# jshell, used by PlainJshellTest and the documented script command, comes with the JDK.
set -eu
if python3 -c 'import nbformat' 2>/dev/null || /usr/bin/python3 -c 'import nbformat' 2>/dev/null; then
  echo "nbformat: already installed"
  exit 0
fi
{ apt-get update -qq && apt-get install -y --no-install-recommends python3-nbformat; } || {
  echo "error: could not install python3-nbformat; run: apt-get update && apt-get install -y python3-nbformat" >&2
  exit 3
}
