import Foundation

/// Reads an `.xlsx` file (Office Open XML, as Excel, LibreOffice and Google Sheets save it).
public enum WorkbookReader {
    public static func read(_ data: Data) throws(WorkbookProblem) -> Workbook {
        try read(data, limits: .standard)
    }

    /// Reads with other caps on what the package may inflate to (tests use small ones).
    static func read(_ data: Data, limits: PackageParts.Limits) throws(WorkbookProblem) -> Workbook {
        let parts = try PackageParts(data, limits: limits)
        let workbookPart = try mainPart(of: parts)
        let index = try WorkbookIndex(try parts.require(workbookPart), part: workbookPart)
        let relationshipsPart = Relationships.partPath(for: workbookPart)
        let relationships = try Relationships.read(
            try parts.require(relationshipsPart), part: relationshipsPart, source: workbookPart)
        let sharedStrings = try relationships.first { $0.isOfType("sharedStrings") }.flatMap {
            (relationship) throws(WorkbookProblem) in
            try parts.read(relationship.target).map { (data) throws(WorkbookProblem) in
                try SharedStrings.read(data, part: relationship.target)
            }
        }
        let styles = try relationships.first { $0.isOfType("styles") }.flatMap {
            (relationship) throws(WorkbookProblem) in
            try parts.read(relationship.target).map { (data) throws(WorkbookProblem) in
                try CellStyles(data, part: relationship.target)
            }
        }
        var sheets: [Sheet] = []
        for entry in index.sheets {
            guard let relationship = relationships.first(where: { $0.id == entry.relationship }) else {
                throw ReadingProblem.missingSheet(entry.name, "\(relationshipsPart) › \(entry.relationship)")
            }
            var sheet = Sheet(name: entry.name, hidden: entry.hidden)
            if relationship.isOfType("worksheet") {
                let reader = WorksheetReader(
                    sheet: entry.name, part: relationship.target, sharedStrings: sharedStrings ?? [],
                    styles: styles ?? CellStyles(), dateSystem: index.dateSystem)
                guard let data = try parts.read(relationship.target) else {
                    throw ReadingProblem.missingSheet(entry.name, relationship.target)
                }
                sheet.cells = try reader.read(data)
            }
            sheets.append(sheet)
        }
        return Workbook(sheets: sheets)
    }

    /// The workbook part the package's relationships point at (`xl/workbook.xml` as a rule).
    private static func mainPart(of parts: PackageParts) throws(WorkbookProblem) -> String {
        let rootPart = Relationships.partPath(for: "")
        guard let data = try parts.read(rootPart) else {
            guard parts.contains("xl/workbook.xml") else { throw ReadingProblem.missing("xl/workbook.xml") }
            return "xl/workbook.xml"
        }
        let main = try Relationships.read(data, part: rootPart, source: "").first { $0.isOfType("officeDocument") }
        guard let main, parts.contains(main.target) else { throw ReadingProblem.missing("xl/workbook.xml") }
        return main.target
    }
}
