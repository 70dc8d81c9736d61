/// Splits Mustache text into lines of text and tags, following delimiter changes
/// (`{{=<% %>=}}`). Lines matter because a tag alone on its line takes the line with it.
struct TemplateScanner {
    enum Piece {
        case text(Range<Int>)
        case tag(TemplateTag)
    }

    private let bytes: [UInt8]
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Every line ends with its newline, inside its last text piece; the last line may not.
    mutating func lines() throws(TemplateSyntaxError) -> [[Piece]] {
        var lines: [[Piece]] = []
        var line: [Piece] = []
        var position = 0
        var textStart = 0
        while position < bytes.count {
            if bytes[position] == UInt8(ascii: "\n") {
                line.append(.text(textStart..<position + 1))
                lines.append(line)
                line = []
                position += 1
                textStart = position
            } else if starts(with: open, at: position) {
                if textStart < position { line.append(.text(textStart..<position)) }
                let (tag, end) = try readTag(at: position)
                line.append(.tag(tag))
                position = end
                textStart = end
            } else {
                position += 1
            }
        }
        if textStart < bytes.count { line.append(.text(textStart..<bytes.count)) }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    private mutating func readTag(at start: Int) throws(TemplateSyntaxError) -> (TemplateTag, end: Int) {
        let inside = start + open.count
        let sigil = inside < bytes.count ? bytes[inside] : 0
        let kind: TemplateTag.Kind
        switch sigil {
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: "="): return try readDelimiters(at: start)
        case UInt8(ascii: "{"): kind = .unescaped
        case UInt8(ascii: "&"): kind = .unescaped
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "%"):
            throw TemplateSyntaxError(
                "las pragmas `{{%…}}` no están disponibles; quita la etiqueta", at: start, in: bytes)
        default: kind = .variable
        }
        let nameStart = kind == .variable ? inside : inside + 1
        // `{{{nombre}}}` closes with one more brace than the delimiter.
        let closing = sigil == UInt8(ascii: "{") ? [UInt8(ascii: "}")] + close : close
        guard let closeAt = find(closing, from: nameStart) else {
            throw TemplateSyntaxError(
                "la etiqueta no se cierra; termínala con `\(String(decoding: closing, as: UTF8.self))`",
                at: start, in: bytes)
        }
        let end = closeAt + closing.count
        if kind == .comment { return (TemplateTag(kind: .comment, name: "", offset: start), end) }
        let name = String(decoding: bytes[nameStart..<closeAt], as: UTF8.self).trimmingSpaces
        try check(name, of: kind, at: start)
        return (TemplateTag(kind: kind, name: name, offset: start), end)
    }

    private func check(_ name: String, of kind: TemplateTag.Kind, at start: Int) throws(TemplateSyntaxError) {
        if name.isEmpty {
            throw TemplateSyntaxError(
                "la etiqueta no tiene nombre; escribe qué valor o plantilla usa", at: start, in: bytes)
        }
        if name.hasWhitespace {
            throw TemplateSyntaxError(
                "el nombre «\(name)» tiene espacios; los nombres se escriben sin espacios (`pagina.titulo`)",
                at: start, in: bytes)
        }
        if name.utf8.contains(UInt8(ascii: "(")) || name.utf8.contains(UInt8(ascii: ")")) {
            throw TemplateSyntaxError(
                "«\(name)»: las funciones entre paréntesis no están disponibles; pide el valor ya preparado",
                at: start, in: bytes)
        }
        if name.utf8.contains(UInt8(ascii: "{")) || name.utf8.contains(UInt8(ascii: "}")) {
            throw TemplateSyntaxError(
                "«\(name)» tiene llaves de más o de menos; revisa que la etiqueta sea `{{nombre}}` o `{{{nombre}}}`",
                at: start, in: bytes)
        }
        if kind != .partial, kind != .parent, name != ".",
            name.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty)
        {
            throw TemplateSyntaxError(
                "«\(name)» tiene un punto de más; los nombres compuestos se escriben `pagina.titulo`", at: start,
                in: bytes)
        }
    }

    /// `{{=<% %>=}}`: two delimiters separated by white space, between equals signs.
    private mutating func readDelimiters(at start: Int) throws(TemplateSyntaxError) -> (TemplateTag, end: Int) {
        let usage = "el cambio de delimitadores se escribe `{{=<% %>=}}`: dos marcas sin espacios ni `=`"
        guard let closeAt = find(close, from: start + open.count + 1) else {
            throw TemplateSyntaxError(usage, at: start, in: bytes)
        }
        let inside = bytes[(start + open.count + 1)..<closeAt]
        guard inside.last == UInt8(ascii: "=") else { throw TemplateSyntaxError(usage, at: start, in: bytes) }
        let parts = inside.dropLast().split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            throw TemplateSyntaxError(usage, at: start, in: bytes)
        }
        let end = closeAt + close.count
        open = Array(parts[0])
        close = Array(parts[1])
        return (TemplateTag(kind: .delimiters, name: "", offset: start), end)
    }

    private func starts(with marker: [UInt8], at position: Int) -> Bool {
        guard position + marker.count <= bytes.count else { return false }
        for index in marker.indices where bytes[position + index] != marker[index] { return false }
        return true
    }

    private func find(_ marker: [UInt8], from position: Int) -> Int? {
        var index = position
        while index + marker.count <= bytes.count {
            if starts(with: marker, at: index) { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    /// Names are ASCII but for mistakes, and those take the Unicode-aware path: reading every tag
    /// as `Character`s was most of the time a theme took to compile.
    fileprivate var trimmingSpaces: String {
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            let trimmed = drop(while: \.isWhitespace)
            return String(trimmed.reversed().drop(while: \.isWhitespace).reversed())
        }
        guard let first = utf8.firstIndex(where: { !$0.isASCIISpace }),
            let last = utf8.lastIndex(where: { !$0.isASCIISpace })
        else { return "" }
        return String(self[first...last])
    }

    fileprivate var hasWhitespace: Bool {
        utf8.allSatisfy({ $0 < 0x80 }) ? utf8.contains(where: \.isASCIISpace) : contains(where: \.isWhitespace)
    }
}

extension UInt8 {
    fileprivate var isASCIISpace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}
