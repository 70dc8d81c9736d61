import Foundation

/// A file of the built site, as RENDER produces it and EMIT writes it.
public struct OutputFile: Sendable, Equatable {
    public enum Contents: Sendable, Equatable {
        case text(String)
        /// Bytes made by the build, written as they are (the search index: tens of megabytes
        /// that would only be checked again as text).
        case bytes([UInt8])
        /// Bytes in pieces written one after another, kept apart so a large file is never
        /// gathered into one more array (the search index).
        case pieces([[UInt8]])
        /// Copied byte for byte from a source file (images, theme assets).
        case copy(URL)
    }

    /// Path relative to the site root, `/`-separated.
    public let path: String
    public let contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }
}
