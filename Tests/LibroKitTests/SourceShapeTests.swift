import Foundation
import Testing

/// The shape the code keeps so a newcomer can read it: the pipeline runs one way, in every folder
/// of every module, and no function is longer than a screen.
@Suite struct SourceShapeTests {
    static let order = [
        "CCmarkGFM", "CSwap", "Files", "Markdown", "Diagnostics", "Workers", "Spreadsheet", "Model", "Load", "Theme",
        "Derive", "Link",
        "Render", "Emit",
        "LibroKit", "Preview", "LibroCLI", "libro",
    ]

    /// Lines a function may take, its declaration and closing brace included.
    static let longestFunction = 60

    @Test func modulesImportOnlyEarlierStagesInEveryFolder() throws {
        let files = try SourceFiles.all()
        #expect(Set(files.map(\.module)) == Set(Self.order.filter { $0 != "CCmarkGFM" && $0 != "CSwap" }))
        #expect(files.contains { $0.path.split(separator: "/").count > 2 }, "subfolders are read too")
        var violations: [String] = []
        for file in files {
            let position = try #require(Self.order.firstIndex(of: file.module), "\(file.module) has no place")
            for line in file.text.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard let index = words.firstIndex(of: "import"), index + 1 < words.count else { continue }
                if let other = Self.order.firstIndex(of: String(words[index + 1])), other >= position {
                    violations.append("\(file.path) importa \(words[index + 1])")
                }
            }
        }
        #expect(violations == [])
    }

    @Test func onlyMarkdownTouchesCmark() throws {
        let users = Set(try SourceFiles.all().filter { $0.text.contains("import CCmarkGFM") }.map(\.module))
        #expect(users == ["Markdown"])
    }

    @Test func noFunctionIsLongerThanAScreen() throws {
        var long: [String] = []
        for file in try SourceFiles.all() {
            for function in FunctionSpans.find(in: CodeOnly.blanking(file.text))
            where function.lines > Self.longestFunction {
                long.append("\(file.path):\(function.line) \(function.lines) líneas")
            }
        }
        #expect(long == [])
    }

    @Test func measuresFunctionsWithoutCountingBracesInTextOrComments() {
        let code = """
            protocol P {
                func required()
            }
            struct S {
                init() {
                    let a = "}"  // }
                    let b = #"{"#
                    /* { */
                }

                func f() -> [String: Int] {
                    let c = \"""
                    {
                    \"""
                    return [:]
                }
            }
            """
        let spans = FunctionSpans.find(in: CodeOnly.blanking(code))
        #expect(spans.map { "\($0.line):\($0.lines)" } == ["5:5", "11:6"])
    }
}

/// Where each function, initializer and subscript starts and how many lines it takes.
enum FunctionSpans {
    static func find(in code: [UInt8]) -> [(line: Int, lines: Int)] {
        var lineStarts = [0]
        for (index, byte) in code.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(index + 1) }
        func line(at offset: Int) -> Int { (lineStarts.lastIndex { $0 <= offset } ?? 0) + 1 }
        var spans: [(line: Int, lines: Int)] = []
        for start in declarations(in: code) {
            guard let open = bodyStart(in: code, after: start), let close = matchingBrace(in: code, from: open) else {
                continue
            }
            spans.append((line(at: start), line(at: close) - line(at: start) + 1))
        }
        return spans
    }

    private static let keywords = ["func ", "init(", "init?(", "init<", "deinit ", "deinit{", "subscript("].map {
        Array($0.utf8)
    }

    private static func declarations(in code: [UInt8]) -> [Int] {
        var found: [Int] = []
        for index in code.indices {
            let before = index == 0 ? UInt8(ascii: " ") : code[index - 1]
            guard !isWordByte(before) else { continue }
            if keywords.contains(where: {
                index + $0.count <= code.count && Array(code[index..<index + $0.count]) == $0
            }) {
                found.append(index)
            }
        }
        return found
    }

    /// The `{` that opens the body: the first at depth 0 of parentheses and brackets, unless the
    /// declaration ends first (a protocol's requirement: a `}` or another declaration comes).
    private static func bodyStart(in code: [UInt8], after start: Int) -> Int? {
        var depth = 0
        var index = start + 4
        let next = Set(declarations(in: Array(code[(start + 4)...])).map { $0 + start + 4 })
        while index < code.count {
            switch code[index] {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "<"): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: ">"): depth = max(0, depth - 1)
            case UInt8(ascii: "{") where depth == 0: return index
            case UInt8(ascii: "}"): return nil
            default: if next.contains(index) { return nil }
            }
            index += 1
        }
        return nil
    }

    private static func matchingBrace(in code: [UInt8], from open: Int) -> Int? {
        var depth = 0
        for index in open..<code.count {
            if code[index] == UInt8(ascii: "{") { depth += 1 }
            if code[index] == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
