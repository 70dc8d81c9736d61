/// Reads a Mustache template into a tree: sections matched with their ends, layouts with their
/// blocks, and tags standing alone on a line removed with the line, as the Mustache spec says.
enum TemplateParser {
    static func parse(_ text: String, name: String, escaping: TemplateEscaping) throws(TemplateSyntaxError) -> Template
    {
        let bytes = Array(text.utf8)
        var scanner = TemplateScanner(bytes)
        var builder = TreeBuilder(bytes: bytes)
        for var line in try scanner.lines() {
            builder.removeMargins(from: &line)
            let alone = standingAlone(line, in: bytes, open: builder.openKinds)
            for piece in alone ?? line {
                try builder.add(piece)
            }
            // A block whose tag ends its line takes its margin from the next line.
            if case .tag(let tag)? = alone?.last, tag.kind == .block { builder.awaitMargin() }
        }
        let nodes = try builder.finish()
        return Template(name: name, nodes: nodes, escaping: escaping, references: builder.references)
    }

    /// The line reduced to its tags when nothing else but white space is on it: one tag other
    /// than a variable, or the tags of a layout call (`{{< base}}{{/base}}`, `{{< base}}{{$bloque}}`),
    /// which stand alone together as the spec's inheritance asks. Partials, layouts and blocks
    /// keep the white space before them, as text and as their indentation; so does a block
    /// opened and closed alone on its line, which keeps the line's end too (spec).
    private static func standingAlone(
        _ line: [TemplateScanner.Piece], in bytes: [UInt8], open: @autoclosure () -> [TemplateTag.Kind]
    ) -> [TemplateScanner.Piece]? {
        var tags: [TemplateTag] = []
        var indentation: [UInt8] = []
        for piece in line {
            switch piece {
            case .tag(let tag):
                guard tag.kind.canStandAlone else { return nil }
                tags.append(tag)
            case .text(let range):
                let text = bytes[range]
                guard text.allSatisfy(isLineSpace) else { return nil }
                if tags.isEmpty { indentation = Array(text) }
            }
        }
        guard !tags.isEmpty else { return nil }
        tags[0].indentation = indentation
        if tags.count == 1 || belongToLayoutCalls(tags, open: open()) { return tags.map { .tag($0) } }
        guard tags.count == 2, tags[0].kind == .block, tags[1].kind == .close, tags[0].name == tags[1].name else {
            return nil
        }
        guard case .text(let end)? = line.last else { return tags.map { .tag($0) } }
        return tags.map { .tag($0) } + [.text(end)]
    }

    /// Whether each tag opens or closes a layout call, or a block directly inside one, given
    /// the tags still open where the line starts.
    private static func belongToLayoutCalls(_ tags: [TemplateTag], open: [TemplateTag.Kind]) -> Bool {
        var open = open
        for tag in tags {
            switch tag.kind {
            case .parent: open.append(.parent)
            case .block where open.last == .parent: open.append(.block)
            case .close where open.last == .parent || (open.last == .block && open.dropLast().last == .parent):
                open.removeLast()
            default: return false
            }
        }
        return true
    }

    private static func isLineSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\n")
    }
}

/// Matches sections with their ends while the pieces arrive, one open tag per level.
private struct TreeBuilder {
    struct Level {
        let tag: TemplateTag?
        var nodes: [TemplateNode] = []
        var blocks: [String: [TemplateNode]] = [:]
        /// For a block whose tag ends its line: the white space its first line starts with (the
        /// spec's intrinsic indentation). Its lines give it up here and get it back where the
        /// block is drawn, so a block indents like the layout's block it fills, and once.
        var margin: [UInt8] = []
        var awaitsMargin = false
    }

    let bytes: [UInt8]
    var levels = [Level(tag: nil)]
    var references: [TemplateReference] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func add(_ piece: TemplateScanner.Piece) throws(TemplateSyntaxError) {
        switch piece {
        case .text(let range):
            guard !range.isEmpty else { return }
            if insideLayout {
                // Between the blocks of `{{< base}}` only white space makes sense.
                guard bytes[range].allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) else {
                    throw error("dentro de `{{< …}}` solo van bloques `{{$nombre}}…{{/nombre}}`", at: range.lowerBound)
                }
                return
            }
            append(.text(Array(bytes[range])))
        case .tag(let tag):
            try add(tag)
        }
    }

    private mutating func add(_ tag: TemplateTag) throws(TemplateSyntaxError) {
        if insideLayout, tag.kind != .block, tag.kind != .close, tag.kind != .comment, tag.kind != .delimiters {
            throw error(
                "`\(tag.written)` no puede ir directamente dentro de `{{< …}}`: ahí solo van bloques `{{$nombre}}`",
                at: tag.offset)
        }
        switch tag.kind {
        case .variable, .unescaped:
            append(.variable(TemplateKey(tag.name), escaped: tag.kind == .variable))
        case .section, .inverted, .block:
            levels.append(Level(tag: tag))
        case .parent:
            reference(tag)
            levels.append(Level(tag: tag))
        case .partial:
            reference(tag)
            if !tag.indentation.isEmpty { append(.text(tag.indentation)) }
            append(.partial(tag.name, indentation: tag.indentation))
        case .close:
            try close(tag)
        case .comment, .delimiters:
            break
        }
    }

    private mutating func close(_ tag: TemplateTag) throws(TemplateSyntaxError) {
        guard levels.count > 1, let level = levels.popLast(), let open = level.tag else {
            throw error("`\(tag.written)` cierra una sección que no está abierta; quítala", at: tag.offset)
        }
        guard open.name == tag.name else {
            throw error(
                "`\(tag.written)` no corresponde a `\(open.written)`, abierta antes; cierra primero `{{/\(open.name)}}`",
                at: tag.offset)
        }
        switch open.kind {
        case .section, .inverted:
            append(.section(TemplateKey(open.name), inverted: open.kind == .inverted, level.nodes))
        case .block where insideLayout:
            levels[levels.count - 1].blocks[open.name] = level.nodes
        case .block:
            let indentation = level.margin.isEmpty ? open.indentation : level.margin
            if !indentation.isEmpty { append(.text(indentation)) }
            append(.block(open.name, indentation: indentation, level.nodes))
        default:
            if !open.indentation.isEmpty { append(.text(open.indentation)) }
            append(.parent(open.name, indentation: open.indentation, blocks: level.blocks))
        }
    }

    mutating func finish() throws(TemplateSyntaxError) -> [TemplateNode] {
        if let open = levels.last?.tag {
            throw error("`\(open.written)` no se cierra; añade `{{/\(open.name)}}` donde termina", at: open.offset)
        }
        return levels[0].nodes
    }

    private var insideLayout: Bool { levels.last?.tag?.kind == .parent }

    mutating func awaitMargin() {
        levels[levels.count - 1].awaitsMargin = true
    }

    /// Takes the margins of the blocks the line is in from its start. The first line of a block
    /// whose tag ended the line before gives the block its margin, unless it only closes it.
    mutating func removeMargins(from line: inout [TemplateScanner.Piece]) {
        let innermost = levels.count - 1
        let awaits = levels[innermost].awaitsMargin
        levels[innermost].awaitsMargin = false
        guard case .text(var range)? = line.first else { return }
        for level in levels where !level.margin.isEmpty {
            let start = range.lowerBound
            range = dropping(level.margin, from: range)
            if range.lowerBound - start < level.margin.count { break }
        }
        if awaits {
            let space = range.prefix { bytes[$0] == UInt8(ascii: " ") || bytes[$0] == UInt8(ascii: "\t") }
            if space.count < range.count || line.count < 2 || !line[1].isClose {
                levels[innermost].margin = Array(bytes[space])
                range = space.upperBound..<range.upperBound
            }
        }
        line[0] = .text(range)
    }

    /// The range without as much of `margin` as it starts with.
    private func dropping(_ margin: [UInt8], from range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        for byte in margin {
            guard start < range.upperBound, bytes[start] == byte else { break }
            start += 1
        }
        return start..<range.upperBound
    }

    /// The kinds of the tags still open, outermost first.
    var openKinds: [TemplateTag.Kind] { levels.compactMap { $0.tag?.kind } }

    /// Consecutive text becomes one node, so rendering copies it in one go.
    private mutating func append(_ node: TemplateNode) {
        let last = levels.count - 1
        if case .text(let added) = node, case .text(let previous)? = levels[last].nodes.last {
            levels[last].nodes[levels[last].nodes.count - 1] = .text(previous + added)
        } else {
            levels[last].nodes.append(node)
        }
    }

    private mutating func reference(_ tag: TemplateTag) {
        let location = TemplateSyntaxError("", at: tag.offset, in: bytes)
        references.append(TemplateReference(name: tag.name, line: location.line, column: location.column))
    }

    private func error(_ message: String, at offset: Int) -> TemplateSyntaxError {
        TemplateSyntaxError(message, at: offset, in: bytes)
    }
}

extension TemplateScanner.Piece {
    fileprivate var isClose: Bool {
        guard case .tag(let tag) = self else { return false }
        return tag.kind == .close
    }
}
