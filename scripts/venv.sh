# Sourced by scripts/serve, scripts/test and scripts/bench, from the project's
# top folder: makes .venv (once) and installs into it
#   1. the pinned, hashed requirements named in the arguments
#      (uv pip install --require-hashes: a package whose download differs
#      from the hash in the file is refused), then
#   2. this project itself, editable (pip install --no-deps -e .), so that
#      hinge_guide imports from the working tree.
# Each step runs again whenever a requirements*.txt file or pyproject.toml
# is newer than its last install.
#
# Step 2 runs without build isolation: it builds with the setuptools pinned
# and hashed in requirements.txt, so nothing unpinned is fetched. A local
# folder has no hash, which is why it is a separate step.
req_files=("$@")

if [ ! -x .venv/bin/python ]; then
  if ! python3 -m venv .venv 2>/dev/null; then
    # Debian ships venv support as a separate package.
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Installing Debian's python3-venv..."
      rm -rf .venv
      apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
      python3 -m venv .venv
    else
      echo "Python's venv module is missing: install python3-venv, then run this again." >&2
      exit 1
    fi
  fi
fi

_stale() {  # true when stamp $1 is missing or older than a pinned file
  [ ! -f "$1" ] || [ -n "$(find requirements*.txt pyproject.toml -newer "$1")" ]
}

_pip() {
  .venv/bin/python -m pip --quiet --disable-pip-version-check "$@"
}

# uv installs them: the same pinned, hashed files, read the same way, but
# downloaded and unpacked in parallel, so a fresh .venv takes a fraction of
# pip's time. uv itself comes from pip, pinned and hashed
# (requirements-uv.txt). uv reads PyPI and ignores pip's own settings; where
# only those reach a package index, pip installs everything as before.
_uv_install() {
  if [ ! -x .venv/bin/uv ] || _stale .venv/.installed-uv; then
    _pip install --require-hashes -r requirements-uv.txt || return 1
    touch .venv/.installed-uv
  fi
  .venv/bin/uv pip install --quiet --python .venv/bin/python --require-hashes \
    --compile-bytecode "$@"
}

stamp=".venv/.installed-$(IFS=+; echo "${req_files[*]}")"
if _stale "$stamp"; then
  echo "Installing pinned packages from ${req_files[*]}..."
  reqs=$(printf -- '-r %s ' "${req_files[@]}")
  # shellcheck disable=SC2086  # one word per option
  _uv_install $reqs || _pip install --require-hashes $reqs
  touch "$stamp"
fi

if _stale .venv/.installed-project; then
  echo "Installing this project (pyproject.toml), editable..."
  _pip install --no-deps --no-build-isolation --editable .
  touch .venv/.installed-project
fi
unset -f _stale _pip _uv_install

# Material 9.8 prints a banner about MkDocs 2 on every build; it is not news here.
export NO_MKDOCS_2_WARNING=1
