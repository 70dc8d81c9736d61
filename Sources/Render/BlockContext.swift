import Link
import Model

/// The template and values for each data block of a page.
enum BlockContext {
    /// The template that draws `block`, and what it sees; nil leaves the block out of the page.
    static func make(
        _ block: PageBlock,
        index: Int,
        page: LinkedPage
    ) -> (template: String, context: [String: Any])? {
        switch block.content {
        case .carta:
            guard let carta = page.carta, carta.block == index else { return nil }
            return ("bloques/carta", ["carta": CartaContext.make(carta)])
        case .activity, .pause:
            guard let carta = page.carta, let row = carta.rows.first(where: { $0.block == index }) else { return nil }
            let template = block.content.isActivity ? "bloques/actividad" : "bloques/receso"
            return (template, ["fila": CartaContext.row(row, start: carta.header.startMinute)])
        case .term(let term):
            return (
                "bloques/termino",
                [
                    "variantes": term.variants,
                    "tiene_variantes": !term.variants.isEmpty,
                    "siglas": term.acronyms,
                    "tiene_siglas": !term.acronyms.isEmpty,
                ]
            )
        case .references(let references):
            return ("bloques/referencias", ["referencias": references.map(reference)])
        }
    }

    private static func reference(_ reference: Reference) -> [String: Any] {
        [
            "autores": reference.authors ?? "",
            "tiene_autores": reference.authors != nil,
            "anio": reference.year ?? "",
            "tiene_anio": reference.year != nil,
            "titulo": reference.title ?? "",
            "tiene_titulo": reference.title != nil,
            "publicacion": reference.publication ?? "",
            "tiene_publicacion": reference.publication != nil,
            "url": reference.url ?? "",
            "tiene_url": reference.url != nil,
            "nota": reference.note ?? "",
            "tiene_nota": reference.note != nil,
        ]
    }
}

extension PageBlock.Content {
    fileprivate var isActivity: Bool {
        if case .activity = self { return true }
        return false
    }
}
