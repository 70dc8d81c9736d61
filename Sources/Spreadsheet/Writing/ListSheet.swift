/// The hidden sheet that holds the values of the drop-down lists, one column for each distinct
/// list. A list validation points at its column (`listas!$A$1:$A$3`) rather than spelling the
/// values in the formula (`"a,b,c"`), which breaks on values with commas or quotes and stops at
/// 255 characters.
struct ListSheet {
    static let preferredName = "listas"

    /// `listas`, or `listas_2`… when a sheet of the workbook already has that name.
    let name: String
    private var columns: [[String]] = []
    /// Keyed by exact bytes, as in `SharedStringTable`.
    private var columnOfList: [[[UInt8]]: Int] = [:]

    init(avoiding names: [String]) {
        let taken = Set(names.map(SheetNames.key))
        var name = Self.preferredName
        var suffix = 2
        while taken.contains(SheetNames.key(name)) {
            name = "\(Self.preferredName)_\(suffix)"
            suffix += 1
        }
        self.name = name
    }

    var isEmpty: Bool { columns.isEmpty }

    /// The absolute range that holds `values`, added as a new column unless an earlier list had
    /// the same values.
    mutating func source(for values: [String], in sheet: String) throws(WorkbookProblem) -> String {
        guard !values.isEmpty else { throw WritingProblem.sheet(sheet, "pide una lista desplegable sin valores") }
        guard values.count <= CellReference.lastRow else {
            throw WritingProblem.sheet(sheet, "pide una lista de más de 1 048 576 valores")
        }
        let key = values.map { Array($0.utf8) }
        let column: Int
        if let existing = columnOfList[key] {
            column = existing
        } else {
            guard columns.count < CellReference.lastColumn else {
                throw WritingProblem.sheet(sheet, "pide más listas distintas de las que caben en una hoja")
            }
            columns.append(values)
            column = columns.count
            columnOfList[key] = column
        }
        let letters = CellReference.letters(column)
        return "\(name)!$\(letters)$1:$\(letters)$\(values.count)"
    }

    /// The sheet itself: hidden, each list down its column.
    var layout: SheetLayout {
        let height = columns.map(\.count).max() ?? 0
        let rows = (0..<height).map { row in
            columns.map { values in row < values.count ? WrittenCell.text(values[row]) : nil }
        }
        var layout = SheetLayout(name: name, rows: rows)
        layout.hidden = true
        return layout
    }
}
