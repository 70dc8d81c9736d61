// Fuzz target: one page of `content/`, front matter and body, through everything LOAD does with it
// (front-matter splitting, YAML against the schema, cmark, data blocks). See Tests/Fuzz/run.sh.
import Diagnostics
import Foundation
import FuzzDriver
import Load
import Markdown

private func run(_ data: Data) {
    // Read as LOAD reads a file; what it refuses goes no further.
    guard case .success(let text) = TextDecoding.decode(data, displayPath: "content/pagina.md") else { return }
    // As a plain page in safe mode, and as a section's `_index.md` (which may set `numeracion`)
    // with raw HTML allowed: the two paths the loader treats differently.
    for (path, rawHTML) in [("hojas/pagina.md", false), ("hojas/_index.md", true)] {
        var diagnostics = DiagnosticList()
        guard
            let (page, body) = GeneratedPageLoader.load(
                path: path,
                text: text,
                displayRoot: "content",
                options: MarkdownOptions(allowsRawHTML: rawHTML),
                diagnostics: &diagnostics
            )
        else { continue }
        // Touch what later steps read, so nothing the loader made goes unchecked by ASan.
        _ = (page.id, page.headings.count, page.links.count, page.blocks.count, body.text.utf8.count)
        _ = diagnostics.sorted.map(\.description)
    }
}

@main
enum Fuzzer {
    static func main() throws { try FuzzDriver.run(run) }
}
