#!/usr/bin/env bash
# Writes a fixture database with the code of an older release, exactly as that release writes it.
#
#   src/test/fixtures-writers/write-fixture.sh COMMIT WRITER OUTPUT.db CLOCK_START
#
# COMMIT       the release's commit (see src/test/resources/duban/fixtures/README.md)
# WRITER       V1FixtureWriter (schema version 1) or WorkflowFixtureWriter (version 2 and later)
# OUTPUT.db    the file to write (replaced)
# CLOCK_START  the instant the writer's clock starts at, e.g. 2026-11-21T01:30:00Z
#
# The release is checked out into a temporary git worktree outside this one, compiled there with
# Maven (no tests), and the writer (with FixtureSupport.java) is compiled against its classes and
# run. The worktree is removed afterwards.
set -euo pipefail

if [ $# -ne 4 ]; then
    sed -n '2,13p' "$0" >&2
    exit 2
fi
commit=$1
writer=$2
output=$(realpath -m "$3")
clock_start=$4
writers=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$writers" rev-parse --show-toplevel)

scratch=$(mktemp -d)
release="$scratch/release"
cleanup() {
    git -C "$repo" worktree remove --force "$release" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

git -C "$repo" worktree add --detach "$release" "$commit" >/dev/null
(cd "$release" && mvn -B -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
classpath="$release/target/classes:$(cat "$release/target/cp.txt")"
mkdir -p "$scratch/writer" "$(dirname "$output")"
javac -nowarn -encoding UTF-8 -cp "$classpath" -d "$scratch/writer" \
    "$writers/FixtureSupport.java" "$writers/$writer.java"
java -cp "$scratch/writer:$classpath" "$writer" "$output" "$clock_start"
echo "written: $output ($(stat -c %s "$output") bytes) by $(git -C "$repo" rev-parse --short "$commit")"
