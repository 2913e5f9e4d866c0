#!/bin/sh
# Creates the AppCDS archive lib/latchkey.jsa of an installed Latchkey (or an app-image) from
# the class list lib/latchkey.classlist recorded at build time. The archive records the
# absolute paths of the jars, so it is made where the program lives: by the .deb's postinst.
# The launchers pass -XX:SharedArchiveFile=$APPDIR/../latchkey.jsa; without the file the JVM
# starts normally, only slower.
# Usage: cds-archive.sh APP_DIR   (e.g. /opt/latchkey)
set -eu
app_dir=$1
lib="$app_dir/lib"
# The class path exactly as the launcher builds it from its .cfg, in the same order.
classpath=$(sed -n "s|^app.classpath=\\\$APPDIR|$lib/app|p" "$lib/app/Latchkey.cfg" | paste -sd: -)
rm -f "$lib/latchkey.jsa"
"$lib/runtime/bin/java" -Xshare:dump -Xlog:disable -Xlog:all=error:stderr \
  -XX:SharedClassListFile="$lib/latchkey.classlist" -XX:SharedArchiveFile="$lib/latchkey.jsa" \
  -cp "$classpath" >/dev/null
chmod 644 "$lib/latchkey.jsa"
