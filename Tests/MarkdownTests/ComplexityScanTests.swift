import Foundation
import Testing

@testable import Markdown

/// A text at one of the limits and one just past it, where the scan must say it is passed.
private func repeated(_ text: String, _ count: Int) -> String {
    String(repeating: text, count: count)
}

/// A test argument shown by its name: the texts here are up to megabytes long, and the test
/// log would print each whole.
struct Named<Value: Sendable>: Sendable, CustomTestStringConvertible {
    let name: String
    let value: Value
    var testDescription: String { name }
}

struct LimitCase: Sendable, CustomTestStringConvertible {
    let limit: MarkdownLimit
    let atLimit: String
    let pastLimit: String
    let line: Int
    let byteColumn: Int
    /// What the text at the limit renders to, in part.
    let rendered: String
    let renderedCount: Int

    var testDescription: String { limit.rawValue }

    /// A table of ten columns (eleven `|`, twelve cells as counted) and `rows` rows.
    static func table(rows: Int) -> String {
        let row = "|" + repeated("a|", 10) + "\n"
        return row + "|" + repeated("-|", 10) + "\n" + repeated(row, rows)
    }

    static let all: [LimitCase] = [
        LimitCase(
            limit: .tableWidth,
            atLimit: "|" + repeated("a|", 127) + "\n|" + repeated("-|", 127) + "\n|x|\n",
            pastLimit: "|" + repeated("a|", 128) + "\n|" + repeated("-|", 128) + "\n|x|\n",
            line: 1, byteColumn: 257, rendered: "<th>a</th>", renderedCount: 127),
        // 2 × 12 + 4 164 × 12 = 49 992 cells; one row more is 50 004.
        LimitCase(
            limit: .tableCells, atLimit: table(rows: 4_164), pastLimit: table(rows: 4_165),
            line: 4_167, byteColumn: 1, rendered: "<tr>", renderedCount: 4_165),
        LimitCase(
            limit: .tableSeparators, atLimit: "a|b\n" + repeated("-|-|-\n", 10),
            pastLimit: "a|b\n" + repeated("-|-|-\n", 11), line: 12, byteColumn: 1, rendered: "<p>", renderedCount: 1),
        LimitCase(
            limit: .blockNesting, atLimit: repeated("> ", 32) + "a\n", pastLimit: repeated("> ", 33) + "a\n",
            line: 1, byteColumn: 65, rendered: "<blockquote>", renderedCount: 32),
        // 1 000 `![` and 1 000 `]` make 1 000 000; the next `![` passes it.
        LimitCase(
            limit: .imageBrackets, atLimit: repeated("![[]()", 1_000), pastLimit: repeated("![[]()", 1_001),
            line: 1, byteColumn: 6_001, rendered: "<a href=\"\"></a>", renderedCount: 1_000),
        LimitCase(
            limit: .emphasisMarks, atLimit: repeated("*a ", 1_000), pastLimit: repeated("*a ", 1_001),
            line: 1, byteColumn: 3_001, rendered: "*a", renderedCount: 1_000),
        LimitCase(
            limit: .addressRun, atLimit: "www.a.com" + repeated(")", 63), pastLimit: "www.a.com" + repeated(")", 64),
            line: 1, byteColumn: 73, rendered: "<a href=\"http://www.a.com\">", renderedCount: 1),
        LimitCase(
            limit: .atSigns, atLimit: repeated("a@b.co ", 64), pastLimit: repeated("a@b.co ", 65),
            line: 1, byteColumn: 450, rendered: "<a href=\"mailto:a@b.co\">", renderedCount: 64),
        // The definition holds 10 000 bytes from its `]`; 999 uses and its own `]` make 10 MB.
        LimitCase(
            limit: .referenceExpansion,
            atLimit: "[a]: /" + repeated("x", 9_995) + "\n\n" + repeated("[a] ", 999),
            pastLimit: "[a]: /" + repeated("x", 9_995) + "\n\n" + repeated("[a] ", 1_000),
            line: 1, byteColumn: 3, rendered: "<a href=\"/xxx", renderedCount: 999),
    ]
}

@Suite struct ComplexityScanTests {
    private static let pathological: [(String, String, MarkdownLimit)] = [
        (
            "table of 10 000 columns",
            "|" + repeated("a|", 10_000) + "\n|" + repeated("-|", 10_000) + "\n" + repeated("x\n", 10_000), .tableWidth
        ),
        (
            "rows that fill to a wide header",
            "|" + repeated("a|", 100) + "\n|" + repeated("-|", 100) + "\n" + repeated("x\n", 1_000), .tableCells
        ),
        ("separator rows that open no table", repeated("a|b\n-|-|-\n", 8_000), .tableSeparators),
        ("pattern ![[]() repeated", repeated("![[]()", 20_000), .imageBrackets),
        ("empty lines in deeply nested lists", repeated("- ", 20_000) + "x" + repeated("\n", 20_000), .blockNesting),
        (
            "lazy lines in deeply nested block quotes", repeated("> ", 20_000) + "a\n" + repeated("b\n", 20_000),
            .blockNesting
        ),
        ("emphasis in deep block quote", repeated(">", 20_000) + repeated("a*", 20_000), .blockNesting),
        (
            "openers of one kind, closers of another (issue 389)", repeated("*a ", 20_000) + repeated("_a*_ ", 20_000),
            .emphasisMarks
        ),
        ("nested strong emphasis", repeated("*a **a ", 10_000) + "b" + repeated(" a** a*", 10_000), .emphasisMarks),
        ("closing parentheses after an address", "www.a.com" + repeated(")", 200_000), .addressRun),
        ("many mail addresses in a paragraph", repeated("a@b.co ", 20_000), .atSigns),
        (
            "a long reference used many times", "[a]: /" + repeated("x", 100_000) + "\n\n" + repeated("[a] ", 1_000),
            .referenceExpansion
        ),
    ]

    private static let disguised: [(String, String)] = [
        ("a fence inside an HTML comment", "<!--\n```\n-->\n" + repeated("*a ", 1_001) + "\n```\n"),
        ("a fence inside an HTML block", "<div>\n```\n</div>\n\n" + repeated("*a ", 1_001) + "\n```\n"),
        ("an indented fence", " ```\n" + repeated("*a ", 1_001) + "\n```\n"),
        ("a fence in a list item", "- ```\n" + repeated("*a ", 1_001) + "\n```\n"),
        ("a backtick fence with a backtick after it", "```a`b\n" + repeated("*a ", 1_001) + "\n```\n"),
        ("a paragraph cut by carriage returns", "x\r" + repeated("> ", 33) + "a\r"),
        ("items of no list", repeated("*a ", 600) + "\n2. " + repeated("*a ", 600)),
        ("markers indented as text", repeated("*a ", 600) + "\n      - " + repeated("*a ", 600)),
        ("a heading indented as text", repeated("*a ", 600) + "\n    # " + repeated("*a ", 600)),
        ("a lazy line of markers", "> a\n" + repeated("- ", 33)),
    ]

    private static let linear: [(String, String)] = [
        ("links in one paragraph", repeated("[x](otra.md) ", 20_000)),
        ("unclosed brackets", repeated("[a", 80_000)),
        ("nested brackets", repeated("[", 50_000) + "a" + repeated("]", 50_000)),
        ("unclosed code spans", repeated("`a", 80_000)),
        ("backtick runs", (1..<500).map { "e" + repeated("`", $0) }.joined()),
        ("unclosed links", repeated("[a](<b", 30_000)),
        ("unclosed comments", "</" + repeated("<!--", 100_000)),
        ("many reference definitions", (0..<20_000).map { "[\($0)]: u\n" }.joined() + repeated("[0] ", 1_000)),
        ("a long line", repeated("palabra ", 500_000)),
        ("fenced code full of marks", "```\n" + repeated("*a _b* | ![c] www.d.e) @\n", 5_000) + "```\n"),
        ("long thematic breaks", repeated("* ", 100) + "\n\n" + repeated("- ", 100) + "\n"),
        ("snake_case words", repeated("plan_de_trabajo ", 5_000)),
    ]

    @Test func slotsFollowTheOrderOfAllCases() {
        #expect(MarkdownLimit.allCases.enumerated().allSatisfy { $1.slot == $0 })
    }

    @Test(arguments: LimitCase.all)
    func textAtTheLimitPassesAndRenders(_ example: LimitCase) {
        let scan = ComplexityScan(example.atLimit)
        #expect(scan.exceeded == [])
        #expect(scan.largest[example.limit] ?? 0 <= example.limit.maximum)
        let html = MarkdownDocument(parsing: example.atLimit).renderHTML()
        #expect(html.components(separatedBy: example.rendered).count - 1 == example.renderedCount)
    }

    @Test(arguments: LimitCase.all)
    func textPastTheLimitIsRefusedWhereItIsPassed(_ example: LimitCase) {
        let exceeded = ComplexityScan(example.pastLimit).exceeded.filter { $0.limit == example.limit }
        #expect(exceeded.map(\.position) == [SourcePosition(line: example.line, byteColumn: example.byteColumn)])
        #expect(exceeded.allSatisfy { $0.value > example.limit.maximum })
    }

    /// The inputs of cmark's and cmark-gfm's pathological tests that the system's cmark-gfm is
    /// slow on or fills memory with, at sizes that took it seconds to minutes, are refused.
    @Test(arguments: pathological.map { Named(name: $0.0, value: ($0.1, $0.2)) })
    func pathologicalInputsAreRefused(_ example: Named<(String, MarkdownLimit)>) {
        let (text, limit) = example.value
        #expect(ComplexityScan(text).exceeded.map(\.limit).contains(limit), "\(example.name)")
    }

    /// What cmark keeps as Markdown is scanned, however it is dressed: only fences it surely
    /// opens are skipped, paragraphs are only cut where cmark surely cuts them, and `\r` ends a
    /// line as it does for cmark.
    @Test(arguments: disguised.map { Named(name: $0.0, value: $0.1) })
    func markdownCannotHideFromTheScan(_ example: Named<String>) {
        #expect(!ComplexityScan(example.value).exceeded.isEmpty, "\(example.name)")
    }

    /// What cmark-gfm handles in linear time stays accepted, however much of it there is.
    @Test(arguments: linear.map { Named(name: $0.0, value: $0.1) })
    func linearInputsPass(_ example: Named<String>) {
        #expect(ComplexityScan(example.value).exceeded == [], "\(example.name)")
    }
}
