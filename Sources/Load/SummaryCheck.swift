import Diagnostics
import Model

/// What `SUMMARY.md` says checked against the pages there are: a listed file that is missing
/// is an error where `SUMMARY.md` names it, a page it leaves out a warning on that page.
enum SummaryCheck {
    static func check(
        _ summary: BookSummary, pages: [String], displayRoot: String, diagnostics: inout DiagnosticList
    ) {
        let existing = Set(pages)
        var listed: [String: SourceLocation] = [:]
        // Each suggestion compares the name with every page: only the first few missing get one.
        var suggestions = 20
        for chapter in summary.allChapters {
            guard let path = chapter.path else { continue }
            if let first = listed[path] {
                diagnostics.append(
                    .error(
                        "sumario-repetido",
                        "SUMMARY.md ya nombra «\(path)» en la línea \(first.line); cada página va una sola vez en el índice",
                        at: chapter.location))
                continue
            }
            listed[path] = chapter.location
            guard !existing.contains(path) else { continue }
            suggestions -= 1
            let suggestion = suggestions >= 0 ? Suggestion.phrase(for: path, in: pages) : ""
            diagnostics.append(
                .error(
                    "sumario-archivo-no-encontrado",
                    "SUMMARY.md nombra «\(path)», que no existe en la carpeta de contenido\(suggestion); crea el archivo o corrige el nombre (un capítulo que aún no se escribe va sin archivo: `- [Título]()`)",
                    at: chapter.location))
        }
        // The home page is the start of every site, listed or not.
        for path in pages where listed[path] == nil && path != "index.md" {
            diagnostics.append(
                .warning(
                    "fuera-del-sumario",
                    "SUMMARY.md no nombra esta página: va al final del índice, sin número; añádela a SUMMARY.md donde corresponda",
                    at: SourceLocation(file: "\(displayRoot)/\(path)")))
        }
    }

    /// The title `SUMMARY.md` gives each page it lists, for pages with no title of their own.
    static func titles(_ summary: BookSummary) -> [String: String] {
        var titles: [String: String] = [:]
        for chapter in summary.allChapters {
            if let path = chapter.path, titles[path] == nil, !chapter.title.isEmpty { titles[path] = chapter.title }
        }
        return titles
    }
}
