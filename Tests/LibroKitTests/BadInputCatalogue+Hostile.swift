import Foundation

/// Inputs written to break libro on purpose, by class: control characters that would drive a
/// terminal, names that only Linux tells apart, links that leave the site, ids that take the
/// theme's, errors that would point at files nobody wrote, debris of killed builds, messages in
/// another language, worksheets added the way the manual says.
extension BadInput {
    static let hostile: [BadInput] =
        controlCharacters + clashingNames + leavingLinks + reservedIDs + unwrittenFiles + debris + spanish
        + addedWorksheets

    static let controlCharacters: [BadInput] = [
        BadInput(
            name: "nombre de archivo con secuencias de escape de la terminal",
            changes: [page("guia/\u{1B}]0;titulo\u{07}\u{1B}[2J.md", "titulo: Escape", "Ver [x](ref:nada).\n")],
            expected: .errors(["content/guia/\\u{1B}]0;titulo\\u{7}\\u{1B}[2J.md:4:5 [ref-no-encontrada]"]),
            says: ["no existe ninguna página con el id «nada»"]),
        BadInput(
            name: "destino de enlace con controles codificados (%1b, %07, %0a)",
            changes: [
                page("guia/codificado.md", "titulo: Codificado", "Ver [x](falta%1b%5b2J%07%0aerror:%20falso.md).\n")
            ],
            expected: .errors(["content/guia/codificado.md:4:5 [archivo-no-encontrado]"]),
            says: ["\\u{1B}[2J\\u{7}\\u{A}error: falso.md"]),
        BadInput(
            name: "valor de un archivo de datos con escapes de la terminal",
            base: .shipped,
            changes: [
                .append(
                    "organizaciones/voces-del-bravo/actores.csv",
                    "nuevo,Nuevo,gobierno\u{1B}[31m,formal,,,fuerte,,positivo,\n")
            ],
            expected: .errors(["content/organizaciones/voces-del-bravo/actores.csv:16:13 [valor-no-valido]"]),
            says: ["gobierno\\u{1B}[31m"]),
        BadInput(
            name: "encabezado con un timbre: YAML lo rechaza, donde está",
            changes: [page("guia/timbre.md", "titulo: Timbre\nresumen: un \u{07} timbre", "x\n")],
            expected: .errors(["content/guia/timbre.md:3:13 [yaml-invalido]"]),
            says: ["caracteres de control que no se ven"]),
    ]

    static let clashingNames: [BadInput] = [
        BadInput(
            name: "dos archivos que difieren solo en la normalización Unicode (NFC y NFD)",
            changes: [
                page("guia/caf\u{E9}.md", "titulo: Compuesta", "x\n"),
                page("guia/cafe\u{301}.md", "titulo: Descompuesta", "x\n"),
            ],
            expected: .errors(["content/guia/cafe\u{301}.md [nombres-que-chocan]"]),
            says: ["normalización Unicode", "en Windows y macOS"]),
        BadInput(
            name: "dos páginas que difieren solo en mayúsculas",
            changes: [page("guia/Introduccion.md", "titulo: Otra introducción", "x\n")],
            expected: .errors(["content/guia/introduccion.md [nombres-que-chocan]"]),
            says: ["solo en mayúsculas y minúsculas"]),
        BadInput(
            name: "dos carpetas que difieren solo en mayúsculas",
            changes: [page("Guia/_index.md", "titulo: Otra guía", "x\n")],
            expected: .errors(["content/guia [nombres-que-chocan]", "content/guia/_index.md [nombres-que-chocan]"]),
            says: ["«guia» y «Guia»"]),
        BadInput(
            name: "un archivo copiado y una página que se escriben en el mismo nombre salvo mayúsculas",
            changes: [text("guia/Objetivos.HTML", "<p>copia</p>\n")],
            expected: .errors(["content/guia/objetivos.md:1:1 [salida-duplicada]"]),
            says: ["«guia/Objetivos.HTML»", "en Windows y macOS serían el mismo archivo"]),
    ]

    static let leavingLinks: [BadInput] = [
        BadInput(
            name: "enlace de protocolo relativo (//sitio)",
            changes: [page("guia/red.md", "titulo: Red", "Ver [q](//evil.example/x).\n")],
            expected: .errors(["content/guia/red.md:4:5 [enlace-sin-esquema]"]),
            says: ["escribe la dirección completa con https://"]),
        BadInput(
            name: "imagen con barras invertidas que el navegador lee como //",
            changes: [page("guia/barras.md", "titulo: Barras", "![x](\\\\\\\\evil.example/a.png)\n")],
            expected: .errors(["content/guia/barras.md:4:1 [enlace-sin-esquema]"])),
        BadInput(
            name: "javascript: con entidades en HTML crudo permitido",
            changes: [
                text("libro.yml", "titulo: Paquete\nhtml_crudo: true\n"),
                page("guia/crudo.md", "titulo: Crudo", "Un <a href=\"jav&#x61;script&colon;alert(1)\">enlace</a>.\n"),
            ],
            expected: .errors(["content/guia/crudo.md:4:7 [enlace-peligroso]"]),
            says: ["ni en HTML con `html_crudo: true`"]),
        BadInput(
            name: "manejador de eventos y protocolo relativo en un bloque de HTML crudo",
            changes: [
                text("libro.yml", "titulo: Paquete\nhtml_crudo: true\n"),
                page(
                    "guia/eventos.md", "titulo: Eventos",
                    "<div>\n<img src=\"//evil.example/x.png\" onerror=\"robar()\">\n</div>\n"),
            ],
            expected: .errors([
                "content/guia/eventos.md:5:6 [enlace-sin-esquema]", "content/guia/eventos.md:5:33 [html-con-codigo]",
            ]),
            says: ["el atributo `onerror` ejecuta código"]),
    ]

    static let reservedIDs: [BadInput] = [
        BadInput(
            name: "encabezados que se llaman como los elementos del tema",
            changes: [
                page(
                    "guia/tema.md", "titulo: Tema",
                    "## Libro contenido\n\nx\n\n## Libro navegación\n\ny\n\n## Libro búsqueda\n\nz\n")
            ],
            expected: .built(
                contains: [
                    (file: "guia/tema.html", text: "<h2 id=\"libro-contenido\">"),
                    (file: "guia/tema.html", text: "<main id=\"libro_contenido\""),
                    (file: "guia/tema.html", text: "<h2 id=\"libro-navegacion\">"),
                    (file: "guia/tema.html", text: "id=\"libro_navegacion\""),
                ],
                lacks: [(file: "guia/tema.html", text: "<main id=\"libro-contenido\"")])),
        BadInput(
            name: "HTML crudo con un id del tema",
            changes: [
                text("libro.yml", "titulo: Paquete\nhtml_crudo: true\n"),
                page("guia/id.md", "titulo: Id", "<div id=\"libro_busqueda\">x</div>\n"),
            ],
            expected: .errors(["content/guia/id.md:4:6 [id-reservado]"]),
            says: ["los ids que empiezan con `libro_` son del tema"]),
    ]

    static let unwrittenFiles: [BadInput] = [
        BadInput(
            name: "perfil.yml vacío",
            base: .shipped,
            changes: [text("organizaciones/voces-del-bravo/perfil.yml", "")],
            expected: .errors(
                ["mision", "nivel", "nombre"].map { _ in
                    "content/organizaciones/voces-del-bravo/perfil.yml:1:1 [falta-campo]"
                }),
            says: ["falta `nombre:` y es obligatorio"]),
        BadInput(
            name: "perfil.yml solo con comentarios",
            base: .shipped,
            changes: [text("organizaciones/voces-del-bravo/perfil.yml", "# por llenar\n# nombre: ...\n")],
            expected: .errors(
                ["mision", "nivel", "nombre"].map { _ in
                    "content/organizaciones/voces-del-bravo/perfil.yml:1:1 [falta-campo]"
                }),
            says: ["falta `mision:` y es obligatorio"]),
        BadInput(
            name: "archivo de aliado que es solo ~",
            base: .shipped,
            changes: [text("organizaciones/voces-del-bravo/aliados/vacio.yml", "~\n")],
            expected: .errors(["content/organizaciones/voces-del-bravo/aliados/vacio.yml:1:1 [falta-campo]"]),
            says: ["falta `actor:` y es obligatorio"]),
        BadInput(
            name: "participante vacío en la lista",
            base: .shipped,
            changes: [
                text(
                    "organizaciones/voces-del-bravo/perfil.yml",
                    "nombre: Voces\nmision: Acompañar.\nnivel: básico\nparticipantes:\n  - nombre: Ana\n  -\n  - ~\n")
            ],
            expected: .errors([
                "content/organizaciones/voces-del-bravo/perfil.yml:6:4 [falta-campo]",
                "content/organizaciones/voces-del-bravo/perfil.yml:7:5 [falta-campo]",
            ]),
            says: ["falta `nombre:` en `participantes` y es obligatorio"]),
        BadInput(
            name: "la misma organización dos veces en la línea de órdenes",
            base: .shipped,
            changes: [],
            arguments: ["--organizacion", "voces-del-bravo", "--organizacion", "voces-del-bravo"],
            expected: .errors(["--organizacion [organizacion-repetida]"]),
            says: ["la organización «voces-del-bravo» se nombra más de una vez"]),
        BadInput(
            name: "la misma organización dos veces en libro.yml",
            base: .shipped,
            changes: [text("libro.yml", "titulo: Paquete\norganizaciones: [voces-del-bravo, voces-del-bravo]\n")],
            expected: .errors(["content/libro.yml:2:17 [organizacion-repetida]"]),
            says: ["se nombra más de una vez"]),
    ]

    static let debris: [BadInput] = [
        BadInput(
            name: "un .zip a medio escribir que dejó una compilación interrumpida",
            changes: [.beside(".site.zip.nuevo-1234", Array("PK a medias".utf8))],
            arguments: ["--zip"],
            expected: .built(contains: [(file: "index.html", text: "<html")]),
            leaves: [".site.anterior", "content", "site", "site.zip"]),
        BadInput(
            name: "carpetas temporales de versiones anteriores y un .zip a medias",
            changes: [
                .beside(".site.nuevo-abcd/index.html", Array("viejo".utf8)),
                .beside(".site.zip.nuevo-5678", Array("PK".utf8)),
            ],
            arguments: ["--zip"],
            expected: .built(contains: [(file: "index.html", text: "<html")]),
            leaves: [".site.anterior", "content", "site", "site.zip"]),
        BadInput(
            name: "con errores, el .zip anterior queda como estaba",
            changes: [
                .beside("site.zip", Array("zip anterior".utf8)),
                page("guia/roto.md", "titulo: Roto", "[x](ref:nada)\n"),
            ],
            arguments: ["--zip"],
            expected: .errors(["content/guia/roto.md:4:1 [ref-no-encontrada]"]),
            leaves: ["content", "site", "site.zip"]),
    ]

    static let spanish: [BadInput] = [
        BadInput(
            name: "YAML anidado sin fin en el encabezado",
            changes: [page("guia/anidado.md", "titulo: " + String(repeating: "[", count: 2_000), "x\n")],
            expected: .errors(["content/guia/anidado.md:2:10 [yaml-invalido]"]),
            says: ["hay demasiados niveles anidados"]),
        BadInput(
            name: "dos puntos sin comillas en un valor del perfil",
            base: .shipped,
            changes: [
                text(
                    "organizaciones/voces-del-bravo/perfil.yml", "nombre: Voces: del Bravo\nmision: x\nnivel: básico\n")
            ],
            expected: .errors(["content/organizaciones/voces-del-bravo/perfil.yml:1:14 [yaml-invalido]"]),
            says: ["si el valor lleva «:»"]),
        BadInput(
            name: "una clave con menos sangría que sus hermanas",
            changes: [page("guia/sangria.md", "titulo: Sangría\nresumen:\n  - uno\n id: x", "x\n")],
            expected: .errors(["content/guia/sangria.md:5:2 [yaml-invalido]"]),
            says: ["aquí se esperaba otra clave `nombre: valor` con la misma sangría"]),
    ]

    static let addedWorksheets: [BadInput] = [
        BadInput(
            name: "hoja nueva sin id, añadida como dice el manual",
            base: .shipped,
            changes: [
                page(
                    "hojas/mi-hoja.md", "titulo: Mi hoja",
                    "Instrucciones.\n\n```hoja\nsesiones: [2]\npartes:\n  - preguntas:\n      elementos:\n        - {texto: ¿Cuál es la misión?, lineas: 3, dato: perfil.mision}\n```\n"
                )
            ],
            expected: .built(contains: [
                (file: "organizaciones/voces-del-bravo/hojas/hojas-mi-hoja.html", text: "Mi hoja"),
                (file: "organizaciones/voces-del-bravo/hojas/index.html", text: "href=\"hojas-mi-hoja.html\""),
            ])),
        BadInput(
            name: "hoja por aliado sin id, en una subcarpeta",
            base: .shipped,
            changes: [
                page("hojas/extra/_index.md", "titulo: Extra", "Hojas de más.\n"),
                page(
                    "hojas/extra/interes.md", "titulo: Interés del aliado",
                    "```hoja\nsesiones: [5]\npor_cada: aliados\ncomo: aliado\npartes:\n  - preguntas:\n      elementos:\n        - {texto: Interés, lineas: 2, dato: aliado.construccion.interes}\n```\n"
                ),
            ],
            expected: .built(contains: [
                (
                    file:
                        "organizaciones/voces-del-bravo/hojas/hojas-extra-interes-universidad-fronteriza-juarez.html",
                    text: "Interés del aliado"
                )
            ])),
        BadInput(
            name: "tabla de hoja con `fichas` que no es sí ni no",
            base: .shipped,
            changes: [
                page(
                    "hojas/fichas.md", "titulo: Fichas",
                    "```hoja\nsesiones: [2]\npartes:\n  - tabla:\n      columnas: [Actor, Rol]\n      fichas: quizá\n```\n"
                )
            ],
            expected: .errors(["content/hojas/fichas.md:9:15 [tipo-no-valido]"]),
            says: ["`fichas` debe ser `true` o `false`"]),
    ]
}
