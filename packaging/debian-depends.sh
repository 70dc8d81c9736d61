#!/bin/sh
# The Debian packages that own the shared libraries a binary links, as a Depends: value
# ("libc6, libcmark-gfm0.29.0.gfm.6, …"): every library ldd resolves, looked up with dpkg -S.
# Usage: packaging/debian-depends.sh <binary>
set -eu
binary=$1

owner() {
    # On a merged-/usr system ldd may name /lib/… while dpkg recorded /usr/lib/… (or the reverse).
    for path in "$1" "/usr$1" "${1#/usr}"; do
        if found=$(dpkg -S "$path" 2>/dev/null); then
            echo "$found" | head -n 1 | cut -d: -f1
            return
        fi
    done
    echo "debian-depends: ningún paquete de Debian instala $1" >&2
    exit 1
}

# "libx.so.1 => /path (0x…)" and the loader's own "/lib64/ld-linux-x86-64.so.2 (0x…)".
libraries=$(ldd "$binary" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }')
for library in $libraries; do owner "$library"; done | sort -u | paste -sd, - | sed 's/,/, /g'
