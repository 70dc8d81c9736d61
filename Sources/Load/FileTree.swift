import Foundation

/// Lists the regular files below a folder, sorted, with paths relative to it.
/// Hidden files and folders (`.git`, `.DS_Store`) are not content.
enum FileTree {
    static func files(in root: URL) throws -> [String] {
        var found: [String] = []
        try collect(root, prefix: "", into: &found)
        return found.sorted()
    }

    private static func collect(_ folder: URL, prefix: String, into found: inout [String]) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        for name in names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let values = try url.resourceValues(forKeys: [.isDirectoryKey, .isRegularFileKey])
            if values.isDirectory == true {
                try collect(url, prefix: prefix + name + "/", into: &found)
            } else if values.isRegularFile == true {
                found.append(prefix + name)
            }
        }
    }
}
