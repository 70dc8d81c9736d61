import Foundation

/// A file of the built site, as RENDER produces it and EMIT writes it.
public struct OutputFile: Sendable, Equatable {
    public enum Contents: Sendable, Equatable {
        case text(String)
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
