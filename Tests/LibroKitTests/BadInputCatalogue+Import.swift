import Foundation

/// Books written for mdBook, MkDocs or GitHub, brought in as they are: pages without front
/// matter, a `SUMMARY.md` that orders them, links to other generators' output.
extension BadInput {
    static let imported: [BadInput] = [
        BadInput(
            name: "página sin encabezado YAML ni título `#`",
            changes: [text("guia/suelta.md", "Solo un párrafo, sin título.\n\n## Un subtítulo\n")],
            expected: .errors(["content/guia/suelta.md:1:1 [pagina-sin-titulo]"]),
            says: ["no tiene título", "`# Título`"]),
        BadInput(
            name: "página sin encabezado YAML: el primer `#` es su título y no se repite",
            changes: [text("guia/plana.md", "# Página plana\n\nTexto [x](introduccion.md).\n")],
            expected: .built(
                contains: [(file: "guia/plana.html", text: " Página plana</h1>")],
                lacks: [(file: "guia/plana.html", text: "id=\"pagina-plana\"")])),
        BadInput(
            name: "SUMMARY.md nombra un archivo que no existe",
            changes: [
                text(
                    "SUMMARY.md",
                    "# Sumario\n\n- [Introducción](guia/introduccion.md)\n    - [Objetivos](guia/objetivo.md)\n")
            ],
            expected: .errors(["content/SUMMARY.md:4:5 [sumario-archivo-no-encontrado]"]),
            says: ["«guia/objetivo.md», que no existe", "¿quisiste decir «guia/objetivos.md»?"]),
        BadInput(
            name: "SUMMARY.md con una línea que no es capítulo, parte ni separador",
            changes: [text("SUMMARY.md", "# Sumario\n\n- [Introducción](guia/introduccion.md)\n- Objetivos\n")],
            expected: .errors(["content/SUMMARY.md:4:1 [sumario-linea-no-valida]"]),
            says: ["no es un capítulo"]),
        BadInput(
            name: "SUMMARY.md nombra una página fuera de la carpeta de contenido",
            changes: [text("SUMMARY.md", "[Prólogo](../prologo.md)\n- [Introducción](guia/introduccion.md)\n")],
            expected: .errors(["content/SUMMARY.md:1:1 [sumario-fuera-de-contenido]"]),
            says: ["no es una página dentro de la carpeta de contenido"]),
        BadInput(
            name: "enlace que sale de la carpeta de contenido (`../std/…` de mdBook)",
            changes: [text("guia/fuera.md", "# Fuera\n\nVer [la biblioteca](../../std/index.html).\n")],
            expected: .errors(["content/guia/fuera.md:3:5 [ruta-fuera-de-contenido]"]),
            says: ["sale de la carpeta de contenido", "con https://"]),
        BadInput(
            name: "enlace al `.html` de una página, como lo escribe mdBook, sin aviso si libro.yml lo pide",
            changes: [
                .append("libro.yml", "avisar_enlaces_html: false\n"),
                text("guia/mdbook.md", "# Enlaces de mdBook\n\nVer [objetivos](objetivos.html#objetivo-general).\n"),
            ],
            expected: .built(
                contains: [(file: "guia/mdbook.html", text: "href=\"objetivos.html#objetivo-general\"")])),
    ]
}
