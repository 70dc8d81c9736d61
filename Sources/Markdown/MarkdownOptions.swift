import CCmarkGFM

/// How Markdown is parsed and rendered. Safe by default: raw HTML is dropped.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML blocks and inlines through (GFM's tag filter still disarms `<script>` and friends).
    public var allowsRawHTML: Bool

    public init(allowsRawHTML: Bool = false) {
        self.allowsRawHTML = allowsRawHTML
    }

    var cmarkOptions: Int32 {
        // Footnotes (`[^1]`) as GitHub and mdBook read them; without the option a note's
        // definition reads as a link to a file named after its text.
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
        if allowsRawHTML { options |= CMARK_OPT_UNSAFE }
        return options
    }
}
