/// Why a workbook could not be written, in Spanish, naming the sheet or cell at fault.
enum WritingProblem {
    static let noSheets = WorkbookProblem("un libro de Excel necesita al menos una hoja")

    static let noVisibleSheet = WorkbookProblem("un libro de Excel necesita al menos una hoja visible")

    static func sheetName(_ name: String, _ reason: String) -> WorkbookProblem {
        WorkbookProblem("el nombre de hoja «\(name)» no sirve en Excel: \(reason)")
    }

    static func cell(_ sheet: String, _ cell: CellReference, _ reason: String) -> WorkbookProblem {
        WorkbookProblem("la celda \(cell) de la hoja «\(sheet)» \(reason)")
    }

    static func sheet(_ sheet: String, _ reason: String) -> WorkbookProblem {
        WorkbookProblem("la hoja «\(sheet)» \(reason)")
    }
}
