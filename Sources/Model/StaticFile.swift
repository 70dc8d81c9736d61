/// Everything `content/` holds besides Markdown: files copied as they are (images, PDFs).
public struct StaticFile: Sendable, Equatable {
    /// Path inside `content/`.
    public let path: String

    public init(path: String) {
        self.path = path
    }
}
