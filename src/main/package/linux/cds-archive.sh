#!/usr/bin/env bash
# The AppCDS archive of the packaged app (issue 18, start-up): the classes a start to the board loads,
# parsed and laid out once, mapped into memory at every start instead of read from the jars.
#
#   cds-archive.sh --train IMAGE   at build time (mvn -Pinstaller package): a training run of IMAGE's
#                                  launcher opens a demo database to its first board frame and records
#                                  the classes it loaded (lib/app/classes.lst), then --dump
#   cds-archive.sh --dump IMAGE    makes lib/app/app.jsa from lib/app/classes.lst; the .deb's postinst
#                                  runs it where the package was installed
#
# A JDK 17 archive records the jars' absolute paths: an image moved elsewhere starts without it
# (silently, see the launcher's java-options) until --dump is run again there. Both steps go through
# the image's own launcher (JAVA_TOOL_OPTIONS), so the class path is exactly the one it starts with.
set -euo pipefail
mode="${1:-}"
image="$(cd "${2:?usage: cds-archive.sh --train|--dump IMAGE}" && pwd -P)"
launcher="$(find "$image/bin" -maxdepth 1 -type f -perm -u+x | head -n 1)"
app="$image/lib/app"
[[ -x "$launcher" ]] || { echo "cds-archive: no launcher in $image/bin" >&2; exit 2; }

work="" xvfb_pid="" app_pid=""
# Ends what this script started (Xvfb, a launcher that did not stop) and removes the scratch folder.
cleanup() {
    if [[ -n "$app_pid" ]]; then kill "$app_pid" 2>/dev/null || true; fi
    if [[ -n "$xvfb_pid" ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    if [[ -n "$work" ]]; then rm -rf "$work"; fi
}
trap cleanup EXIT

train() {
    local display="" waited=0
    work="$(mktemp -d)"
    rm -f "$app/classes.lst"
    local options="-Duser.home=$work/home -XX:DumpLoadedClassList=$app/classes.lst"
    if [[ -z "${DISPLAY:-}" ]] && command -v Xvfb >/dev/null 2>&1; then
        display=":$((200 + RANDOM % 300))"
        Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb_pid=$!
        sleep 1
        kill -0 "$xvfb_pid" 2>/dev/null || { xvfb_pid=""; display=""; }
    fi
    if [[ -n "${DISPLAY:-}" || -n "$display" ]]; then
        # The board's start: the demo data, to the first frame that shows the cards (-Dduban.timing
        # prints it), plus a second for what runs right after; then a normal exit (SIGTERM) writes the list.
        JAVA_TOOL_OPTIONS="$options -Dduban.timing=true" DISPLAY="${display:-$DISPLAY}" \
            "$launcher" --db "$work/demo.db" --demo >"$work/out.txt" 2>"$work/err.txt" &
        app_pid=$!
        until grep -q 'duban.timing first-board-frame-ms=' "$work/out.txt" 2>/dev/null; do
            if ! kill -0 "$app_pid" 2>/dev/null || (( waited >= 3000 )); then
                echo "cds-archive: the training run did not reach the board; its output:" >&2
                cat "$work/out.txt" "$work/err.txt" >&2
                return 1
            fi
            sleep 0.1
            waited=$((waited + 1))
        done
        sleep 1
        kill -TERM "$app_pid"
        wait "$app_pid" 2>/dev/null || true
        app_pid=""
        echo "cds-archive: trained on the board's start ($(grep -o 'first-board-frame-ms=[0-9]*' "$work/out.txt"))" >&2
        # JavaFX loads its native libraries from the runtime (pom.xml puts them in lib); had it not found
        # them there, it would have unpacked them from its jars into the home folder, as on every start.
        if [[ -d "$work/home/.openjfx" ]]; then
            echo "cds-archive: JavaFX unpacked its native libraries into ~/.openjfx: they are missing from the runtime's lib folder" >&2
            return 1
        fi
    else
        # No display and no Xvfb: the command-line path only (database, migrations, jOOQ, the ledger).
        echo "cds-archive: no display and no Xvfb; training on --export only (install xvfb for the board's classes)" >&2
        JAVA_TOOL_OPTIONS="$options" "$launcher" --db "$work/empty.db" --export "$work/ledger.xlsx" >/dev/null 2>"$work/err.txt" \
            || { cat "$work/err.txt" >&2; return 1; }
    fi
    [[ -s "$app/classes.lst" ]] || { echo "cds-archive: the training run recorded no classes" >&2; return 1; }
}

dump() {
    [[ -s "$app/classes.lst" ]] || { echo "cds-archive: no $app/classes.lst to dump" >&2; return 1; }
    rm -f "$app/app.jsa"
    # -Xshare:dump writes the archive named by the launcher's -XX:SharedArchiveFile and exits.
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/classes.lst" "$launcher" >/dev/null 2>&1 || true
    [[ -s "$app/app.jsa" ]] || { echo "cds-archive: the JVM did not write $app/app.jsa" >&2; return 1; }
    echo "cds-archive: $app/app.jsa ($(( $(stat -c %s "$app/app.jsa") / 1048576 )) MB, $(grep -vc '^@' "$app/classes.lst") classes)" >&2
}

case "$mode" in
    --train) train && dump ;;
    --dump) dump ;;
    *) echo "usage: cds-archive.sh --train|--dump IMAGE" >&2; exit 2 ;;
esac
