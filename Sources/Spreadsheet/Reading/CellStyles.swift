import Foundation

/// What `xl/styles.xml` says about numbers: the kind of each cell format (`s` on a cell is an
/// index into `cellXfs`).
struct CellStyles {
    private(set) var kinds: [NumberFormatKind] = []

    init() {}

    init(_ data: Data, part: String) throws(WorkbookProblem) {
        var tokenizer = XMLTokenizer(data, part: part)
        var customFormats: [Int: NumberFormatKind] = [:]
        var formatIDs: [Int] = []
        var inCellFormats = false
        while let event = try tokenizer.next() {
            switch event {
            case .start(let tag) where tag.name == "numFmt":
                if let id = tag.attribute("numFmtId").flatMap({ Int($0) }), let code = tag.attribute("formatCode") {
                    customFormats[id] = NumberFormatKind.of(code: code)
                }
            case .start(let tag) where tag.name == "cellXfs":
                inCellFormats = true
            case .end("cellXfs"):
                inCellFormats = false
            case .start(let tag) where tag.name == "xf" && inCellFormats:
                formatIDs.append(tag.attribute("numFmtId").flatMap { Int($0) } ?? 0)
            default:
                continue
            }
        }
        kinds = formatIDs.map { customFormats[$0] ?? NumberFormatKind.builtIn($0) }
    }

    /// The kind of the format at `index`; a number for an index the part does not have.
    func kind(_ index: Int) -> NumberFormatKind {
        kinds.indices.contains(index) ? kinds[index] : .number
    }
}
