import Foundation

/// What a written sheet holds: rows of values, how it is shown and which cells offer a list.
public struct SheetLayout: Sendable, Equatable {
    public var name: String
    public var hidden = false
    /// Rows from the first; `nil` leaves a cell empty.
    public var rows: [[WrittenCell?]]
    /// Rows at the top shown in bold and kept in view while scrolling (0: none).
    public var headerRows = 0
    /// Each column's width in characters, from the first; columns after the last keep the default.
    public var columnWidths: [Double] = []
    /// Drop-down lists: the cells of `column` from `firstRow` to `lastRow` offer `values`.
    public var validations: [ListValidation] = []

    public init(name: String, rows: [[WrittenCell?]]) {
        self.name = name
        self.rows = rows
    }
}

public enum WrittenCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    case date(year: Int, month: Int, day: Int)
    case time(minutes: Int)
}

public struct ListValidation: Sendable, Equatable {
    public var column: Int
    public var firstRow: Int
    public var lastRow: Int
    public var values: [String]

    public init(column: Int, firstRow: Int, lastRow: Int, values: [String]) {
        self.column = column
        self.firstRow = firstRow
        self.lastRow = lastRow
        self.values = values
    }
}

/// Writes an `.xlsx` file Excel opens without repairs: parts and elements in the order
/// ECMA-376 requires. The same sheets give the same bytes.
public enum WorkbookWriter {
    public static func write(_ sheets: [SheetLayout]) throws(WorkbookProblem) -> Data {
        guard !sheets.isEmpty else { throw WritingProblem.noSheets }
        var names = Set<String>()
        for sheet in sheets {
            try SheetNames.check(sheet.name)
            guard names.insert(SheetNames.key(sheet.name)).inserted else {
                throw WritingProblem.sheetName(sheet.name, "otra hoja ya se llama así (Excel no distingue mayúsculas)")
            }
        }
        guard let active = sheets.firstIndex(where: { !$0.hidden }) else { throw WritingProblem.noVisibleSheet }
        var lists = ListSheet(avoiding: sheets.map(\.name))
        var worksheets: [WorksheetPart] = []
        for (index, sheet) in sheets.enumerated() {
            var sources: [String] = []
            for validation in sheet.validations {
                sources.append(try lists.source(for: validation.values, in: sheet.name))
            }
            worksheets.append(WorksheetPart(layout: sheet, listSources: sources, selected: index == active))
        }
        if !lists.isEmpty { worksheets.append(WorksheetPart(layout: lists.layout, listSources: [], selected: false)) }
        var strings = SharedStringTable()
        var sheetParts: [(path: String, text: String)] = []
        for (index, worksheet) in worksheets.enumerated() {
            sheetParts.append((path: "xl/worksheets/sheet\(index + 1).xml", text: try worksheet.xml(strings: &strings)))
        }
        let count = worksheets.count
        return try ZipPackage.zip(
            [
                (path: "[Content_Types].xml", text: PackageTexts.contentTypes(sheetCount: count)),
                (path: "_rels/.rels", text: PackageTexts.packageRelationships),
                (path: "xl/workbook.xml", text: PackageTexts.workbook(worksheets.map(\.layout), active: active)),
                (path: "xl/_rels/workbook.xml.rels", text: PackageTexts.workbookRelationships(sheetCount: count)),
            ] + sheetParts + [
                (path: "xl/styles.xml", text: StylesPart.xml),
                (path: "xl/sharedStrings.xml", text: strings.xml),
                (path: "docProps/core.xml", text: PackageTexts.coreProperties),
                (path: "docProps/app.xml", text: PackageTexts.appProperties),
            ])
    }
}
