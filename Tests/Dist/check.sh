#!/bin/sh
# The install check (`make dist-check`): the .deb and the tarball `make dist` wrote, used the way
# a facilitator would, from an empty folder outside the repository: `libro nuevo taller x`, then
# `libro construir` inside it, and the site's links checked by the tests' own crawler. The .deb's
# Depends must name exactly the packages that own the libraries its binary links.
# Run as root, or with SUDO=sudo.
set -eu
cd "$(dirname "$0")/../.."
repository=$(pwd)
version=$(cat VERSION)
SUDO=${SUDO-}
deb="$repository/dist/libro_${version}_$(dpkg --print-architecture).deb"
tarball="$repository/dist/libro-$version-linux-$(uname -m).tar.gz"
work=$(mktemp -d)
installed=no
cleanup() {
    if [ "$installed" = yes ]; then $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq libro; fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "dist-check: $*" >&2
    exit 1
}

# The basenames of the libraries ldd resolves for $1, one a line.
linked() {
    ldd "$1" | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' | xargs -n1 basename | sort -u
}

# Depends, read from the control file, against dpkg's own lists of each package's files: every
# library the binary links belongs to a package named there, and every package named there
# gives the binary a library.
check_depends() {
    dpkg-deb -x "$deb" "$work/deb"
    linked "$work/deb/usr/bin/libro" >"$work/linked"
    ! grep -q 'not found' "$work/linked" || fail "faltan bibliotecas: $(cat "$work/linked")"
    : >"$work/owned"
    for package in $(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' ' '); do
        dpkg -L "$package" | xargs -n1 basename | sort -u >"$work/files"
        grep -qxFf "$work/files" "$work/linked" || fail "Depends nombra $package, que no da ninguna biblioteca"
        cat "$work/files" >>"$work/owned"
    done
    missing=$(grep -vxFf "$work/owned" "$work/linked" || true)
    [ -z "$missing" ] || fail "ningún paquete de Depends da: $missing"
}

# Maintainer: the one asked for, or the identity of the repository's commits; never a placeholder.
check_maintainer() {
    expected=${LIBRO_MAINTAINER:-$(git log -1 --format='%an <%ae>')}
    found=$(dpkg-deb -f "$deb" Maintainer)
    [ "$found" = "$expected" ] || fail "Maintainer es «$found» y debía ser «$expected»"
}

# `libro nuevo taller x && cd x && libro construir` with the libro at $1, in a new empty folder $2.
check_workshop() {
    libro=$1
    mkdir -p "$2" && cd "$2"
    "$libro" nuevo taller x
    [ -f x/content/libro.yml ] && [ -f x/.gitignore ] || fail "el taller nuevo no tiene content/libro.yml y .gitignore"
    [ ! -e x/theme ] || fail "el taller no debe traer su propio tema"
    cd x
    "$libro" construir
    "$libro" revisar
    [ -f site/index.html ] || fail "no se construyó site/index.html"
    "$libro" --version >"$work/version"
    [ "$(awk '{ print $NF }' "$work/version")" = "$version" ] || fail "libro --version: $(cat "$work/version")"
    cd "$repository"
    LIBRO_SITIO_INSTALADO="$2/x/site" swift test --filter InstalledSiteTests
}

[ -f "$deb" ] && [ -f "$tarball" ] || fail "falta $deb o $tarball: corre make dist"
check_depends
check_maintainer

$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb"
installed=yes
check_workshop /usr/bin/libro "$work/con-deb"
[ -f /usr/share/libro/tema/plantillas/pagina.mustache ] || fail "el .deb no instaló el tema en /usr/share/libro/tema"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq libro
installed=no
[ ! -e /usr/bin/libro ] || fail "apt-get remove dejó /usr/bin/libro"

# The tarball, unpacked anywhere, with the Debian packages it needs already installed.
mkdir -p "$work/tar" && tar -xzf "$tarball" -C "$work/tar"
unpacked="$work/tar/libro-$version"
for path in bin/libro share/libro/tema/plantillas share/libro/paquetes/alianzas/libro.yml LEEME.txt; do
    [ -e "$unpacked/$path" ] || fail "el tarball no trae libro-$version/$path"
done
PATH="$unpacked/bin:$PATH"
[ "$(command -v libro)" = "$unpacked/bin/libro" ] || fail "libro en PATH no es el del tarball"
check_workshop libro "$work/con-tarball"
echo "dist-check: el .deb y el tarball de libro $version funcionan fuera del repositorio"
