/// A rectangle of cells, `A1:C2` (or a single cell, `B4`).
struct CellRange: Equatable {
    var first: CellReference
    var last: CellReference

    init?(_ text: String) {
        let ends = text.split(separator: ":", omittingEmptySubsequences: false)
        guard ends.count <= 2, let first = ends.first.flatMap({ CellReference(String($0)) }),
            let last = ends.last.flatMap({ CellReference(String($0)) })
        else { return nil }
        self.first = CellReference(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellReference(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    var cellCount: Int { (last.row - first.row + 1) * (last.column - first.column + 1) }

    func contains(_ cell: CellReference) -> Bool {
        (first.row...last.row).contains(cell.row) && (first.column...last.column).contains(cell.column)
    }
}

/// Merged cells show the value of their top-left cell; whatever the others hold is hidden.
enum MergedCells {
    /// How many cells the merges of one sheet may look at: far more than a real sheet needs,
    /// few enough that a file with thousands of sheet-wide merges is refused in a second.
    static let budget = 20_000_000

    static func keepFirstCells(
        of merges: [CellRange], in cells: inout [CellReference: CellValue], budget: Int = budget
    ) throws(WorkbookProblem) {
        var budget = budget
        for merge in merges {
            // Each merge looks at its own cells or at every cell with a value, whichever is fewer.
            budget -= min(merge.cellCount, cells.count)
            guard budget >= 0 else { throw ReadingProblem.tooManyMergedCells }
            if merge.cellCount <= cells.count {
                for row in merge.first.row...merge.last.row {
                    for column in merge.first.column...merge.last.column
                    where (row, column) != (merge.first.row, merge.first.column) {
                        cells[CellReference(row: row, column: column)] = nil
                    }
                }
            } else {
                for cell in cells.keys where cell != merge.first && merge.contains(cell) { cells[cell] = nil }
            }
        }
    }
}
