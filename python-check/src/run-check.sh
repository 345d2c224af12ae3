#!/bin/sh
# Runs parse_examples.py with the first Python 3.10+ that has pydantic 2 (what the generated client needs):
# python3 on the PATH, then pyenv's. Without one, says so and skips: PyPI is not reachable from the build.
# usage: run-check.sh <generated client dir> <bundled openapi.json>
#        run-check.sh --probe   (exit 0 when such a Python exists, 1 otherwise)
here=$(dirname "$0")
for python in python3 "$HOME/.pyenv/shims/python3" /usr/bin/python3; do
  if "$python" -c 'import sys, pydantic, dateutil, urllib3, typing_extensions; sys.exit(0 if sys.version_info >= (3, 10) and pydantic.VERSION.startswith("2") else 1)' 2>/dev/null; then
    [ "$1" = --probe ] && exit 0
    exec "$python" "$here/parse_examples.py" "$@"
  fi
done
[ "$1" = --probe ] && exit 1
echo "Python client check SKIPPED: no Python 3.10+ with pydantic 2, python-dateutil, urllib3 and typing-extensions found"
