import Foundation

/// `xl/sharedStrings.xml`: the texts cells of type `s` point at by index.
enum SharedStrings {
    static func read(_ data: Data, part: String) throws(WorkbookProblem) -> [String] {
        var tokenizer = XMLTokenizer(data, part: part)
        var strings: [String] = []
        var item: StringItemText?
        while let event = try tokenizer.next() {
            switch event {
            case .start(let tag) where tag.name == "si":
                item = StringItemText()
            case .end("si"):
                strings.append(item?.text ?? "")
                item = nil
            default:
                item?.take(event)
            }
        }
        return strings
    }
}
