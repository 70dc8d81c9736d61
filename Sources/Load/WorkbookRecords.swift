import Diagnostics
import Model
import Spreadsheet

/// An organization's data files read from its workbook, laid out as `WorkbookPlan` says: the
/// same records the YAML and CSV files would give, each value located at its cell.
struct WorkbookRecords {
    let plan: WorkbookPlan
    let method: OrganizationMethod
    /// How messages name the workbook: `content/organizaciones/x/organizacion.xlsx`.
    let file: String

    func read(_ workbook: Workbook, diagnostics: inout DiagnosticList) -> [DataFileRecords] {
        reportUnknownSheets(workbook, &diagnostics)
        var tables: [String: WorkbookSheetRows] = [:]
        for sheetPlan in plan.sheets {
            guard let sheet = workbook.sheet(named: sheetPlan.name), !sheet.hidden else { continue }
            tables[sheetPlan.name] = WorkbookSheetRows.read(
                sheet, plan: sheetPlan, namesParent: plan.namesParent(sheetPlan), file: file,
                diagnostics: &diagnostics)
        }
        var builder = WorkbookRecordBuilder(plan: plan, tables: tables)
        return method.files.compactMap { spec in
            guard let sheetPlan = plan.sheets.first(where: { $0.file == spec.name && $0.parent == nil }) else {
                return nil
            }
            guard let table = tables[sheetPlan.name] else {
                if spec.required {
                    diagnostics.append(
                        .error(
                            "falta-hoja",
                            "el libro no tiene la hoja «\(sheetPlan.name)», que es obligatoria; agrégala (la plantilla de `libro nuevo organizacion --excel` la tiene)",
                            at: SourceLocation(file: file, line: 0)))
                }
                return DataFileRecords(name: spec.name, single: sheetPlan.single)
            }
            return builder.file(spec, table: table, diagnostics: &diagnostics)
        }
    }

    private func reportUnknownSheets(_ workbook: Workbook, _ diagnostics: inout DiagnosticList) {
        let known = plan.sheets.map(\.name)
        for sheet in workbook.sheets where !sheet.hidden && sheet.name != WorkbookPlan.instructions {
            guard !known.contains(sheet.name) else { continue }
            diagnostics.append(
                .error(
                    "hoja-desconocida",
                    "libro no sabe qué hacer con la hoja «\(sheet.name)»\(Suggestion.phrase(for: sheet.name, in: known)) (hojas válidas: \(known.joined(separator: ", "))); bórrala u ocúltala si es tuya",
                    at: SourceLocation(file: file, sheet: sheet.name, row: 0, column: 0)))
        }
    }
}
