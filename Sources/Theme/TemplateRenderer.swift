/// Writes a template with a context, Mustache style: names are looked up from the innermost
/// section outwards, lists repeat their section, `false`, nothing and empty lists skip it.
/// Contexts are `[String: Any]` trees of texts, flags, numbers, lists, dictionaries and
/// `TemplateObject`s.
struct TemplateRenderer {
    /// Deeper than this, a partial that includes itself is taken for a loop and not followed.
    static let maximumDepth = 64

    private struct Frame {
        var escaping: TemplateEscaping
        var indentation: [UInt8] = []
        var blocks: [String: Block] = [:]
        var depth = 0
    }

    /// A block a page gives its layout: steps of the page's program, escaped as the page's text.
    private struct Block {
        let program: TemplateProgram
        let steps: Range<Int>
        let escaping: TemplateEscaping
    }

    private let templates: [String: Template]
    private var output: [UInt8] = []
    private var stack: [TemplateScope]
    private var memo: TemplateMemo.Table
    /// Sections being written for a memoized object: the stack level of the object, and whether
    /// a name was looked up below it, which makes the output depend on more than the object.
    private var memoized: [(level: Int, reachedOut: Bool)] = []

    private init(templates: [String: Template], root: TemplateScope, memo: TemplateMemo.Table) {
        self.templates = templates
        stack = [root]
        self.memo = memo
    }

    static func render(
        _ template: Template, context: [String: Any], templates: [String: Template], memo: TemplateMemo? = nil
    ) -> [UInt8] {
        render(template, root: .dictionary(context), templates: templates, memo: memo)
    }

    /// The same with any value at the bottom of the stack: the Mustache spec also renders a text
    /// or a list as a whole context; libro's contexts are always dictionaries.
    static func render(
        _ template: Template, root: TemplateScope, templates: [String: Template], memo: TemplateMemo? = nil
    ) -> [UInt8] {
        let write = { (table: inout TemplateMemo.Table) -> [UInt8] in
            var renderer = TemplateRenderer(templates: templates, root: root, memo: table)
            table = [:]
            renderer.output.reserveCapacity(16 * 1024)
            renderer.run(template.program, template.program.steps.indices, Frame(escaping: template.escaping))
            table = renderer.memo
            return renderer.output
        }
        guard let memo else {
            var table: TemplateMemo.Table = [:]
            return write(&table)
        }
        return memo.withTable(write)
    }

    private mutating func run(_ program: TemplateProgram, _ steps: Range<Int>, _ frame: Frame) {
        var index = steps.lowerBound
        guard !frame.indentation.isEmpty else {
            while index < steps.upperBound { index = run(program, at: index, frame) }
            return
        }
        // A partial's lines after the first start with the indentation of its tag: lines begun
        // by a step, and lines inside a text.
        let start = output.count
        while index < steps.upperBound {
            let before = output.count
            let step = program.steps[index]
            if step.operation == .text {
                let text = program.bytes[Int(step.operand)..<Int(step.operand + step.extent)]
                for (offset, byte) in text.enumerated() {
                    output.append(byte)
                    if byte == UInt8(ascii: "\n"), offset + 1 < text.count { output += frame.indentation }
                }
                index += 1
            } else {
                index = run(program, at: index, frame)
            }
            if output.count > before, before > start, output[before - 1] == UInt8(ascii: "\n") {
                output.insert(contentsOf: frame.indentation, at: before)
            }
        }
    }

    /// Runs the step at `index` (with its content, for a section); returns where the next one is.
    private mutating func run(_ program: TemplateProgram, at index: Int, _ frame: Frame) -> Int {
        let step = program.steps[index]
        // For a step with content: its steps, after it.
        var content: Range<Int> { (index + 1)..<Int(step.extent) }
        switch step.operation {
        case .text:
            output.append(contentsOf: program.bytes[Int(step.operand)..<Int(step.operand + step.extent)])
            return index + 1
        case .escaped, .raw:
            if let value = lookup(program, Int(step.operand)) {
                write(value, escaping: step.operation == .escaped ? frame.escaping : nil)
            }
            return index + 1
        case .section:
            if let value = lookup(program, Int(step.operand)) { section(value, program, content, frame) }
            return content.upperBound
        case .inverted:
            if isEmpty(lookup(program, Int(step.operand))) { run(program, content, frame) }
            return content.upperBound
        case .partial:
            if let template = templates[program.names[Int(step.operand)]], frame.depth < Self.maximumDepth {
                run(template.program, template.program.steps.indices, inside(template, program, step, frame))
            }
            return index + 1
        case .parent:
            if let template = templates[program.names[Int(step.operand)]], frame.depth < Self.maximumDepth {
                var inner = inside(template, program, step, frame)
                // A block given further out (by the page extending this layout) wins.
                for (block, steps) in program.blockSets[Int(step.extra)] where inner.blocks[block] == nil {
                    inner.blocks[block] = Block(program: program, steps: steps, escaping: frame.escaping)
                }
                run(template.program, template.program.steps.indices, inner)
            }
            return content.upperBound
        case .block:
            // A block may be replaced from outside what a memoized section sees.
            for index in memoized.indices { memoized[index].reachedOut = true }
            var inner = frame
            inner.indentation += program.indentations[Int(step.indentation)]
            if let given = frame.blocks[program.names[Int(step.operand)]] {
                inner.escaping = given.escaping
                run(given.program, given.steps, inner)
            } else {
                run(program, content, inner)
            }
            return content.upperBound
        }
    }

    /// The frame for a partial or layout called by `step`.
    private func inside(_ template: Template, _ program: TemplateProgram, _ step: TemplateProgram.Step, _ frame: Frame)
        -> Frame
    {
        var inner = frame
        inner.escaping = template.escaping
        inner.indentation += program.indentations[Int(step.indentation)]
        inner.depth += 1
        return inner
    }

    private mutating func section(_ value: Any, _ program: TemplateProgram, _ steps: Range<Int>, _ frame: Frame) {
        if type(of: value) == TemplateObject.self, let object = value as? TemplateObject {
            within(.object(object), program, steps, frame)
        } else if let flag = value as? Bool {
            if flag { run(program, steps, frame) }
        } else if let list = value as? [[String: Any]] {
            for item in list { within(.dictionary(item), program, steps, frame) }
        } else if let list = value as? [TemplateObject] {
            for item in list { object(item, program, steps, frame) }
        } else if let list = value as? [Any] {
            for item in list { within(TemplateScope(item), program, steps, frame) }
        } else {
            within(TemplateScope(value), program, steps, frame)
        }
    }

    /// A section for one object of a list, reusing what an object with the same memo key wrote,
    /// as long as writing it looked up nothing outside the object.
    private mutating func object(
        _ item: TemplateObject, _ program: TemplateProgram, _ steps: Range<Int>, _ frame: Frame
    ) {
        guard let itemMemo = item.memo else { return within(.object(item), program, steps, frame) }
        let key = TemplateMemo.Key(
            program: ObjectIdentifier(program), step: steps.lowerBound, escaping: frame.escaping,
            indentation: frame.indentation, memo: itemMemo)
        if let written = memo[key] { return output.append(contentsOf: written) }
        let start = output.count
        memoized.append((stack.count, false))
        within(.object(item), program, steps, frame)
        if memoized.removeLast().reachedOut == false { memo[key] = Array(output[start...]) }
    }

    private mutating func within(
        _ scope: TemplateScope, _ program: TemplateProgram, _ steps: Range<Int>, _ frame: Frame
    ) {
        stack.append(scope)
        run(program, steps, frame)
        stack.removeLast()
    }

    private func isEmpty(_ value: Any?) -> Bool {
        guard let value else { return true }
        if type(of: value) == TemplateObject.self { return false }
        if let flag = value as? Bool { return !flag }
        if let list = value as? [[String: Any]] { return list.isEmpty }
        if let list = value as? [TemplateObject] { return list.isEmpty }
        if let list = value as? [Any] { return list.isEmpty }
        return false
    }

    /// The first part of the name is looked up from the innermost value outwards; the rest inside
    /// what it found.
    private mutating func lookup(_ program: TemplateProgram, _ key: Int) -> Any? {
        let parts = program.keys[key]
        guard !parts.isEmpty else { return stack.last?.value }
        let first = program.parts[Int(parts.lowerBound)]
        let (found, level): (Any?, Int) = stack.withUnsafeBufferPointer { scopes in
            // Scopes are read in place: this runs for every name of every page, and indexing the
            // array cost 0.6 % more instructions (callgrind, 1 000-page corpus).
            for level in scopes.indices.reversed() {
                if let found = scopes[level].child(first) { return (found, level) }
            }
            return (nil, -1)
        }
        for index in memoized.indices.reversed() where memoized[index].level > level {
            memoized[index].reachedOut = true
        }
        guard var found else { return nil }
        for part in (parts.lowerBound + 1)..<parts.upperBound {
            guard let next = TemplateScope(found).child(program.parts[Int(part)]) else { return nil }
            found = next
        }
        return found
    }

    private mutating func write(_ value: Any, escaping: TemplateEscaping?) {
        let text: String =
            if type(of: value) == String.self {
                // Nearly every value written is a text: read it without `as?`, whose dynamic cast
                // cost 1 % of the 1 000-page corpus's instructions (callgrind).
                Self.unboxed(value)
            } else {
                switch value {
                case let text as String: text
                case let flag as Bool: flag ? "true" : "false"
                case let number as Int: String(number)
                default: String(describing: value)
                }
            }
        if let escaping {
            escaping.append(text, to: &output)
        } else {
            output.append(contentsOf: text.utf8)
        }
    }

    /// The text an `Any` opened here holds; only for a value whose type is `String`.
    private static func unboxed<Value>(_ value: Value) -> String {
        unsafeBitCast(value, to: String.self)
    }
}
