#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring, so tests
# use the real Secret Service without touching the user's keyring. Everything is thrown away after.
set -euo pipefail

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_STATE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS

export SDSM_TEST_KEYRING_PASSWORD="test-keyring-$$"
exec dbus-run-session -- bash -c '
  printf %s "$SDSM_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  for _ in $(seq 100); do
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true && break
    sleep 0.1
  done
  export SDSM_TEST_KEYRING=1
  "$@"' bash "$@"
