import Diagnostics
import Model
import Spreadsheet

/// One cell of a workbook read against its field: the same checks and messages as a CSV cell,
/// after the spreadsheet's own types (dates, times, numbers, booleans) are written as libro
/// writes them in text.
enum WorkbookCell {
    /// The cell as text: dates `AAAA-MM-DD`, times `HH:MM`, whole numbers without decimals.
    static func text(_ value: CellValue) -> String {
        switch value {
        case .text(let text): text
        case .number(let number):
            number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .date(let year, let month, let day):
            CalendarDate(year: year, month: month, day: day)?.iso ?? "\(year)-\(month)-\(day)"
        case .time(let minutes): DurationText.clock(minutes: minutes)
        case .error(let error): error
        case .formulaWithoutValue(let formula): "=" + formula
        }
    }

    /// The value of a field from its cell; nil, with the problem reported, when it is not valid.
    static func decode(
        _ value: CellValue, as field: DataField, at location: SourceLocation, diagnostics: inout DiagnosticList
    ) -> DataValue? {
        if let problem = problem(value, at: location) {
            diagnostics.append(problem)
            return nil
        }
        let text = self.text(value)
        switch field.schema {
        case .list(let item):
            var items: [DataValue] = []
            for line in lines(text) {
                guard let item = scalar(line, as: item, key: field.name, at: location, &diagnostics) else { continue }
                items.append(item)
            }
            return .list(items)
        case .tally:
            return tally(text, key: field.name, at: location, &diagnostics)
        default:
            return scalar(text, as: field.schema, key: field.name, at: location, &diagnostics)
        }
    }

    /// Errors a spreadsheet stores in place of a value.
    private static func problem(_ value: CellValue, at location: SourceLocation) -> Diagnostic? {
        switch value {
        case .error(let error):
            .error(
                "celda-con-error",
                "la celda muestra el error «\(error)» de una fórmula; corrige la fórmula o escribe el valor",
                at: location)
        case .formulaWithoutValue(let formula):
            .error(
                "formula-sin-valor",
                "la celda tiene la fórmula «=\(formula)» sin su resultado guardado (el programa que escribió el archivo no lo calculó); abre el archivo en Excel, LibreOffice o Google Sheets y guárdalo de nuevo",
                at: location)
        default: nil
        }
    }

    /// A list's values, one per line of the cell.
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func scalar(
        _ text: String, as schema: DataSchema, key: String, at location: SourceLocation,
        _ diagnostics: inout DiagnosticList
    ) -> DataValue? {
        switch ScalarDecoder.decode(text, as: schema, key: key, at: location) {
        case .success(let value): return value
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        }
    }

    /// `id: número` lines.
    private static func tally(
        _ text: String, key: String, at location: SourceLocation, _ diagnostics: inout DiagnosticList
    ) -> DataValue {
        var record = DataRecord(location: location)
        for line in lines(text) {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let count = Int(parts[1]), (0...999).contains(count) else {
                diagnostics.append(
                    .error(
                        "tipo-no-valido",
                        "«\(line)» no es un conteo: escribe una línea por id, como `mi-id: 3`", at: location))
                continue
            }
            record.fields[parts[0]] = .number(count)
            record.locations[parts[0]] = location
        }
        return .record(record)
    }
}
