import Load
import Model
import Testing

/// Every answer a group writes on a shipped worksheet has a place in the organization's data, so
/// that a pre-filled copy can show it and a new worksheet cannot forget to name one.
@Suite struct WorksheetCoverageTests {
    /// Each question, checklist item and table of the shipped worksheets that names no data path,
    /// as `page › part: text`. Flipcharts and cards are written on the wall, not kept, so their
    /// tables are left out; a question or a checklist on one still counts.
    static func unmapped() throws -> [String] {
        let content = Fixtures.repository.appendingPathComponent("content")
        let (loaded, _) = ContentLoader.load(from: content, displayRoot: "content")
        let pages = try #require(loaded).pages
        var missing: [String] = []
        for page in pages {
            for block in page.blocks {
                guard case .worksheet(let spec) = block.content else { continue }
                for part in spec.parts {
                    switch part {
                    case .questions(let title, let items):
                        for item in items where item.data == nil {
                            missing.append("\(page.path) › \(title ?? "questions"): \(item.text)")
                        }
                    case .checklist(let title, let items):
                        for item in items where item.data == nil {
                            missing.append("\(page.path) › \(title ?? "checklist"): \(item.text)")
                        }
                    case .table(let table):
                        if spec.format == .sheet, table.data == nil {
                            missing.append(
                                "\(page.path) › table: \(table.title ?? table.columns.joined(separator: ", "))")
                        }
                    case .cards, .flipchart:
                        break
                    }
                }
            }
        }
        return missing
    }

    @Test func everyAnswerOfEveryWorksheetHasADataPath() throws {
        #expect(try Self.unmapped() == [])
    }

    @Test func theShippedPackageHasWorksheetsToCheck() throws {
        let content = Fixtures.repository.appendingPathComponent("content")
        let (loaded, _) = ContentLoader.load(from: content, displayRoot: "content")
        let sheets = try #require(loaded).pages.filter { page in
            page.blocks.contains { block in
                if case .worksheet(let spec) = block.content { spec.format == .sheet } else { false }
            }
        }
        #expect(sheets.count >= 15)
    }
}
