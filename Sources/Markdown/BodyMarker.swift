import Foundation

/// Marks left in a prepared body where RENDER splices what depends on the rest of the site:
/// `\u{1}`, a kind, an optional number, `\u{2}`. Bodies whose text could make these bytes are
/// not prepared (see `mayAppear`), so every mark found is one the preparation wrote.
enum BodyMarker {
    static let open: UInt8 = 1
    static let close: UInt8 = 2

    enum Kind: UInt8 {
        /// A heading's anchor, numbered as `headings`.
        case heading = 104  // h
        /// Just before a link or image, numbered as `links`: its target follows.
        case link = 97  // a
        /// Inside a link or image without text, numbered as `links`: where filled-in text goes.
        case fill = 102  // f
        /// Running text follows, up to `end`, where a term may be linked with a classed link.
        case text = 116  // t
        /// The same where only a plain link fits (a table cell).
        case plainText = 112  // p
        /// The same where no link fits: mentions there are read but not linked.
        case unlinkableText = 110  // n
        case end = 101  // e
        /// Just before a data block's code block, numbered as the page's blocks: the theme's
        /// drawing of the block replaces it, up to `blockEnd`, unless the block draws nothing.
        case block = 98  // b
        case blockEnd = 113  // q
    }

    static func make(_ kind: Kind, _ number: Int? = nil) -> String {
        "\u{1}" + String(UnicodeScalar(kind.rawValue)) + (number.map(String.init) ?? "") + "\u{2}"
    }

    /// Whether a body's text could put marker bytes in its HTML: written as they are, or as
    /// numeric character references, which cmark decodes.
    static func mayAppear(in text: String) -> Bool {
        var text = text
        // memchr: every page's text goes through here.
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            if memchr(base, Int32(open), bytes.count) != nil || memchr(base, Int32(close), bytes.count) != nil {
                return true
            }
            var offset = 0
            while let found = memchr(base + offset, Int32(UInt8(ascii: "&")), bytes.count - offset) {
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "#") { return true }
            }
            return false
        }
    }
}
