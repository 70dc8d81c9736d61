import Load
import Model

/// Everything DERIVE reads, and nothing else: the organizations' data, the package's method, the
/// worksheets and cartas among the pages, and the theme (its templates and strings). Two builds
/// with equal inputs derive the same pages, so `libro servir` takes the previous result when a
/// page's prose is all that changed.
public struct DeriveInputs: Equatable, Sendable {
    let organizations: [Organization]
    let method: PackageMethod
    let worksheets: [Worksheet]
    /// Session number → id of the page whose carta it is.
    let cartas: [Int: String]
    let theme: LoadedTheme
    let displayRoot: String

    public init(content: LoadedContent, organizations: [Organization], theme: LoadedTheme) {
        self.organizations = organizations
        method = content.method
        worksheets = content.pages.compactMap(Worksheet.init(page:))
        cartas = Self.cartaPages(content.pages)
        self.theme = theme
        displayRoot = content.displayRoot
    }

    private static func cartaPages(_ pages: [SourcePage]) -> [Int: String] {
        var cartas: [Int: String] = [:]
        for page in pages {
            for block in page.blocks {
                if case .carta(let header) = block.content, let session = header.session, cartas[session] == nil {
                    cartas[session] = page.id
                }
            }
        }
        return cartas
    }
}
