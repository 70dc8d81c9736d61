/// What one paragraph holds that makes cmark-gfm's work on it grow faster than its text. A
/// "paragraph" here runs from one sure paragraph end to the next (a blank line, a heading, a new
/// list item), so it holds at least one of cmark's; a table's rows are counted together too.
struct ParagraphCounts {
    /// Lines read so far.
    var lines = 0
    /// Runs of `*`, `_` or `~` that may open or close emphasis: every run but an escaped mark and
    /// `_` between two letters or digits, which cmark never stacks.
    var emphasisMarks = 0
    /// `![`, whether or not cmark reads an image there.
    var images = 0
    /// `]` not escaped.
    var closers = 0
    var atSigns = 0
    /// Lines shaped like a table's separator row after the first line.
    var separatorRows = 0
    /// Cells of the line before, as `|` plus one: the header of a table that the next line may open.
    var previousCells = 0
    /// The first line's list item when ordered, whose next items end the paragraph.
    var firstOrdered: (indent: Int, delimiter: UInt8)?
}
