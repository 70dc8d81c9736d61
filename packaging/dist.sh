#!/bin/sh
# `make dist`: the release binary, the default theme and the shipped package, laid out as an
# installed libro finds them (<bin>/../share/libro/{tema,paquetes/<nombre>}), packed as a .deb
# and as a tarball. Same inputs give the same bytes: times come from the last commit.
# Usage: packaging/dist.sh <binary> <version> <output folder>
set -eu
binary=$1
version=$2
out=$3
here=$(dirname "$0")
arch=$(dpkg --print-architecture)
machine=$(uname -m)
package=alianzas
# Who answers for the package: LIBRO_MAINTAINER, or the identity the repository's commits carry
# (the project publishes no other address), never a made-up one.
maintainer=${LIBRO_MAINTAINER:-$(git log -1 --format='%an <%ae>' 2>/dev/null || true)}
case $maintainer in
*?' <'?*@?*'>') ;;
*)
    echo "dist: no sé quién mantiene el paquete: escribe LIBRO_MAINTAINER='Nombre <correo>'" >&2
    exit 1
    ;;
esac
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
export SOURCE_DATE_EPOCH

depends=$("$here/debian-depends.sh" "$binary")
staging=.build-dist
rm -rf "$staging" && mkdir -p "$staging" "$out"

# The tree both packages share, below a prefix (/usr in the .deb, the tarball's own folder).
lay_out() {
    mkdir -p "$1/bin" "$1/share/libro/paquetes"
    cp "$binary" "$1/bin/libro"
    if command -v strip >/dev/null 2>&1; then strip "$1/bin/libro"; fi
    cp -R theme "$1/share/libro/tema"
    cp -R content "$1/share/libro/paquetes/$package"
}

# LEEME.txt with this version and the packages to install.
readme() {
    sed -e "s/@VERSION@/$version/g" -e "s/@PAQUETES@/$(echo "$depends" | sed 's/, / /g')/g" \
        -e "s/@MAQUINA@/$machine/g" "$here/LEEME.txt"
}

# Owner-independent modes and fixed times, so two builds give the same archive.
normalize() {
    chmod -R u=rwX,go=rX "$1"
    chmod 755 "$2"
    find "$1" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
}

tree="$staging/libro-$version"
lay_out "$tree"
readme >"$tree/LEEME.txt"
normalize "$tree" "$tree/bin/libro"
tarball="$out/libro-$version-linux-$machine.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    -C "$staging" -cf - "libro-$version" | gzip -n >"$tarball"

root="$staging/deb"
lay_out "$root/usr"
mkdir -p "$root/usr/share/doc/libro" "$root/DEBIAN"
readme >"$root/usr/share/doc/libro/LEEME.txt"
cat >"$root/DEBIAN/control" <<CONTROL
Package: libro
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk "$root/usr" | cut -f1)
Depends: $depends
Section: text
Priority: optional
Description: convierte paquetes de facilitación en sitios estáticos
 libro convierte un paquete de facilitación (páginas en Markdown y datos de
 organizaciones) en un sitio estático que se lee en el teléfono, se imprime y
 se llena en el navegador, también abierto desde una carpeta.
 .
 Trae el tema del sitio y el paquete «Alianzas Estratégicas»: «libro nuevo taller
 <carpeta>» crea una copia lista para construir con «libro construir».
CONTROL
normalize "$root" "$root/usr/bin/libro"
deb="$out/libro_${version}_$arch.deb"
dpkg-deb --build --root-owner-group "$root" "$deb" >/dev/null
echo "$deb"
echo "$tarball"
