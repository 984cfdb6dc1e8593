#!/usr/bin/env bash
# The app image's launcher on Linux (bin/<name>, put in place of jpackage's by mvn -Pinstaller package
# and bench/package-minimal):
# starts the image's own runtime with the class path, main class and JVM options that jpackage wrote
# into lib/app/<name>.cfg, exactly as jpackage's launcher does, arguments passed through untouched.
#
# Why not jpackage's launcher: before it starts the JVM, it asks `rpm -qf` and `dpkg -S`, twice, which
# package it was installed from. `dpkg -S` reads the file lists of every installed package: 0.17 s a
# call on the build machine (743 packages), so 0.3 s of every start, and more on an office desktop with
# thousands of packages. The answer only tells it where its own library is, which the image's layout
# already says.
set -euo pipefail
self="$(readlink -f "${BASH_SOURCE[0]}")"
name="$(basename "$self")"
image="$(cd "$(dirname "$self")/.." && pwd -P)"
app="$image/lib/app"
java="$image/lib/runtime/bin/java"
cfg="$app/$name.cfg"
if [[ ! -x "$java" || ! -r "$cfg" ]]; then
    echo "$name: 安装不完整（缺少 ${java#"$image"/} 或 ${cfg#"$image"/}），请重新安装督办看板。" >&2
    exit 1
fi
classpath=""
main=""
options=()
while IFS= read -r line || [[ -n "$line" ]]; do
    line="${line//\$APPDIR/"$app"}" # quoted: bash 5.2 would put the matched text for an & in the path
    case "$line" in
        app.classpath=*) classpath="${classpath:+$classpath:}${line#app.classpath=}" ;;
        app.mainclass=*) main="${line#app.mainclass=}" ;;
        java-options=*) options+=("${line#java-options=}") ;;
    esac
done < "$cfg"
# As jpackage's launcher: the app's folder on the native library path (java.library.path follows it).
export LD_LIBRARY_PATH="$app${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
# The class path in the .cfg's order: the AppCDS archive (lib/app/app.jsa) is used only for the class
# path it was made with.
exec "$java" "${options[@]}" -Djpackage.app-path="$self" -cp "$classpath" "$main" "$@"
