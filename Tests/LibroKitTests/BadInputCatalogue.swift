import Foundation
import Testing

/// What facilitators feed libro by mistake — files copied from Word and PDFs, edited by hand,
/// passed around on USB sticks — each with what libro must answer: located errors, or the
/// documented tolerant behaviour. Each case is a change to a small package (the `basico`
/// fixture, or the shipped one where an organization is needed).
struct BadInput: Sendable, CustomTestStringConvertible {
    enum Base: Sendable {
        case basic
        /// The shipped package, with its sample organization.
        case shipped
    }

    enum Change: Sendable {
        case write(String, [UInt8])
        case append(String, String)
        /// A symbolic link at the first path pointing to the second, as written.
        case link(String, to: String)
        /// A file of this many bytes (sparse: it is refused before being read).
        case sized(String, Int)
        /// A file in the folder that holds `content/` and `site/`, as a killed build leaves one.
        case beside(String, [UInt8])
    }

    enum Expected: Sendable {
        /// Exactly these errors, each as `location [code]`.
        case errors([String])
        /// A build that succeeds; each listed output file must contain its text.
        case built(contains: [(file: String, text: String)], lacks: [(file: String, text: String)] = [])
    }

    let name: String
    var base: Base = .basic
    let changes: [Change]
    /// Given to `libro construir` after the folders.
    var arguments: [String] = []
    let expected: Expected
    /// What the error messages must say, in Spanish, between them.
    var says: [String] = []
    /// When set, exactly what the folder holding `content/` holds after the build.
    var leaves: [String]? = nil

    var testDescription: String { name }

    static func text(_ path: String, _ text: String) -> Change { .write(path, Array(text.utf8)) }

    static func page(_ path: String, _ frontMatter: String, _ body: String) -> Change {
        text(path, "---\n\(frontMatter)\n---\n\(body)")
    }
}

extension BadInput {
    static let catalogue: [BadInput] =
        encodings + frontMatter + yaml + files + references + markdown + data + hostile + complexity + imported

    static let encodings: [BadInput] = [
        BadInput(
            name: "UTF-8 no válido (Latin-1 de un procesador de textos)",
            changes: [.write("guia/latin1.md", Array("---\ntitulo: Sesi".utf8) + [0xF3] + Array("n\n---\nx\n".utf8))],
            expected: .errors(["content/guia/latin1.md:1:1 [utf8-invalido]"])),
        BadInput(
            name: "marca de orden de bytes: se acepta y las posiciones no se mueven",
            changes: [
                .write(
                    "guia/bom.md", [0xEF, 0xBB, 0xBF] + Array("---\ntitulo: Con BOM\n---\nTexto [x](ref:nada).\n".utf8))
            ],
            expected: .errors(["content/guia/bom.md:4:7 [ref-no-encontrada]"])),
        BadInput(
            name: "fines de línea CRLF: se aceptan y las posiciones no se mueven",
            changes: [text("guia/crlf.md", "---\r\ntitulo: CRLF\r\n---\r\n\r\nLínea [x](ref:nada).\r\n")],
            expected: .errors(["content/guia/crlf.md:5:7 [ref-no-encontrada]"])),
        BadInput(
            name: "archivo vacío",
            changes: [text("guia/vacio.md", "")],
            expected: .errors(["content/guia/vacio.md:1:1 [pagina-sin-titulo]"])),
        BadInput(
            name: "archivo solo con espacios",
            changes: [text("guia/espacios.md", "  \n\t\n   \n")],
            expected: .errors(["content/guia/espacios.md:1:1 [pagina-sin-titulo]"])),
        BadInput(
            name: "imagen guardada con nombre .md",
            changes: [
                .write("guia/foto.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
            ],
            expected: .errors(["content/guia/foto.md:1:1 [utf8-invalido]"])),
        BadInput(
            name: "texto con bytes nulos",
            changes: [
                .write("guia/nulos.md", Array("---\ntitulo: Nulos\n---\nab".utf8) + [0, 0] + Array("cd\n".utf8))
            ],
            expected: .errors(["content/guia/nulos.md:4:3 [archivo-binario]"])),
        BadInput(
            name: "archivo binario que no es página: se copia tal cual",
            changes: [.write("img/foto.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF])],
            expected: .built(contains: [(file: "img/foto.png", text: "PNG")])),
        BadInput(
            name: "archivo de 50 MB",
            changes: [.sized("guia/enorme.md", 50_000_000)],
            expected: .errors(["content/guia/enorme.md:1:1 [archivo-demasiado-grande]"])),
    ]

    static let frontMatter: [BadInput] = [
        BadInput(
            name: "encabezado que nunca se cierra",
            changes: [text("guia/abierto.md", "---\ntitulo: Abierto\n\nEl texto empieza sin la línea de cierre.\n")],
            expected: .errors(["content/guia/abierto.md:1:1 [encabezado-sin-cerrar]"])),
        BadInput(
            name: "clave desconocida, con sugerencia",
            changes: [page("guia/titlo.md", "titlo: Mal escrito", "x\n")],
            expected: .errors([
                "content/guia/titlo.md:2:1 [clave-desconocida]", "content/guia/titlo.md:1:1 [sin-titulo]",
            ])),
        BadInput(
            name: "un número donde va texto: se lee como texto",
            changes: [page("guia/numero.md", "titulo: 2027\nresumen: 3.10", "x\n")],
            expected: .built(contains: [
                (file: "guia/numero.html", text: "2027</h1>"), (file: "guia/numero.html", text: "3.10"),
            ])),
        BadInput(
            name: "una lista donde va texto",
            changes: [page("guia/lista.md", "titulo: [uno, dos]", "x\n")],
            expected: .errors(["content/guia/lista.md:2:9 [tipo-no-valido]", "content/guia/lista.md:1:1 [sin-titulo]"])),
        BadInput(
            name: "un número que no cabe",
            changes: [page("guia/orden.md", "titulo: Orden\norden: 99999999999999999999999", "x\n")],
            expected: .errors(["content/guia/orden.md:3:8 [tipo-no-valido]"])),
        BadInput(
            name: "encabezado que es una lista",
            changes: [page("guia/es-lista.md", "- titulo: Lista", "x\n")],
            expected: .errors(["content/guia/es-lista.md:2:1 [yaml-no-es-mapa]"])),
        BadInput(
            name: "HTML en el título: se escapa",
            changes: [page("guia/html.md", "titulo: <script>alert(1)</script> & más", "x\n")],
            expected: .built(
                contains: [(file: "guia/html.html", text: "&lt;script&gt;alert(1)&lt;/script&gt; &amp; más")],
                lacks: [(file: "guia/html.html", text: "<script>alert(1)")])),
        BadInput(
            name: "llaves de plantilla en el texto: no se interpretan",
            changes: [
                page(
                    "guia/llaves.md", "titulo: \"{{sitio.titulo}}\"\nresumen: \"{{{pagina.contenido}}}\"",
                    "{{#textos}}x{{/textos}}\n")
            ],
            expected: .built(contains: [
                (file: "guia/llaves.html", text: "{{sitio.titulo}}</h1>"),
                (file: "guia/llaves.html", text: "{{{pagina.contenido}}}"),
                (file: "guia/llaves.html", text: "{{#textos}}x{{/textos}}"),
            ])),
    ]

    static let yaml: [BadInput] = [
        BadInput(
            name: "YAML sangrado con tabuladores",
            changes: [page("guia/tabs.md", "titulo: Tabs\nresumen:\n\t- uno", "x\n")],
            expected: .errors(["content/guia/tabs.md:4:1 [yaml-invalido]"])),
        BadInput(
            name: "clave repetida",
            changes: [page("guia/repetida.md", "titulo: Uno\ntitulo: Dos", "x\n")],
            expected: .errors(["content/guia/repetida.md:2:1 [clave-repetida]"])),
        BadInput(
            name: "anclas y alias que multiplican la memoria",
            changes: [
                page(
                    "guia/bomba.md",
                    """
                    titulo: Bomba
                    resumen: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
                    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                    e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                    """, "x\n")
            ],
            expected: .errors(["content/guia/bomba.md:3:10 [alias-yaml]"])),
        BadInput(
            name: "datos de una carta con alias",
            changes: [
                page(
                    "guia/carta-alias.md", "titulo: Carta",
                    "```referencias\n- &r {autores: [Ana], titulo: Uno}\n- *r\n```\n")
            ],
            expected: .errors(["content/guia/carta-alias.md:5:3 [alias-yaml]"])),
    ]

    static let files: [BadInput] = [
        BadInput(
            name: "ids repetidos",
            changes: [page("guia/otra.md", "titulo: Otra\nid: guia-introduccion", "x\n")],
            expected: .errors(["content/guia/otra.md:3:5 [id-duplicado]"])),
        BadInput(
            name: "_index.md en la raíz",
            changes: [page("_index.md", "titulo: Raíz", "x\n")],
            expected: .errors(["content/index.md:1:1 [salida-duplicada]", "content/_index.md:1:1 [indice-en-la-raiz]"])),
        BadInput(
            name: "enlace simbólico que sale de la carpeta",
            changes: [.link("guia/fuera.md", to: "/etc/passwd")],
            expected: .errors(["content/guia/fuera.md:1:1 [enlace-fuera]"])),
        BadInput(
            name: "enlace simbólico que vuelve a una carpeta que lo contiene",
            changes: [.link("guia/bucle", to: "..")],
            expected: .errors(["content/guia/bucle:1:1 [enlace-fuera]"])),
        BadInput(
            name: "enlace simbólico que se queda dentro: se sigue",
            changes: [.link("guia/mapa.svg", to: "../img/mapa.svg")],
            expected: .built(contains: [(file: "guia/mapa.svg", text: "<svg")])),
        BadInput(
            name: "nombres con emoji y escritura de derecha a izquierda",
            changes: [
                page("guia/emoji.md", "titulo: Alianzas 🤝 مرحبا بالعالم", "## Sección 🌱 שלום\n\nTexto 🌵 عربي.\n")
            ],
            expected: .built(contains: [
                (file: "guia/emoji.html", text: "Alianzas 🤝 مرحبا بالعالم"),
                (file: "guia/emoji.html", text: "id=\"seccion\""),
                (file: "guia/introduccion.html", text: "Alianzas 🤝 مرحبا بالعالم"),
            ])),
    ]

    static let references: [BadInput] = [
        BadInput(
            name: "referencia a un id que no existe",
            changes: [page("guia/ref.md", "titulo: Ref", "Ver [](ref:lt-9-9).\n")],
            expected: .errors(["content/guia/ref.md:4:5 [ref-no-encontrada]"])),
        BadInput(
            name: "encabezado que no existe",
            changes: [page("guia/ancla.md", "titulo: Ancla", "Ver [x](ref:guia-introduccion#no-esta).\n")],
            expected: .errors(["content/guia/ancla.md:4:5 [ancla-no-encontrada]"])),
        BadInput(
            name: "una página que se cita a sí misma: funciona y no se menciona a sí misma",
            changes: [
                page(
                    "guia/propia.md", "titulo: Propia\nid: propia",
                    "## Arriba\n\nVolver [arriba](ref:propia#arriba) o a [](ref:propia).\n")
            ],
            expected: .built(
                contains: [
                    (file: "guia/propia.html", text: "href=\"#arriba\""),
                    (file: "guia/propia.html", text: "href=\"propia.html\""),
                ],
                lacks: [(file: "guia/propia.html", text: "Se menciona en")])),
        BadInput(
            name: "ruta que sale de la carpeta de contenido con ..",
            changes: [
                page("guia/sube.md", "titulo: Sube", "Ver [clave](../../../etc/passwd) y ![x](../../secreto.png).\n")
            ],
            expected: .errors([
                "content/guia/sube.md:4:5 [ruta-fuera-de-contenido]",
                "content/guia/sube.md:4:36 [ruta-fuera-de-contenido]",
            ])),
        BadInput(
            name: "ruta absoluta",
            changes: [page("guia/absoluta.md", "titulo: Absoluta", "Ver [x](/guia/introduccion.md).\n")],
            expected: .errors(["content/guia/absoluta.md:4:5 [ruta-absoluta]"])),
        BadInput(
            name: "javascript: en un enlace",
            changes: [page("guia/js.md", "titulo: JS", "[a](javascript:alert(1)) y [b]( JaVaScRiPt:x)\n")],
            expected: .errors([
                "content/guia/js.md:4:1 [enlace-peligroso]", "content/guia/js.md:4:28 [enlace-peligroso]",
            ])),
        BadInput(
            name: "data: en una imagen",
            changes: [page("guia/data.md", "titulo: Data", "![x](data:image/svg+xml;base64,PHN2Zz4=)\n")],
            expected: .errors(["content/guia/data.md:4:1 [enlace-peligroso]"])),
    ]

    static let markdown: [BadInput] = [
        BadInput(
            name: "listas anidadas 1 000 niveles: se rechazan en el nivel 33",
            changes: [
                page(
                    "guia/listas.md", "titulo: Listas",
                    (0..<1000).map { String(repeating: "  ", count: $0) + "- nivel \($0)" }.joined(separator: "\n")
                        + "\n")
            ],
            expected: .errors(["content/guia/listas.md:36:65 [anidamiento-demasiado-profundo]"])),
        BadInput(
            name: "listas anidadas 32 niveles: se muestran",
            changes: [
                page(
                    "guia/listas.md", "titulo: Listas",
                    (0..<32).map { String(repeating: "  ", count: $0) + "- nivel \($0)" }.joined(separator: "\n")
                        + "\n")
            ],
            expected: .built(contains: [(file: "guia/listas.html", text: "nivel 31")])),
        BadInput(
            name: "citas anidadas 5 000 niveles: se rechazan en el nivel 33",
            changes: [page("guia/citas.md", "titulo: Citas", String(repeating: ">", count: 5000) + " hondo\n")],
            expected: .errors(["content/guia/citas.md:4:33 [anidamiento-demasiado-profundo]"])),
        BadInput(
            name: "corchetes y código sin cerrar en cadena: se muestran",
            changes: [page("guia/corchetes.md", "titulo: Corchetes", String(repeating: "[a`", count: 40_000) + "\n")],
            expected: .built(contains: [(file: "guia/corchetes.html", text: "Corchetes</h1>")])),
        BadInput(
            name: "énfasis sin cerrar en cadena: se rechaza en la marca 1 001 del párrafo",
            changes: [page("guia/corchetes.md", "titulo: Corchetes", String(repeating: "*[_`", count: 20_000) + "\n")],
            expected: .errors(["content/guia/corchetes.md:4:2001 [demasiado-enfasis]"])),
    ]

    static let data: [BadInput] = [
        BadInput(
            name: "acerca en libro.yml: el pie de cada página enlaza esa página",
            changes: [
                text("libro.yml", "titulo: Paquete\ncreditos: Hecho por el equipo.\nacerca: guia-introduccion\n")
            ],
            expected: .built(contains: [
                (
                    file: "libro/capitulo-3/index.html",
                    text: "Hecho por el equipo. <a href=\"../../guia/introduccion.html\">"
                ),
                (file: "index.html", text: "<a href=\"guia/introduccion.html\">Introducción</a>.</p>"),
            ])),
        BadInput(
            name: "acerca en libro.yml con un id que no existe",
            changes: [text("libro.yml", "titulo: Paquete\ncreditos: Hecho por el equipo.\nacerca: guia-introducion\n")],
            expected: .errors(["content/libro.yml:3:9 [ref-no-encontrada]"]),
            says: ["¿quisiste decir «guia-introduccion»?"]),
        BadInput(
            name: "enlaces_pie en libro.yml: cada pie los muestra, las rutas desde la raíz del sitio",
            changes: [
                text(
                    "libro.yml",
                    "titulo: Paquete\ncreditos: Hecho.\nenlaces_pie:\n  - {titulo: Manual, enlace: ../manual/index.html}\n  - {titulo: \"<Correo>\", enlace: \"mailto:equipo@ejemplo.org\"}\n"
                )
            ],
            expected: .built(contains: [
                (
                    file: "libro/capitulo-3/index.html",
                    text:
                        "<li><a href=\"../../../manual/index.html\">Manual</a></li><li><a href=\"mailto:equipo@ejemplo.org\">&lt;Correo&gt;</a></li>"
                ),
                (file: "index.html", text: "<li><a href=\"../manual/index.html\">Manual</a></li>"),
            ])),
        BadInput(
            name: "enlaces_pie con una ruta absoluta, un esquema peligroso y un enlace sin título",
            changes: [
                text(
                    "libro.yml",
                    "titulo: Paquete\nenlaces_pie:\n  - {titulo: A, enlace: /manual/}\n  - {titulo: B, enlace: \"javascript:alert(1)\"}\n  - {enlace: x.html}\n  - {titulo: C, enlace: \"//otro.org/\", destino: x}\n"
                )
            ],
            expected: .errors([
                "content/libro.yml:3:25 [enlace-pie-no-valido]", "content/libro.yml:4:25 [enlace-pie-no-valido]",
                "content/libro.yml:5:5 [falta-campo]", "content/libro.yml:6:40 [clave-desconocida]",
                "content/libro.yml:6:25 [enlace-pie-no-valido]",
            ]),
            says: ["desde la raíz del sitio"]),
        BadInput(
            name: "navegacion_maxima en libro.yml que no es un número",
            changes: [text("libro.yml", "titulo: Paquete\nnavegacion_maxima: cuarenta\n")],
            expected: .errors(["content/libro.yml:2:20 [tipo-no-valido]"]),
            says: ["un número entero"]),
        BadInput(
            name: "navegacion_maxima en libro.yml menor que 5",
            changes: [text("libro.yml", "titulo: Paquete\nnavegacion_maxima: 3\n")],
            expected: .errors(["content/libro.yml:2:20 [navegacion-maxima-pequena]"]),
            says: ["escribe un número de 5 o más"]),
        BadInput(
            name: "orden_de_lectura en libro.yml con un id que no existe y otro repetido",
            changes: [text("libro.yml", "titulo: Paquete\norden_de_lectura: [lt-3-1, guia-introducion, lt-3-1]\n")],
            expected: .errors(["content/libro.yml:2:28 [ref-no-encontrada]", "content/libro.yml:2:46 [orden-repetido]"]
            ),
            says: ["¿quisiste decir «guia-introduccion»?", "una página se lee una sola vez"]),
        BadInput(
            name: "edicion en libro.yml con un día que el calendario no tiene",
            changes: [text("libro.yml", "titulo: Paquete\nedicion: 2026-02-30\n")],
            expected: .errors(["content/libro.yml:2:10 [fecha-no-valida]"]),
            says: ["escríbela como AAAA-MM-DD"]),
        BadInput(
            name: "organización con .. en libro.yml",
            changes: [text("libro.yml", "titulo: Paquete\norganizaciones: [\"../../etc\"]\n")],
            expected: .errors([
                "content/libro.yml:2:17 [id-no-valido]", "content/libro.yml:2:17 [sin-organizacion-en-metodo]",
            ])),
        BadInput(
            name: "javascript: como dirección del sitio",
            changes: [text("libro.yml", "titulo: Paquete\nurl: \"javascript:alert(1)//\"\n")],
            expected: .errors(["content/libro.yml:2:6 [url-no-valida]"])),
        BadInput(
            name: "javascript: en la dirección de una referencia",
            changes: [
                page(
                    "guia/refs.md", "titulo: Referencias",
                    "```referencias\n- autores: Ana\n  titulo: Uno\n  url: \"javascript:alert(1)\"\n```\n")
            ],
            expected: .errors(["content/guia/refs.md:7:8 [url-no-valida]"])),
        BadInput(
            name: "CSV con comas y saltos de línea entre comillas, emoji y árabe: se acepta y se muestra",
            base: .shipped,
            changes: [
                .append(
                    "organizaciones/voces-del-bravo/actores.csv",
                    "red-nueva,\"Red 🌱 del Bravo, A.C.\",sociedad civil,formal,Aliada,contactos,fuerte,\"Reglas, con coma\",positivo,\"Primera línea\nsegunda línea\"\n"
                        + "colectivo-arabe,جمعية الشباب,comunidad,informal,Vecina,voluntariado,débil,Sin reglas,positivo,\n"
                        + "escuela-x,\"<script>alert(1)</script> [x](javascript:y) {{sitio.titulo}}\",academia,formal,Sede,instalaciones,colaborativa,Ninguna,positivo,\n"
                )
            ],
            expected: .built(
                contains: [
                    (file: "organizaciones/voces-del-bravo/sistema.html", text: "Red 🌱 del Bravo, A.C."),
                    (file: "organizaciones/voces-del-bravo/sistema.html", text: "جمعية الشباب"),
                    (
                        file: "organizaciones/voces-del-bravo/sistema.html",
                        text: "&lt;script&gt;alert(1)&lt;/script&gt;"
                    ),
                    (file: "organizaciones/voces-del-bravo/sistema.html", text: "{{sitio.titulo}}"),
                    (file: "organizaciones/voces-del-bravo/mapa-del-sistema.svg", text: "Red 🌱 del Bravo, A.C."),
                ],
                lacks: [
                    (file: "organizaciones/voces-del-bravo/sistema.html", text: "<script>alert(1)"),
                    (file: "organizaciones/voces-del-bravo/sistema.html", text: "href=\"javascript"),
                    (file: "organizaciones/voces-del-bravo/mapa-del-sistema.svg", text: "<script>"),
                ])),
        BadInput(
            name: "CSV con comillas sin cerrar",
            base: .shipped,
            changes: [
                text(
                    "organizaciones/voces-del-bravo/plan-de-trabajo.csv",
                    "numero,actividad,responsables,equipo,producto,meses\n1,\"Sin cerrar,Ana,Equipo,Informe,1\n")
            ],
            expected: .errors([
                "content/organizaciones/voces-del-bravo/plan-de-trabajo.csv:2:3 [csv-comillas-sin-cerrar]"
            ])),
        BadInput(
            name: "CSV con una fila corta",
            base: .shipped,
            changes: [
                text(
                    "organizaciones/voces-del-bravo/plan-de-trabajo.csv",
                    "numero,actividad,responsables,equipo,producto,meses\n1,Diagnóstico,Ana,Equipo,Informe\n")
            ],
            expected: .errors(["content/organizaciones/voces-del-bravo/plan-de-trabajo.csv:2:1 [csv-fila-incompleta]"])),
        BadInput(
            name: "CSV de Excel en español: «;», Windows-1252 y CRLF; se lee con un aviso",
            base: .shipped,
            changes: [
                .write(
                    "organizaciones/voces-del-bravo/plan-de-trabajo.csv",
                    Array("numero;actividad;responsables;equipo;producto;meses\r\n1;Diagn".utf8) + [0xF3]
                        + Array("stico ".utf8) + [0x96] + Array(" primera fase;Ana;Equipo;Informe;\"1;3\"\r\n".utf8))
            ],
            expected: .built(
                contains: [
                    (file: "organizaciones/voces-del-bravo/plan-de-trabajo.html", text: "Diagnóstico – primera fase")
                ]
            )),
        BadInput(
            name: "CSV con el encabezado de otro archivo: un solo error que dice qué encabezado se espera",
            base: .shipped,
            changes: [
                text(
                    "organizaciones/voces-del-bravo/plan-de-trabajo.csv",
                    "id;actor;sector;tipo\n1;Diagnóstico;Ana;Equipo\n2;Mapeo;Ana;Equipo\n")
            ],
            expected: .errors([
                "content/organizaciones/voces-del-bravo/plan-de-trabajo.csv:1:1 [encabezado-no-coincide]"
            ]),
            says: [
                "libro separó las columnas con «;» (punto y coma)",
                "el encabezado esperado es: numero;actividad;tiempo;responsables;equipo;producto;meses",
            ]),
    ]
}

extension BadInput {
    /// Pages whose size is modest but whose shape made a build's work grow faster than the page
    /// (built in time proportional to their size, with the right output), and Markdown that
    /// makes the system's cmark-gfm take minutes or all memory (refused before parsing, located).
    static let complexity: [BadInput] = [
        BadInput(
            name: "20 000 encabezados iguales: cada uno con su ancla",
            changes: [
                page("guia/notas.md", "titulo: Notas", String(repeating: "## Notas\n\nTexto.\n\n", count: 20_000))
            ],
            expected: .built(contains: [
                (file: "guia/notas.html", text: "<h2 id=\"notas-20000\">"),
                (file: "guia/notas.html", text: "<a href=\"#notas-19999\">Notas</a>"),
            ])),
        BadInput(
            name: "20 000 enlaces sin texto en un párrafo: cada uno con el título de su página",
            changes: [
                page(
                    "guia/enlaces.md", "titulo: Enlaces",
                    String(repeating: "[](ref:guia-introduccion) y [otra](objetivos.md), ", count: 10_000) + "fin.\n")
            ],
            expected: .built(contains: [
                (file: "guia/enlaces.html", text: "<a href=\"introduccion.html\">I. Introducción</a> y "),
                (file: "guia/enlaces.html", text: "<a href=\"objetivos.html\">otra</a>, fin."),
            ])),
        BadInput(
            name: "20 000 enlaces en una línea con acentos, el último roto: se ubica en su columna",
            changes: [
                page(
                    "guia/linea.md", "titulo: Línea",
                    String(repeating: "[á](introduccion.md) ", count: 20_000) + "[é](ref:nada)\n")
            ],
            expected: .errors(["content/guia/linea.md:4:420001 [ref-no-encontrada]"])),
        BadInput(
            name: "imágenes sin cerrar con enlaces dentro (`![[]()` 20 000 veces)",
            changes: [page("guia/imagenes.md", "titulo: Imágenes", String(repeating: "![[]()", count: 20_000) + "\n")],
            expected: .errors(["content/guia/imagenes.md:4:6001 [imagenes-sin-cerrar]"])),
        BadInput(
            name: "tabla de 10 000 columnas sobre 10 000 filas de una celda",
            changes: [
                page(
                    "guia/tabla.md", "titulo: Tabla",
                    "|" + String(repeating: "a|", count: 10_000) + "\n|" + String(repeating: "-|", count: 10_000)
                        + "\n" + String(repeating: "x\n", count: 10_000))
            ],
            expected: .errors([
                "content/guia/tabla.md:4:257 [tabla-demasiado-ancha]",
                "content/guia/tabla.md:8:1 [tabla-demasiado-grande]",
            ])),
        BadInput(
            name: "lista anidada 20 000 niveles en una línea, seguida de 20 000 líneas en blanco",
            changes: [
                page(
                    "guia/lista.md", "titulo: Lista",
                    String(repeating: "- ", count: 20_000) + "x" + String(repeating: "\n", count: 20_000))
            ],
            expected: .errors(["content/guia/lista.md:4:65 [anidamiento-demasiado-profundo]"])),
        BadInput(
            name: "dirección web seguida de 200 000 paréntesis de cierre",
            changes: [
                page(
                    "guia/parentesis.md", "titulo: Paréntesis",
                    "Ver www.a.com" + String(repeating: ")", count: 200_000) + "\n")
            ],
            expected: .errors(["content/guia/parentesis.md:4:77 [direcciones-pegadas]"])),
        BadInput(
            name: "los datos de una organización dan una tabla de más de 50 000 celdas",
            base: .shipped,
            changes: [
                .append(
                    "organizaciones/voces-del-bravo/actores.csv",
                    (0..<5_000).map {
                        "actor-\($0),Actor \($0),comunidad,formal,Vecino,contactos,débil,Ninguna,positivo,\n"
                    }
                    .joined())
            ],
            expected: .errors(["content/organizaciones/voces-del-bravo/actores.csv [tabla-demasiado-grande]"]),
            says: [
                "(en la página «content/organizaciones/voces-del-bravo/sistema.md:5016:1», que libro arma con estos datos"
            ]),
    ]
}
