/// The text of a string item (`<si>` in the shared strings, `<is>` in a cell): its `<t>`
/// elements, plain or in rich-text runs (`<r>`), without phonetic guides (`<rPh>`).
struct StringItemText {
    private var pieces = ""
    private var inText = false
    private var phoneticDepth = 0

    var text: String { XStringEscapes.decode(pieces) }

    mutating func take(_ event: XMLEvent) {
        switch event {
        case .start(let tag) where tag.name == "rPh":
            phoneticDepth += 1
        case .end("rPh"):
            phoneticDepth -= 1
        case .start(let tag) where tag.name == "t":
            inText = phoneticDepth == 0
        case .end("t"):
            inText = false
        case .text(let text) where inText:
            pieces += text
        default:
            break
        }
    }
}
