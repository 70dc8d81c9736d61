/// The texts of a written workbook, each once, in order of first use (`xl/sharedStrings.xml`):
/// the form every spreadsheet program reads.
struct SharedStringTable {
    /// Keyed by the exact bytes: Swift's `==` finds "é" and "e\u{301}" equal, and each must come
    /// back as it was written.
    private var indices: [[UInt8]: Int] = [:]
    private(set) var strings: [String] = []
    private(set) var uses = 0

    mutating func index(of text: String) -> Int {
        uses += 1
        let key = Array(text.utf8)
        if let index = indices[key] { return index }
        indices[key] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    var xml: String {
        var xml = PartXML.declaration
        xml += "<sst xmlns=\"\(PartXML.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(strings.count)\">"
        for text in strings {
            let encoded = XStringEscapes.encode(text)
            let space = XMLEscaping.needsPreservedSpace(encoded) ? " xml:space=\"preserve\"" : ""
            xml += "<si><t\(space)>\(XMLEscaping.content(encoded))</t></si>"
        }
        return xml + "</sst>"
    }
}
