# Sourced by scripts/serve and scripts/test, from the project's top folder:
# makes .venv (once) and installs the pinned requirements named in $1 into
# it whenever that file is newer than the last install.
req_file="$1"

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

stamp=".venv/.installed-$(basename "$req_file")"
if [ ! -f "$stamp" ] || [ -n "$(find requirements*.txt -newer "$stamp")" ]; then
  echo "Installing pinned packages from $req_file..."
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$req_file"
  touch "$stamp"
fi

# Material 9.8 prints a banner about MkDocs 2 on every build; it is not news here.
export NO_MKDOCS_2_WARNING=1
