#!/bin/sh
# Installs Jupyter from Debian packages and the workbook's Java kernel (CI, Debian/Ubuntu machines).
# Other systems: see troubleshooting/jupyter-not-found.md (pipx install notebook, brew install jupyterlab).
# Usage: setup/jupyter.sh            (as root, or with sudo available)
set -eu
dir=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "error: run as root or install sudo" >&2; exit 3; }
  sudo="sudo"
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: apt-get not found; this script is for Debian/Ubuntu." >&2
  echo "  next: pipx install notebook (or: python3 -m pip install --user notebook), then: ./workbook kernel install" >&2
  echo "  help: troubleshooting/jupyter-not-found.md" >&2
  exit 3
fi

if ! /usr/bin/jupyter nbconvert --version >/dev/null 2>&1 || ! /usr/bin/python3 -c 'import nbclient' 2>/dev/null; then
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q jupyter-notebook jupyter-nbconvert python3-nbclient jupyter-client
fi

# Debian's jupyter first: a pyenv/virtualenv python3 earlier on PATH may lack Jupyter.
PATH="/usr/bin:$PATH" "$dir/workbook" kernel install --jupyter /usr/bin/jupyter
PATH="/usr/bin:$PATH" "$dir/workbook" kernel status --jupyter /usr/bin/jupyter
