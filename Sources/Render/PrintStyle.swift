import Link
import Model

/// What a page's printed sheets of paper say in their margins (`impresion` in `base`): the page
/// number out of the document's pages, a running header, and for each worksheet on the page a
/// named page whose header repeats the worksheet's title. Every value is a quoted CSS string or a
/// name made here, so the template writes them unescaped into its `<style>` element.
struct PrintStyle {
    let strings: [String: String]
    /// The paper's CSS size, for worksheets printed landscape.
    let paper: String
    /// «Edición del 30 de noviembre de 2026», printed at the foot of every sheet; nil prints nothing.
    let edition: String?
    /// The page number's and the edition's CSS, the same on every page: made once, since making
    /// them for each page was 2.5 % of the 1 000-page corpus's instructions (callgrind).
    private let numberCSS: String
    private let editionCSS: String

    init(strings: [String: String], paper: String, edition: String? = nil) {
        self.strings = strings
        self.paper = paper
        self.edition = edition
        numberCSS = Self.pageNumber(strings["impresion_pagina"] ?? "{pagina} / {paginas}")
        editionCSS = CSSString.quoted(edition ?? "")
    }

    /// Between the parts of a running header.
    var separator: String { strings["impresion_separador"] ?? " · " }

    func make(header: String, sheets: [PrintedSheet] = []) -> [String: Any] {
        [
            "encabezado": CSSString.quoted(header),
            "numero": numberCSS,
            "edicion": editionCSS,
            "tiene_edicion": edition != nil,
            "hojas": sheets.map { sheet -> [String: Any] in
                [
                    "marcador": CSSString.quoted(sheet.marker),
                    "nombre": sheet.pageName,
                    "tamano": sheet.spec.format == .flipchart ? paper + " landscape" : paper,
                    "encabezado": CSSString.quoted(sheet.header(separator: separator)),
                ]
            },
        ]
    }

    /// The running header of a page: its title, then the organization it belongs to unless the
    /// title already names it.
    func header(title: String, organization: String?) -> String {
        guard let organization, !title.contains(organization) else { return title }
        return title + separator + organization
    }

    /// A text such as `Página {pagina} de {paginas}` as a margin box's `content`: quoted pieces
    /// and the page counters.
    static func pageNumber(_ text: String) -> String {
        var tokens: [String] = []
        for (position, piece) in text.components(separatedBy: "{paginas}").enumerated() {
            if position > 0 { tokens.append("counter(pages)") }
            for (inner, literal) in piece.components(separatedBy: "{pagina}").enumerated() {
                if inner > 0 { tokens.append("counter(page)") }
                if !literal.isEmpty { tokens.append(CSSString.quoted(literal)) }
            }
        }
        return tokens.isEmpty ? "\"\"" : tokens.joined(separator: " ")
    }
}
