import CCmarkGFM
import Foundation

/// The GFM extensions every document is parsed with.
enum SyntaxExtensions {
    static let names = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    /// Registered once per process: cmark keeps a global registry that is not thread-safe to fill.
    /// The extensions are immutable once registered, so sharing their pointers is safe.
    nonisolated(unsafe) static let registered: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return names.compactMap { name in
            cmark_find_syntax_extension(name)
        }
    }()

    /// cmark-gfm adds the extensions' special characters to a process-wide table while it parses
    /// inlines and removes them afterwards, so two parsers at once break each other's `~~`.
    /// Parsing holds this lock; rendering does not need it.
    static let parsing = NSLock()
}
