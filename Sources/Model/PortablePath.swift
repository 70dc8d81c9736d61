import Foundation

/// File names as the systems a site is opened on compare them. Linux tells `Guia.md` from
/// `guia.md`, and `café.md` written with a composed `é` from one written `e` + accent, but
/// Windows and macOS take each pair for one file, and a zip unpacked there keeps only one.
public enum PortablePath {
    /// The same for two paths that those systems would take for the same file.
    public static func key(_ path: String) -> String {
        path.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// Why two paths with the same key differ, for a message.
    public static func difference(_ first: String, _ second: String) -> String {
        if first.precomposedStringWithCanonicalMapping == second.precomposedStringWithCanonicalMapping {
            return
                "solo en cómo están escritos sus acentos (en uno van unidos a la letra y en el otro aparte: normalización Unicode)"
        }
        return "solo en mayúsculas y minúsculas"
    }

    /// The paths of `paths` whose key an earlier one already has, each with that earlier one.
    /// Byte-identical repeats are not clashes of names, and are left to the caller.
    public static func clashes(_ paths: [String]) -> [(path: String, earlier: String)] {
        var first: [String: String] = [:]
        var found: [(path: String, earlier: String)] = []
        for path in paths {
            let key = key(path)
            if let earlier = first[key] {
                if !earlier.utf8.elementsEqual(path.utf8) { found.append((path, earlier)) }
            } else {
                first[key] = path
            }
        }
        return found
    }
}
