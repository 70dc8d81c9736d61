import Diagnostics
import Model

/// Folders as sections: which page is each folder's own (`_index.md`) and what it holds, ordered
/// by `orden`, then by name.
struct ContentTree {
    enum Child: Equatable {
        case page(Int)
        case section(String)
    }

    /// The home page (`index.md`), index into the pages.
    private(set) var home: Int?
    /// Each folder's `_index.md`, by folder path (`guia`, `libro/capitulo-3`).
    private(set) var sectionPages: [String: Int] = [:]
    private var pagesByFolder: [String: [Int]] = [:]
    private var subfolders: [String: Set<String>] = [:]
    private let pages: [SourcePage]

    /// - Parameter foldersAreSections: false when `SUMMARY.md` nests the pages instead, and a
    ///   folder needs no `_index.md`.
    init(pages: [SourcePage], displayRoot: String, foldersAreSections: Bool = true, diagnostics: inout DiagnosticList) {
        self.pages = pages
        for (index, page) in pages.enumerated() {
            let folder = Self.folder(of: page.path)
            if page.isHome {
                home = index
            } else if page.isSectionIndex && folder.isEmpty {
                diagnostics.append(
                    .error(
                        "indice-en-la-raiz",
                        "la carpeta de contenido no lleva `_index.md`: su página es `index.md`, la de inicio; cambia el nombre del archivo",
                        at: page.location
                    )
                )
            } else if page.isSectionIndex {
                sectionPages[folder] = index
            } else {
                pagesByFolder[folder, default: []].append(index)
            }
            // Every folder up the chain is a section of its parent.
            var child = folder
            while !child.isEmpty {
                let parent = Self.folder(of: child)
                subfolders[parent, default: []].insert(child)
                child = parent
            }
        }
        if home == nil {
            // mdBook writes a book's `README.md` as its `index.html`; libro reads `index.md`.
            let how =
                foldersAreSections
                ? "crea `index.md` en la carpeta de contenido, con su `titulo`"
                : "crea `index.md` en la carpeta de contenido, o cambia el nombre de la página de entrada del libro (`README.md` en mdBook) a `index.md` y corrígelo en SUMMARY.md"
            diagnostics.append(
                .error(
                    "sin-inicio", "falta la página de inicio: \(how)",
                    at: SourceLocation(file: "\(displayRoot)/index.md"))
            )
        }
        guard foldersAreSections else { return }
        for folder in subfolders.values.flatMap({ $0 }).sorted() where sectionPages[folder] == nil {
            let firstPage = pages.first { $0.path.hasPrefix(folder + "/") }
            diagnostics.append(
                .error(
                    "seccion-sin-indice",
                    "la carpeta «\(folder)» es una sección pero no tiene `_index.md`; créalo con el `titulo` de la sección",
                    at: firstPage?.location ?? SourceLocation(file: "\(displayRoot)/\(folder)")
                )
            )
        }
    }

    /// What a folder holds, in reading order. Sections without `_index.md` are left out.
    func children(of folder: String) -> [Child] {
        var children: [(order: Int, name: String, child: Child)] = []
        for page in pagesByFolder[folder] ?? [] {
            children.append((pages[page].frontMatter.order ?? Int.max, Self.name(of: pages[page].path), .page(page)))
        }
        for subfolder in subfolders[folder] ?? [] {
            guard let index = sectionPages[subfolder] else { continue }
            children.append((pages[index].frontMatter.order ?? Int.max, Self.name(of: subfolder), .section(subfolder)))
        }
        return children.sorted { ($0.order, $0.name) < ($1.order, $1.name) }.map(\.child)
    }

    // Paths are searched as bytes: `/` is ASCII, and searching by Character is much slower.
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    static func name(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }
}
