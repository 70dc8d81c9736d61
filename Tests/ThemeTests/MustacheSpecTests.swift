import Testing

@testable import Theme

/// The engine against the Mustache specification (github.com/mustache/spec, v1.4.2), one test per
/// part of it the engine implements, each case under its name in the spec. A case the engine
/// writes differently on purpose is in `knownDeviations`, with what it writes instead and why.
@Suite struct MustacheSpecTests {
    @Test(arguments: MustacheSpecCase.interpolation) func interpolation(_ spec: MustacheSpecCase) {
        check(spec, in: .interpolation)
    }

    @Test(arguments: MustacheSpecCase.sections) func sections(_ spec: MustacheSpecCase) {
        check(spec, in: .sections)
    }

    @Test(arguments: MustacheSpecCase.inverted) func inverted(_ spec: MustacheSpecCase) {
        check(spec, in: .inverted)
    }

    @Test(arguments: MustacheSpecCase.partials) func partials(_ spec: MustacheSpecCase) {
        check(spec, in: .partials)
    }

    @Test(arguments: MustacheSpecCase.delimiters) func delimiters(_ spec: MustacheSpecCase) {
        check(spec, in: .delimiters)
    }

    @Test(arguments: MustacheSpecCase.comments) func comments(_ spec: MustacheSpecCase) {
        check(spec, in: .comments)
    }

    @Test(arguments: MustacheSpecCase.inheritance) func inheritance(_ spec: MustacheSpecCase) {
        check(spec, in: .inheritance)
    }

    private func check(_ spec: MustacheSpecCase, in part: MustacheSpecPart) {
        let outcome = spec.render()
        if let deviation = Self.knownDeviations.first(where: { $0.part == part && $0.name == spec.name }) {
            #expect(outcome == deviation.engineGives, "\(deviation.reason)")
            #expect(outcome != .output(spec.expected), "no longer deviates: remove it from knownDeviations")
        } else {
            #expect(outcome == .output(spec.expected))
        }
    }

    @Test func everyKnownDeviationNamesACase() {
        for deviation in Self.knownDeviations {
            #expect(deviation.part.cases.contains { $0.name == deviation.name }, "\(deviation.name)")
        }
    }

    /// Known deviations: what the engine writes where the spec says otherwise, and why. Lambdas
    /// and dynamic names, optional parts of the spec, are not implemented (contexts are data, and
    /// a theme names its partials so that a missing one is reported before anything renders), so
    /// their cases are not here.
    static let knownDeviations: [MustacheSpecDeviation] = [
        .init(.interpolation, "Basic Null Interpolation", .output("I (nil) be seen!"), noNull),
        .init(.interpolation, "Triple Mustache Null Interpolation", .output("I (nil) be seen!"), noNull),
        .init(.interpolation, "Ampersand Null Interpolation", .output("I (nil) be seen!"), noNull),
        .init(.sections, "Null is falsey", .output(#""This should not be rendered.""#), noNull),
        .init(.inverted, "Null is falsey", .output(#""""#), noNull),
        .init(.inheritance, "Text inside parent", .error(textInLayoutCall), textIsReported),
        .init(.inheritance, "Text inside parent (2)", .error(textInLayoutCall), textIsReported),
    ]

    private static let noNull = """
        libro's contexts hold no null: a data value left out arrives empty ("", 0, false, []) and Swift \
        code leaves the key out. So the renderer does not look for a Swift nil boxed in an Any (the \
        compiler warns about one), which would cost a dynamic cast where it reads values: it is a value.
        """

    private static let textIsReported = """
        Text between the blocks of a layout call would vanish unseen, so it is reported at its line \
        and column instead.
        """

    private static let textInLayoutCall = "dentro de `{{< …}}` solo van bloques `{{$nombre}}…{{/nombre}}`"
}

/// A part of the spec, one of its files.
enum MustacheSpecPart: Sendable {
    case interpolation, sections, inverted, partials, delimiters, comments, inheritance

    var cases: [MustacheSpecCase] {
        switch self {
        case .interpolation: MustacheSpecCase.interpolation
        case .sections: MustacheSpecCase.sections
        case .inverted: MustacheSpecCase.inverted
        case .partials: MustacheSpecCase.partials
        case .delimiters: MustacheSpecCase.delimiters
        case .comments: MustacheSpecCase.comments
        case .inheritance: MustacheSpecCase.inheritance
        }
    }
}

/// A case the engine writes differently from the spec on purpose: what it writes, and why.
struct MustacheSpecDeviation: Sendable {
    let part: MustacheSpecPart
    let name: String
    let engineGives: MustacheSpecOutcome
    let reason: String

    init(_ part: MustacheSpecPart, _ name: String, _ engineGives: MustacheSpecOutcome, _ reason: String) {
        self.part = part
        self.name = name
        self.engineGives = engineGives
        self.reason = reason
    }
}
