import Diagnostics
import Foundation

/// Lists the regular files below a folder, sorted, with paths relative to it.
/// Hidden files and folders (`.git`, `.DS_Store`) are not content.
enum FileTree {
    struct Unreadable: Error {}

    static func files(in root: URL) throws -> [String] {
        try listing(in: root).files
    }

    /// The files, and the symbolic links that were not followed because they lead outside.
    static func listing(in root: URL) throws -> (files: [String], refusedLinks: [String]) {
        let listing = FolderListing(of: root.path, includesHidden: false)
        guard listing.isReadable else { throw Unreadable() }
        return (listing.files.sorted(), listing.refusedLinks.sorted())
    }

    /// What a build says of a link it did not follow.
    static func refusal(of link: String, displayRoot: String) -> Diagnostic {
        .error(
            "enlace-fuera",
            "«\(link)» es un enlace simbólico que lleva fuera de la carpeta (o de vuelta a una carpeta que lo contiene); libro no lo sigue: copia dentro lo que necesites",
            at: SourceLocation(file: "\(displayRoot)/\(link)")
        )
    }
}
