import Link

/// Where each glossary term links from each page. The URL depends only on the page's folder,
/// so each folder's list is made once; a page blanks the terms it defines itself. Made for every
/// page, the lists cost 51 M instructions of a 6.1 G build of the 1 000-page libro-shaped
/// corpus (callgrind).
struct MentionDestinations: Sendable {
    /// Each page's folder, numbered.
    private let folders: [Int]
    /// By folder number, the URL of each term's definition.
    private let byFolder: [[String]]
    /// By page, the glossary entries it defines.
    private let definedOn: [Int: [Int]]

    init(site: LinkedSite) {
        var numbers: [Substring: Int] = [:]
        var firstPaths: [String] = []
        folders = site.pages.map { page in
            let path = page.outputPath
            let folder = path.lastIndex(of: "/").map { path[..<$0] } ?? ""
            if let number = numbers[folder] { return number }
            numbers[folder] = firstPaths.count
            firstPaths.append(path)
            return firstPaths.count - 1
        }
        byFolder = firstPaths.map { here in
            site.glossary.map { entry in
                URLPath.relative(from: here, to: site.pages[entry.page].outputPath) + "#" + entry.anchor
            }
        }
        var defined: [Int: [Int]] = [:]
        for (term, entry) in site.glossary.enumerated() { defined[entry.page, default: []].append(term) }
        definedOn = defined
    }

    /// The destinations from page `index`; terms defined on it are not linked (empty).
    func from(page index: Int) -> [String] {
        guard index < folders.count else { return [] }
        var destinations = byFolder[folders[index]]
        for term in definedOn[index] ?? [] { destinations[term] = "" }
        return destinations
    }
}
