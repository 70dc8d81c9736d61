import Foundation

/// Reads one worksheet part: the values of its cells (`<sheetData>`) and its merged ranges.
struct WorksheetReader {
    let sheet: String
    let part: String
    let sharedStrings: [String]
    let styles: CellStyles
    let dateSystem: DateSystem

    /// A `<c>` element being read.
    private struct RawCell {
        var reference: CellReference
        var type: String
        var style: Int
        var value: String?
        var formula: String?
        var inline: StringItemText?

        mutating func append(_ text: String, to capture: Capture) {
            switch capture {
            case .value: value = (value ?? "") + text
            case .formula: formula = (formula ?? "") + text
            }
        }

        mutating func finishInlineString() {
            value = inline?.text ?? ""
            inline = nil
        }
    }

    private enum Capture {
        case value
        case formula
    }

    /// Where the reading is: the row and column of the last cell, and the cell being read.
    private struct Position {
        var row = 0
        var column = 0
        var cell: RawCell?
        var capture: Capture?
    }

    func read(_ data: Data) throws(WorkbookProblem) -> [CellReference: CellValue] {
        var tokenizer = XMLTokenizer(data, part: part)
        var cells: [CellReference: CellValue] = [:]
        var merges: [CellRange] = []
        var position = Position()
        while let event = try tokenizer.next() {
            if position.cell?.inline != nil, event != .end("is") {
                position.cell?.inline?.take(event)
                continue
            }
            switch event {
            case .start(let tag):
                if tag.name == "mergeCell", let range = tag.attribute("ref") {
                    guard let merge = CellRange(range) else {
                        throw ReadingProblem.badCell(
                            sheet, "combina las celdas «\(range)», fuera de la cuadrícula de Excel")
                    }
                    merges.append(merge)
                } else {
                    try start(tag, at: &position)
                }
            case .text(let text):
                if let capture = position.capture { position.cell?.append(text, to: capture) }
            case .end(let name):
                switch name {
                case "v", "f": position.capture = nil
                case "is": position.cell?.finishInlineString()
                case "c":
                    if let cell = position.cell, let value = try value(of: cell), value != .text("") {
                        cells[cell.reference] = value
                    }
                    position.cell = nil
                default: continue
                }
            }
        }
        try MergedCells.keepFirstCells(of: merges, in: &cells)
        return cells
    }

    private func start(_ tag: XMLTag, at position: inout Position) throws(WorkbookProblem) {
        switch tag.name {
        case "row":
            let row = tag.attribute("r").map { Int($0) } ?? position.row + 1
            guard let row, (1...CellReference.lastRow).contains(row) else {
                throw ReadingProblem.badCell(
                    sheet, "tiene una fila «\(tag.attribute("r") ?? "")» fuera de la cuadrícula de Excel")
            }
            position.row = row
            position.column = 0
        case "c":
            let reference =
                tag.attribute("r").map { CellReference($0) }
                ?? CellReference(row: max(position.row, 1), column: position.column + 1)
            guard let reference, reference.column <= CellReference.lastColumn else {
                throw ReadingProblem.badCell(
                    sheet,
                    "tiene una celda «\(tag.attribute("r") ?? "")» fuera de la cuadrícula de Excel (columnas A a XFD, filas 1 a 1 048 576)"
                )
            }
            position.column = reference.column
            let style = tag.attribute("s").flatMap { Int($0) } ?? 0
            position.cell = RawCell(reference: reference, type: tag.attribute("t") ?? "n", style: style)
        case "v" where position.cell != nil: position.capture = .value
        case "f" where position.cell != nil: position.capture = .formula
        case "is" where position.cell != nil: position.cell?.inline = StringItemText()
        default: return
        }
    }

    // MARK: - Values

    private func value(of cell: RawCell) throws(WorkbookProblem) -> CellValue? {
        let location = "tiene en la celda \(cell.reference)"
        guard let raw = cell.value, !raw.isEmpty || cell.type == "str" || cell.type == "inlineStr" else {
            return cell.formula.map { .formulaWithoutValue($0) }
        }
        switch cell.type {
        case "s":
            guard let index = Int(raw.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index)
            else { throw ReadingProblem.badCell(sheet, "\(location) un texto compartido que no existe (\(raw))") }
            return .text(sharedStrings[index])
        case "str", "inlineStr":
            return .text(cell.type == "str" ? XStringEscapes.decode(raw) : raw)
        case "b":
            switch raw.trimmingCharacters(in: .whitespaces) {
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            default: throw ReadingProblem.badCell(sheet, "\(location) un valor lógico que no es 0 ni 1 («\(raw)»)")
            }
        case "e":
            return .error(raw)
        case "d":
            guard let value = Self.isoValue(raw) else {
                throw ReadingProblem.badCell(sheet, "\(location) una fecha que no se entiende («\(raw)»)")
            }
            return value
        default:
            guard let number = Double(raw.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                throw ReadingProblem.badCell(sheet, "\(location) un número que no se entiende («\(raw)»)")
            }
            return typed(number, as: styles.kind(cell.style))
        }
    }

    /// A number as its format shows it: a date, a time of day or elapsed time, or the number.
    private func typed(_ number: Double, as kind: NumberFormatKind) -> CellValue {
        // Rounded to the second first, so 23:59:59.9999 is the next midnight as Excel shows it.
        guard number >= 0, number <= Double(SerialDate.largestSerial + 1) else { return .number(number) }
        let seconds = Int((number * 86_400).rounded())
        switch kind {
        case .number:
            return .number(number)
        case .date, .dateTime:
            guard let date = SerialDate.date(fromSerial: seconds / 86_400, in: dateSystem) else {
                return .number(number)
            }
            return .date(year: date.year, month: date.month, day: date.day)
        case .time:
            return .time(minutes: Int((number * 1440).rounded()) % 1440)
        case .duration:
            return .time(minutes: Int((number * 1440).rounded()))
        }
    }

    /// A `t="d"` cell: an ISO 8601 date (its time dropped) or a time of day.
    static func isoValue(_ text: String) -> CellValue? {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard let first = parts.first else { return nil }
        let date = first.split(separator: "-", omittingEmptySubsequences: false).compactMap { Int($0) }
        if date.count == 3, SerialDate.serial(year: date[0], month: date[1], day: date[2]) != nil {
            return .date(year: date[0], month: date[1], day: date[2])
        }
        let time = first.split(separator: ":").prefix(2).compactMap { Int($0) }
        guard parts.count == 1, time.count == 2, (0..<24).contains(time[0]), (0..<60).contains(time[1]) else {
            return nil
        }
        return .time(minutes: time[0] * 60 + time[1])
    }
}
