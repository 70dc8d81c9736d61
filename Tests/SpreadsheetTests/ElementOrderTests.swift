import Foundation
import Testing

@testable import Spreadsheet

/// Excel asks to repair a file whose elements are out of the schema's sequence, even where
/// LibreOffice and openpyxl read it: the written parts are checked against ECMA-376 part 1.
@Suite struct ElementOrderTests {
    /// `CT_Worksheet` (18.3.1.99).
    static let worksheet = [
        "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
        "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
        "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins",
        "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors",
        "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls",
        "webPublishItems", "tableParts", "extLst",
    ]
    /// `CT_Workbook` (18.2.27).
    static let workbook = [
        "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups",
        "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches",
        "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
    ]
    /// `CT_Stylesheet` (18.8.39).
    static let styleSheet = [
        "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles",
        "colors", "extLst",
    ]
    /// `CT_Font` (18.8.22), `CT_SheetView` (18.3.1.87), `CT_Xf` (18.8.45), `CT_Border` (18.8.4).
    static let font = [
        "b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name",
        "family", "charset", "scheme",
    ]
    static let sheetView = ["pane", "selection", "pivotSelection", "extLst"]
    static let xf = ["alignment", "protection", "extLst"]
    static let border = ["start", "left", "end", "right", "top", "bottom", "diagonal", "vertical", "horizontal"]

    @Test func writesEveryPartsChildrenInTheSchemasOrder() throws {
        var plain = SheetLayout(name: "Sencilla", rows: [[.text("a")]])
        plain.hidden = true
        let parts = try PackageParts(
            try WorkbookWriter.write(RoundTripTests.layouts + [plain, SheetLayout(name: "Vacía", rows: [])]),
            limits: .standard)
        let sheets = (1...6).map { "xl/worksheets/sheet\($0).xml" }
        for path in sheets {
            try Self.expectOrder(of: parts, path, parent: "worksheet", Self.worksheet)
            try Self.expectOrder(of: parts, path, parent: "sheetView", Self.sheetView)
        }
        try Self.expectOrder(of: parts, "xl/workbook.xml", parent: "workbook", Self.workbook)
        try Self.expectOrder(of: parts, "xl/styles.xml", parent: "styleSheet", Self.styleSheet)
        try Self.expectOrder(of: parts, "xl/styles.xml", parent: "font", Self.font)
        try Self.expectOrder(of: parts, "xl/styles.xml", parent: "xf", Self.xf)
        try Self.expectOrder(of: parts, "xl/styles.xml", parent: "border", Self.border)
        let first = try Self.children(of: parts, sheets[0], parent: "worksheet")
        #expect(first.contains("cols") && first.contains("dataValidations"), "the first sheet has it all")
    }

    /// Each element named `parent` has only children from `order`, in that order.
    static func expectOrder(
        of parts: PackageParts, _ path: String, parent: String, _ order: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for children in try childrenOfEach(parts, path, parent: parent) {
            let positions = children.map { order.firstIndex(of: $0) }
            #expect(!positions.contains(nil), "\(path): <\(parent)> tiene \(children)", sourceLocation: sourceLocation)
            let known = positions.compactMap { $0 }
            #expect(known == known.sorted(), "\(path): <\(parent)> tiene \(children)", sourceLocation: sourceLocation)
        }
    }

    static func children(of parts: PackageParts, _ path: String, parent: String) throws -> [String] {
        try childrenOfEach(parts, path, parent: parent).first ?? []
    }

    private static func childrenOfEach(_ parts: PackageParts, _ path: String, parent: String) throws -> [[String]] {
        var tokenizer = XMLTokenizer(try parts.require(path), part: path)
        var stack: [String] = []
        var found: [[String]] = []
        while let event = try tokenizer.next() {
            switch event {
            case .start(let tag):
                if stack.last == parent { found[found.count - 1].append(tag.name) }
                if tag.name == parent { found.append([]) }
                stack.append(tag.name)
            case .end:
                stack.removeLast()
            case .text:
                continue
            }
        }
        #expect(!found.isEmpty, "\(path) no tiene <\(parent)>")
        return found
    }
}
