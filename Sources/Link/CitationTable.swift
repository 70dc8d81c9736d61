import Diagnostics
import Model

/// The references of every `referencias` block that have a `clave`, so a citation can link to its
/// entry: `[Covey, 1989](cita:covey-1989)`.
struct CitationTable {
    /// The link scheme of citations.
    static let scheme = "cita:"

    struct Entry {
        let page: Int
        let reference: Reference
        /// The entry's id on its page: `cita_` and the key, with a `_` no heading anchor holds.
        var anchor: String { Self.anchor(for: reference.key ?? "") }

        static func anchor(for key: String) -> String { "cita_\(key)" }
    }

    private(set) var entries: [String: Entry] = [:]

    /// Built from the linked pages' blocks; a key used twice is an error at the second.
    init(pages: [LinkedPage], sources: [SourcePage], diagnostics: inout DiagnosticList) {
        for (index, page) in pages.enumerated() {
            for block in page.blocks {
                guard case .references(let references) = block.content else { continue }
                for reference in references {
                    guard let key = reference.key else { continue }
                    if let first = entries[key] {
                        diagnostics.append(
                            .error(
                                "cita-duplicada",
                                "la clave «\(key)» ya la tiene otra referencia (\(first.reference.keyLocation?.description ?? "")); cada referencia necesita una clave propia",
                                at: reference.keyLocation ?? sources[page.source].location))
                    } else {
                        entries[key] = Entry(page: index, reference: reference)
                    }
                }
            }
        }
    }

    /// The text a citation written without one gets: `Covey (1989)`.
    static func fill(for reference: Reference) -> String {
        let who = reference.authors ?? reference.title ?? ""
        return reference.year.map { "\(who) (\($0))" } ?? who
    }
}
