import Diagnostics
import Files
import Foundation
import Model

/// Lists the regular files below a folder, sorted, with paths relative to it.
/// Hidden files and folders (`.git`, `.DS_Store`) are not content.
enum FileTree {
    struct Unreadable: Error {}

    struct Listing: Sendable {
        let files: [String]
        /// Symbolic links that were not followed because they lead outside.
        let refusedLinks: [String]
        /// Files and folders whose names only Linux tells apart from an earlier one's.
        let nameClashes: [(path: String, earlier: String)]

        /// What a build says of the links it did not follow and of the names that clash.
        func problems(displayRoot: String) -> [Diagnostic] {
            refusedLinks.map { FileTree.refusal(of: $0, displayRoot: displayRoot) }
                + nameClashes.map { FileTree.clash($0.path, with: $0.earlier, displayRoot: displayRoot) }
        }
    }

    static func files(in root: URL) throws -> [String] {
        try listing(in: root).files
    }

    static func listing(in root: URL) throws -> Listing {
        let listing = FolderListing(of: root.path, includesHidden: false)
        guard listing.isReadable else { throw Unreadable() }
        // Sorted by bytes, so the earlier of two clashing names is the same on every run.
        let names = (Array(listing.files) + Array(listing.folders)).sorted {
            $0.utf8.lexicographicallyPrecedes($1.utf8)
        }
        var clashes = PortablePath.clashes(names)
        for path in listing.collapsed {
            guard
                let earlier = listing.files.firstIndex(of: path).map({ listing.files[$0] })
                    ?? listing.folders.firstIndex(of: path).map({ listing.folders[$0] })
            else { continue }
            clashes.append((path, earlier))
        }
        return Listing(
            files: listing.files.sorted(), refusedLinks: listing.refusedLinks.sorted(),
            nameClashes: clashes.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) })
    }

    /// What a build says of a link it did not follow.
    static func refusal(of link: String, displayRoot: String) -> Diagnostic {
        .error(
            "enlace-fuera",
            "«\(link)» es un enlace simbólico que lleva fuera de la carpeta (o de vuelta a una carpeta que lo contiene); libro no lo sigue: copia dentro lo que necesites",
            at: SourceLocation(file: "\(displayRoot)/\(link)")
        )
    }

    /// Two names Windows and macOS take for one: one of the two files would be lost there, and
    /// in a zip unpacked there.
    static func clash(_ path: String, with earlier: String, displayRoot: String) -> Diagnostic {
        .error(
            "nombres-que-chocan",
            "«\(path)» y «\(earlier)» se distinguen \(PortablePath.difference(path, earlier)): en Windows y macOS, y en un .zip abierto allí, serían el mismo archivo; cambia el nombre de uno de los dos",
            at: SourceLocation(file: "\(displayRoot)/\(path)", line: 0)
        )
    }
}
