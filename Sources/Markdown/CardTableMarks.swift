import CCmarkGFM

/// Tables the author asks to show as cards on a phone, by writing the comment `<!-- fichas -->`
/// right above them: the theme's `tabla-fichas` class then stacks each row as a card, and each
/// cell carries its column's heading in `data-etiqueta` (the markup the theme's worksheet and
/// agenda tables already use). A comment keeps the page plain Markdown for any other editor.
enum CardTableMarks {
    /// The class and attribute the theme's stylesheet reads.
    static let className = "tabla-fichas"
    static let labelAttribute = "data-etiqueta"

    /// Whether an HTML block is the marker: one comment saying `fichas`, in any case.
    static func isMarker(_ literal: String) -> Bool {
        let block = literal.trimmingWhitespace()
        guard block.hasPrefix("<!--"), block.hasSuffix("-->"), block.count >= 7 else { return false }
        return block.dropFirst(4).dropLast(3).trimmingWhitespace().lowercased() == "fichas"
    }

    /// What stands where marker `index` was until the HTML is written: markup, so no escaped
    /// text can make it.
    static func placeholder(_ index: Int) -> String {
        "<!--libro:fichas:\(index)-->"
    }

    /// Swaps each marker followed by a table for a placeholder, and drops the others (a comment
    /// has nothing to show). Returns the tables' column headings, in the placeholders' order, and
    /// where the markers without a table were.
    static func apply(to markers: [OpaquePointer], memory: UnsafeMutablePointer<cmark_mem>)
        -> (labels: [[String]], stray: [SourcePosition])
    {
        var labels: [[String]] = []
        var stray: [SourcePosition] = []
        for marker in markers {
            let next = cmark_node_next(marker)
            if let table = next, typeName(of: table) == "table",
                let placeholder = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, memory)
            {
                cmark_node_set_on_enter(placeholder, Self.placeholder(labels.count))
                cmark_node_set_on_exit(placeholder, "")
                cmark_node_replace(marker, placeholder)
                labels.append(headings(of: table))
            } else {
                stray.append(
                    SourcePosition(
                        line: Int(cmark_node_get_start_line(marker)),
                        byteColumn: Int(cmark_node_get_start_column(marker))))
                cmark_node_unlink(marker)
            }
            // An HTML block owns its text and has no children: nothing points into it.
            cmark_node_free(marker)
        }
        return (labels, stray)
    }

    /// The text of each cell of the table's header row (inline markup dropped).
    private static func headings(of table: OpaquePointer) -> [String] {
        var headings: [String] = []
        var cell = cmark_node_first_child(table).flatMap(cmark_node_first_child)
        while let node = cell {
            headings.append(TreeScan.plainText(of: node).trimmingWhitespace())
            cell = cmark_node_next(node)
        }
        return headings
    }

    /// Table nodes belong to the table extension, whose type values are not in its header.
    private static func typeName(of node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }
}

extension StringProtocol {
    fileprivate func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
