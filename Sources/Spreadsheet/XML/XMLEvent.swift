/// What the tokenizer finds next in an XML part. Names are local: `r:id` comes as `id`, since
/// the parts libro reads never use one local name in two namespaces on the same element.
enum XMLEvent: Equatable {
    /// An opening tag; a self-closing one is followed by its `.end`.
    case start(XMLTag)
    case end(String)
    /// Character data with entities and CDATA resolved; one run of text may come in pieces.
    case text(String)
}

struct XMLTag: Equatable {
    var name: String
    var attributes: [XMLAttribute]

    /// The first attribute with that local name (attributes are few, so a scan is cheapest).
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

struct XMLAttribute: Equatable {
    var name: String
    var value: String
}
