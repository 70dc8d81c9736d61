import Foundation

/// A strict pull tokenizer for the XML that OOXML parts hold: elements, attributes, text, the
/// five named entities and character references, CDATA, comments and processing instructions.
/// It reads each byte once and keeps only the stack of open elements. It refuses a DOCTYPE (so
/// no entity is ever expanded), unbalanced tags, text outside the root and nesting deeper than
/// `maximumDepth`.
///
/// Not Foundation's `XMLParser`: on Linux it lives in FoundationXML, which links libxml2 and
/// ICU as shared libraries into the otherwise self-contained release build (tying it to the
/// ICU version of the machine that built it), and it recovers from errors, so a truncated part
/// still parses.
struct XMLTokenizer {
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private let part: String
    private var position = 0
    /// Qualified names of the open elements, to match each end tag against.
    private var open: [String] = []
    private var pendingEnd: String?
    private var sawRoot = false

    init(_ data: Data, part: String) {
        bytes = [UInt8](data)
        self.part = part
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    mutating func next() throws(WorkbookProblem) -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name)
        }
        if position == 0, bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw fault("está en UTF-16, y libro solo lee UTF-8")
        }
        while position < bytes.count {
            if bytes[position] != ASCII.lessThan {
                guard open.isEmpty else { return .text(try readText()) }
                try skipWhitespaceOutsideRoot()
            } else if starts(with: Self.processingInstruction) {
                try skip(past: Self.processingInstructionEnd)
            } else if starts(with: Self.comment) {
                try skip(past: Self.commentEnd)
            } else if starts(with: Self.cdata) {
                guard !open.isEmpty else { throw fault("tiene una sección CDATA fuera del elemento raíz") }
                return .text(try readCData())
            } else if starts(with: Self.declaration) {
                throw fault("tiene una declaración <!…> (DOCTYPE), que un libro de Excel no lleva")
            } else if starts(with: Self.endTag) {
                return .end(try readEndTag())
            } else {
                return .start(try readStartTag())
            }
        }
        if let unclosed = open.last { throw fault("termina antes de cerrar <\(unclosed)> (¿está cortado?)") }
        if !sawRoot { throw fault("no tiene ningún elemento") }
        return nil
    }

    // MARK: - Tags

    private mutating func readStartTag() throws(WorkbookProblem) -> XMLTag {
        if open.isEmpty, sawRoot { throw fault("tiene más de un elemento raíz") }
        guard open.count < Self.maximumDepth else {
            throw fault("anida elementos a más de \(Self.maximumDepth) niveles")
        }
        position += 1
        let qualified = try readName()
        var tag = XMLTag(name: Self.localName(qualified), attributes: [])
        while true {
            let spaced = skipWhitespace()
            guard position < bytes.count else { throw fault("termina dentro de la etiqueta <\(qualified)>") }
            switch bytes[position] {
            case ASCII.slash:
                guard position + 1 < bytes.count, bytes[position + 1] == ASCII.greaterThan else {
                    throw fault("tiene una «/» suelta en la etiqueta <\(qualified)>")
                }
                position += 2
                pendingEnd = tag.name
                sawRoot = true
                return tag
            case ASCII.greaterThan:
                position += 1
                open.append(qualified)
                sawRoot = true
                return tag
            default:
                guard spaced else { throw fault("no separa con un espacio los atributos de <\(qualified)>") }
                let name = try readName()
                skipWhitespace()
                guard position < bytes.count, bytes[position] == ASCII.equals else {
                    throw fault("tiene el atributo «\(name)» de <\(qualified)> sin «=»")
                }
                position += 1
                skipWhitespace()
                let value = try readQuoted(name)
                if name == "xmlns" || name.hasPrefix("xmlns:") { continue }
                tag.attributes.append(XMLAttribute(name: Self.localName(name), value: value))
            }
        }
    }

    private mutating func readEndTag() throws(WorkbookProblem) -> String {
        position += 2
        let name = try readName()
        skipWhitespace()
        guard position < bytes.count, bytes[position] == ASCII.greaterThan else {
            throw fault("tiene la etiqueta de cierre </\(name)> sin «>»")
        }
        position += 1
        guard let top = open.popLast() else { throw fault("cierra </\(name)> sin haberlo abierto") }
        guard top == name else { throw fault("cierra </\(name)> cuando el elemento abierto es <\(top)>") }
        return Self.localName(name)
    }

    private mutating func readName() throws(WorkbookProblem) -> String {
        let start = position
        while position < bytes.count, !ASCII.endsName(bytes[position]) { position += 1 }
        guard position > start else { throw fault("tiene una etiqueta o un atributo sin nombre") }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func readQuoted(_ name: String) throws(WorkbookProblem) -> String {
        guard position < bytes.count, bytes[position] == ASCII.quote || bytes[position] == ASCII.apostrophe else {
            throw fault("tiene el valor del atributo «\(name)» sin comillas")
        }
        let quote = bytes[position]
        let start = position + 1
        guard let end = bytes[start...].firstIndex(of: quote) else {
            throw fault("no cierra las comillas del atributo «\(name)»")
        }
        if bytes[start..<end].contains(ASCII.lessThan) { throw fault("tiene un «<» en el atributo «\(name)»") }
        position = end + 1
        return try decode(start..<end, inAttribute: true)
    }

    private static func localName(_ qualified: String) -> String {
        guard let colon = qualified.utf8.lastIndex(of: ASCII.colon) else { return qualified }
        return String(qualified[qualified.utf8.index(after: colon)...])
    }

    // MARK: - Text, CDATA and what is skipped

    private mutating func readText() throws(WorkbookProblem) -> String {
        let start = position
        position = bytes[start...].firstIndex(of: ASCII.lessThan) ?? bytes.count
        return try decode(start..<position, inAttribute: false)
    }

    private mutating func readCData() throws(WorkbookProblem) -> String {
        let start = position + Self.cdata.count
        guard let end = find(Self.cdataEnd, from: start) else { throw fault("no cierra una sección CDATA") }
        position = end + Self.cdataEnd.count
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private mutating func skipWhitespaceOutsideRoot() throws(WorkbookProblem) {
        while position < bytes.count, bytes[position] != ASCII.lessThan {
            guard ASCII.isWhitespace(bytes[position]) else { throw fault("tiene texto fuera del elemento raíz") }
            position += 1
        }
    }

    private mutating func skip(past terminator: [UInt8]) throws(WorkbookProblem) {
        guard let end = find(terminator, from: position + 2) else {
            throw fault("no cierra un comentario o una instrucción «<?…?>»")
        }
        position = end + terminator.count
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = position
        while position < bytes.count, ASCII.isWhitespace(bytes[position]) { position += 1 }
        return position > start
    }

    private func starts(with prefix: [UInt8]) -> Bool {
        position + prefix.count <= bytes.count && bytes[position..<position + prefix.count].elementsEqual(prefix)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            guard let candidate = bytes[index...].firstIndex(of: needle[0]) else { return nil }
            guard candidate + needle.count <= bytes.count else { return nil }
            if bytes[candidate..<candidate + needle.count].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    // MARK: - Entities

    /// Resolves entities and normalizes line ends (and, in attributes, whitespace) as XML 1.0 says.
    private func decode(_ range: Range<Int>, inAttribute: Bool) throws(WorkbookProblem) -> String {
        let plain = !bytes[range].contains {
            $0 == ASCII.ampersand || $0 == ASCII.carriageReturn
                || (inAttribute && ($0 == ASCII.tab || $0 == ASCII.lineFeed))
        }
        if plain { return String(decoding: bytes[range], as: UTF8.self) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case ASCII.ampersand:
                index = try appendEntity(at: index, before: range.upperBound, to: &decoded)
                continue
            case ASCII.carriageReturn:
                decoded.append(inAttribute ? ASCII.space : ASCII.lineFeed)
                if index + 1 < range.upperBound, bytes[index + 1] == ASCII.lineFeed { index += 1 }
            case ASCII.tab where inAttribute, ASCII.lineFeed where inAttribute:
                decoded.append(ASCII.space)
            default:
                decoded.append(byte)
            }
            index += 1
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Appends what the entity at `start` stands for; returns the index after its `;`.
    private func appendEntity(at start: Int, before end: Int, to decoded: inout [UInt8]) throws(WorkbookProblem)
        -> Int
    {
        let limit = min(end, start + 12)
        guard let semicolon = bytes[start..<limit].firstIndex(of: ASCII.semicolon) else {
            throw fault("tiene un «&» que no empieza ninguna entidad (escríbelo «&amp;»)")
        }
        let name = String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self)
        if let named = Self.namedEntities[name] {
            decoded.append(named)
        } else if let scalar = Self.characterReference(name) {
            UTF8.encode(scalar) { decoded.append($0) }
        } else {
            throw fault("tiene la entidad «&\(name);», que XML no define")
        }
        return semicolon + 1
    }

    private static let namedEntities: [String: UInt8] = [
        "amp": ASCII.ampersand, "lt": ASCII.lessThan, "gt": ASCII.greaterThan, "quot": ASCII.quote,
        "apos": ASCII.apostrophe,
    ]

    /// `#233` or `#xE9`; nil for a number that names no character XML allows.
    private static func characterReference(_ name: String) -> Unicode.Scalar? {
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.hasPrefix("x") {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let value, value != 0, digits.allSatisfy({ $0 != "+" && $0 != "-" }) else { return nil }
        return Unicode.Scalar(value)
    }

    // MARK: - Problems

    private func fault(_ detail: String) -> WorkbookProblem {
        let line = bytes[0..<min(position, bytes.count)].reduce(1) { $1 == ASCII.lineFeed ? $0 + 1 : $0 }
        return ReadingProblem.malformedXML(part: part, line: line, detail: detail)
    }

    private static let processingInstruction = Array("<?".utf8)
    private static let processingInstructionEnd = Array("?>".utf8)
    private static let comment = Array("<!--".utf8)
    private static let commentEnd = Array("-->".utf8)
    private static let cdata = Array("<![CDATA[".utf8)
    private static let cdataEnd = Array("]]>".utf8)
    private static let declaration = Array("<!".utf8)
    private static let endTag = Array("</".utf8)
}
