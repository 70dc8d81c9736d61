import Diagnostics
import Foundation
import Model

/// LINK for the glossary: one entry per `termino` block, each written form leading to one term.
enum GlossaryBuilder {
    static func entries(
        pages: [LinkedPage],
        sources: [SourcePage],
        diagnostics: inout DiagnosticList
    ) -> [GlossaryEntry] {
        var entries: [GlossaryEntry] = []
        var owners: [String: (term: String, location: SourceLocation)] = [:]
        for (index, page) in pages.enumerated() {
            let source = sources[page.source]
            for block in source.blocks {
                guard case .term(let spec) = block.content, let heading = block.heading else { continue }
                let term = source.headings[heading].text
                let entry = GlossaryEntry(
                    term: term,
                    page: index,
                    anchor: page.anchors[heading],
                    forms: unique([term] + spec.variants),
                    exactForms: unique(spec.acronyms)
                )
                // Acronyms match exactly, so `OSC` and `osc` are different forms.
                let claimed = entry.forms.map { $0.lowercased() } + entry.exactForms
                for form in Set(claimed).sorted() {
                    if let owner = owners[form] {
                        diagnostics.append(
                            .error(
                                "termino-repetido",
                                "«\(form)» ya lleva al término «\(owner.term)» (\(owner.location)); cada forma escrita lleva a un solo término",
                                at: block.location
                            )
                        )
                    } else {
                        owners[form] = (term, block.location)
                    }
                }
                entries.append(entry)
            }
        }
        return entries
    }

    private static func unique(_ forms: [String]) -> [String] {
        var seen: Set<String> = []
        return forms.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
