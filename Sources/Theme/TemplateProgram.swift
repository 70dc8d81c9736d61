/// A parsed template laid out as one flat list of steps, which the renderer walks by index. A
/// step is a few integers, so walking it copies nothing: with a tree, every node visited was
/// retained and released, and a page visits about a thousand.
final class TemplateProgram: Sendable {
    enum Operation: UInt8, Sendable {
        /// `bytes[operand ..< operand + extent]`.
        case text
        /// The name `keys[operand]`, escaped for the template; `raw` as it is.
        case escaped, raw
        /// Steps up to `extent` are the section's; `inverted` runs them when the value is empty.
        case section, inverted
        /// `names[operand]`.
        case partial
        /// The layout `names[operand]` with `blockSets[extra]`; the blocks' steps follow, up to `extent`.
        case parent
        /// `names[operand]`: a block a page may replace; its default steps follow, up to `extent`.
        case block
    }

    struct Step: Sendable {
        let operation: Operation
        let operand: Int32
        var extent: Int32 = 0
        var extra: Int32 = 0
        /// For partials, layouts and blocks: `indentations[indentation]` starts their lines.
        var indentation: Int32 = 0
    }

    let steps: [Step]
    let bytes: [UInt8]
    /// Each name as the range of its parts in `parts` (empty for `.`): reading a name's parts
    /// from one flat array retains nothing, where a key of its own retained its array of parts
    /// at every lookup (1 % of the 1 000-page corpus's instructions, callgrind).
    let keys: [Range<Int32>]
    let parts: [String]
    let names: [String]
    let indentations: [[UInt8]]
    /// For each layout called: its blocks, by name, as ranges of `steps`.
    let blockSets: [[String: Range<Int>]]

    init(_ nodes: [TemplateNode]) {
        var builder = Builder()
        builder.add(nodes)
        steps = builder.steps
        bytes = builder.bytes
        keys = builder.keys
        parts = builder.parts
        names = builder.names
        indentations = builder.indentations
        blockSets = builder.blockSets
    }

    private struct Builder {
        var steps: [Step] = []
        var bytes: [UInt8] = []
        var keys: [Range<Int32>] = []
        var parts: [String] = []
        var names: [String] = []
        var indentations: [[UInt8]] = []
        var blockSets: [[String: Range<Int>]] = []

        mutating func add(_ nodes: [TemplateNode]) {
            for node in nodes { add(node) }
        }

        private mutating func add(_ node: TemplateNode) {
            switch node {
            case .text(let text):
                steps.append(Step(operation: .text, operand: Int32(bytes.count), extent: Int32(text.count)))
                bytes += text
            case .variable(let key, let escaped):
                steps.append(Step(operation: escaped ? .escaped : .raw, operand: number(of: key)))
            case .section(let key, let inverted, let children):
                let start = open(Step(operation: inverted ? .inverted : .section, operand: number(of: key)))
                add(children)
                close(start)
            case .partial(let name, let indentation):
                steps.append(Step(operation: .partial, operand: number(of: name), indentation: indent(indentation)))
            case .parent(let name, let indentation, let blocks):
                let start = open(
                    Step(
                        operation: .parent, operand: number(of: name), extra: Int32(blockSets.count),
                        indentation: indent(indentation)))
                blockSets.append([:])
                var ranges: [String: Range<Int>] = [:]
                for (block, children) in blocks.sorted(by: { $0.key < $1.key }) {
                    let first = steps.count
                    add(children)
                    ranges[block] = first..<steps.count
                }
                blockSets[Int(steps[start].extra)] = ranges
                close(start)
            case .block(let name, let indentation, let children):
                let start = open(Step(operation: .block, operand: number(of: name), indentation: indent(indentation)))
                add(children)
                close(start)
            }
        }

        /// Appends a step whose content follows it, for `close` to mark where the content ends.
        private mutating func open(_ step: Step) -> Int {
            steps.append(step)
            return steps.count - 1
        }

        private mutating func close(_ start: Int) {
            steps[start].extent = Int32(steps.count)
        }

        private mutating func number(of key: TemplateKey) -> Int32 {
            keys.append(Int32(parts.count)..<Int32(parts.count + key.parts.count))
            parts += key.parts
            return Int32(keys.count - 1)
        }

        private mutating func number(of name: String) -> Int32 {
            if let index = names.firstIndex(of: name) { return Int32(index) }
            names.append(name)
            return Int32(names.count - 1)
        }

        private mutating func indent(_ indentation: [UInt8]) -> Int32 {
            if let index = indentations.firstIndex(of: indentation) { return Int32(index) }
            indentations.append(indentation)
            return Int32(indentations.count - 1)
        }
    }
}
