/// What a link may point at, for Markdown links and for the raw HTML a package may allow alike.
/// A link leaves the site only with a scheme (`https:`, `mailto:`); paths starting with `/` or
/// `//` would lead elsewhere once the site is opened from a folder or another server, and some
/// schemes run code or carry a whole file in the link.
public enum LinkTargetRules {
    /// Schemes that run code or carry a whole file in the link, whatever their case and
    /// however they are padded (browsers ignore leading spaces, tabs and line breaks).
    public static let refusedSchemes: Set<String> = ["javascript", "vbscript", "data", "file"]

    public static func refusedScheme(of destination: String) -> String? {
        // Most targets start with a letter no refused scheme starts with (`ref:`, `https:`, a path).
        if let first = destination.utf8.first, first > 0x20,
            !"jvdfJVDF".utf8.contains(first)
        {
            return nil
        }
        // Read as bytes, since it runs for every link: spaces and control characters before the
        // scheme are skipped, tabs and line breaks inside it dropped, letters lowered.
        var scheme: [UInt8] = []
        var started = false
        for byte in destination.utf8 {
            switch byte {
            case UInt8(ascii: ":"):
                return started ? refusedSchemes.first { $0.utf8.elementsEqual(scheme) } : nil
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                continue
            case 0...0x20 where !started:
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                started = true
                scheme.append(byte | 0x20)
                if scheme.count > 10 { return nil }
            default:
                return nil
            }
        }
        return nil
    }

    /// Where a target starting with a slash leads, as a browser reads it: spaces and control
    /// characters before it skipped, tabs and line breaks dropped, `\` taken for `/`.
    public enum Rooted: Equatable, Sendable {
        /// `/guia/a.html`: the root of whatever server, or of the disk.
        case root
        /// `//ejemplo.org/x`: another site, with the scheme of the page (`file:` from a folder).
        case network
    }

    public static func rooted(_ destination: String) -> Rooted? {
        var slashes = 0
        for byte in destination.utf8 {
            switch byte {
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): continue
            case 0...0x20 where slashes == 0: continue
            case UInt8(ascii: "/"), UInt8(ascii: "\\"):
                slashes += 1
                if slashes == 2 { return .network }
            default:
                return slashes == 1 ? .root : nil
            }
        }
        return slashes == 1 ? .root : nil
    }
}
