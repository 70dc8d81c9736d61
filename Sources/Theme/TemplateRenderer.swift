/// Writes a template with a context, Mustache style: names are looked up from the innermost
/// section outwards, lists repeat their section, `false`, nothing and empty lists skip it.
/// Contexts are `[String: Any]` trees of texts, flags, numbers, lists and dictionaries.
struct TemplateRenderer {
    /// Deeper than this, a partial that includes itself is taken for a loop and not followed.
    static let maximumDepth = 64

    private struct Frame {
        var escaping: TemplateEscaping
        var indentation: [UInt8] = []
        var blocks: [String: Block] = [:]
        var depth = 0
    }

    /// A block a page gives its layout, escaped as the page's own text.
    private struct Block {
        let nodes: [TemplateNode]
        let escaping: TemplateEscaping
    }

    private let templates: [String: Template]
    private var output: [UInt8] = []
    private var stack: [Any]

    private init(templates: [String: Template], context: [String: Any]) {
        self.templates = templates
        stack = [context]
    }

    static func render(_ template: Template, context: [String: Any], templates: [String: Template]) -> String {
        var renderer = TemplateRenderer(templates: templates, context: context)
        renderer.output.reserveCapacity(16 * 1024)
        renderer.render(template.nodes, Frame(escaping: template.escaping))
        return String(decoding: renderer.output, as: UTF8.self)
    }

    private mutating func render(_ nodes: [TemplateNode], _ frame: Frame) {
        guard !frame.indentation.isEmpty else {
            for node in nodes { render(node, frame) }
            return
        }
        // A partial's lines after the first start with the indentation of its tag: lines begun
        // by a node, and lines inside a text node.
        let start = output.count
        for node in nodes {
            let before = output.count
            if case .text(let bytes) = node {
                for (offset, byte) in bytes.enumerated() {
                    output.append(byte)
                    if byte == UInt8(ascii: "\n"), offset + 1 < bytes.count { output += frame.indentation }
                }
            } else {
                render(node, frame)
            }
            if output.count > before, before > start, output[before - 1] == UInt8(ascii: "\n") {
                output.insert(contentsOf: frame.indentation, at: before)
            }
        }
    }

    private mutating func render(_ node: TemplateNode, _ frame: Frame) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let key, let escaped):
            if let value = lookup(key) { write(value, escaping: escaped ? frame.escaping : nil) }
        case .section(let key, let inverted, let nodes):
            let value = lookup(key)
            if inverted {
                if isEmpty(value) { render(nodes, frame) }
            } else if let value {
                section(value, nodes, frame)
            }
        case .partial(let name, let indentation):
            guard let template = templates[name], frame.depth < Self.maximumDepth else { return }
            var inner = frame
            inner.escaping = template.escaping
            inner.indentation += indentation
            inner.depth += 1
            render(template.nodes, inner)
        case .parent(let name, let indentation, let blocks):
            guard let template = templates[name], frame.depth < Self.maximumDepth else { return }
            var inner = frame
            inner.escaping = template.escaping
            inner.indentation += indentation
            inner.depth += 1
            // A block given further out (by the page extending this layout) wins.
            for (block, nodes) in blocks where inner.blocks[block] == nil {
                inner.blocks[block] = Block(nodes: nodes, escaping: frame.escaping)
            }
            render(template.nodes, inner)
        case .block(let name, let indentation, let nodes):
            var inner = frame
            inner.indentation += indentation
            if let given = frame.blocks[name] {
                inner.escaping = given.escaping
                render(given.nodes, inner)
            } else {
                render(nodes, inner)
            }
        }
    }

    private mutating func section(_ value: Any, _ nodes: [TemplateNode], _ frame: Frame) {
        if let flag = value as? Bool {
            if flag { render(nodes, frame) }
        } else if let list = value as? [[String: Any]] {
            for item in list { within(item, nodes, frame) }
        } else if let list = value as? [Any] {
            for item in list { within(item, nodes, frame) }
        } else {
            within(value, nodes, frame)
        }
    }

    private mutating func within(_ value: Any, _ nodes: [TemplateNode], _ frame: Frame) {
        stack.append(value)
        render(nodes, frame)
        stack.removeLast()
    }

    private func isEmpty(_ value: Any?) -> Bool {
        guard let value else { return true }
        if let flag = value as? Bool { return !flag }
        if let list = value as? [[String: Any]] { return list.isEmpty }
        if let list = value as? [Any] { return list.isEmpty }
        return false
    }

    /// The first name is looked up from the innermost value outwards; the rest inside what it found.
    private func lookup(_ key: TemplateKey) -> Any? {
        guard let first = key.parts.first else { return stack.last }
        for object in stack.reversed() {
            guard var found = Self.child(first, of: object) else { continue }
            for part in key.parts.dropFirst() {
                guard let next = Self.child(part, of: found) else { return nil }
                found = next
            }
            return found
        }
        return nil
    }

    private static func child(_ name: String, of object: Any) -> Any? {
        // A `[String: String]` (the theme's texts) would be copied whole by a cast to
        // `[String: Any]`, on every lookup; its exact type is checked first.
        if type(of: object) == [String: String].self { return (object as? [String: String])?[name] }
        return (object as? [String: Any])?[name]
    }

    private mutating func write(_ value: Any, escaping: TemplateEscaping?) {
        let text: String =
            switch value {
            case let text as String: text
            case let flag as Bool: flag ? "true" : "false"
            case let number as Int: String(number)
            default: String(describing: value)
            }
        if let escaping {
            escaping.append(text, to: &output)
        } else {
            output.append(contentsOf: text.utf8)
        }
    }
}
