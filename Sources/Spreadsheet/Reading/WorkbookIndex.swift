import Foundation

/// What `xl/workbook.xml` says: the sheets in tab order and the date system.
struct WorkbookIndex {
    struct Entry {
        var name: String
        var relationship: String
        var hidden: Bool
    }

    var sheets: [Entry] = []
    var dateSystem = DateSystem.from1900

    init(_ data: Data, part: String) throws(WorkbookProblem) {
        var tokenizer = XMLTokenizer(data, part: part)
        var root: String?
        while let event = try tokenizer.next() {
            guard case .start(let tag) = event else { continue }
            if root == nil {
                root = tag.name
                guard tag.name == "workbook" else { throw ReadingProblem.unexpected(part, root: tag.name) }
            }
            switch tag.name {
            case "workbookPr":
                if let flag = tag.attribute("date1904"), flag == "1" || flag == "true" { dateSystem = .from1904 }
            case "sheet":
                guard let name = tag.attribute("name"), let relationship = tag.attribute("id") else {
                    throw ReadingProblem.incomplete(part, "una hoja sin nombre o sin relación (r:id)")
                }
                let state = tag.attribute("state")
                sheets.append(
                    Entry(name: name, relationship: relationship, hidden: state == "hidden" || state == "veryHidden"))
            default:
                continue
            }
        }
    }
}
