import Testing

@testable import Theme

/// One case of the Mustache specification: a template, its data and partials, and what it must
/// write. Names are the spec's, so a failure can be looked up there.
struct MustacheSpecCase: Sendable, CustomTestStringConvertible {
    let name: String
    let template: String
    let data: MustacheSpecValue
    let partials: [String: String]
    let expected: String

    init(
        _ name: String, template: String, data: MustacheSpecValue = [:], partials: [String: String] = [:],
        expected: String
    ) {
        self.name = name
        self.template = template
        self.data = data
        self.partials = partials
        self.expected = expected
    }

    var testDescription: String { name }

    /// What the engine makes of the case: the text it writes, or the message that stops the
    /// template from being read. Templates escape for HTML, as the spec's do.
    func render() -> MustacheSpecOutcome {
        do {
            var templates: [String: Template] = [:]
            for (name, text) in partials {
                templates[name] = try TemplateParser.parse(text, name: name, escaping: .html)
            }
            let template = try TemplateParser.parse(template, name: "plantilla", escaping: .html)
            let bytes = TemplateRenderer.render(template, root: TemplateScope(data.engineValue), templates: templates)
            return .output(String(decoding: bytes, as: UTF8.self))
        } catch {
            return .error(error.message)
        }
    }
}

enum MustacheSpecOutcome: Equatable, Sendable, CustomStringConvertible {
    case output(String)
    case error(String)

    var description: String {
        switch self {
        case .output(let text): String(reflecting: text)
        case .error(let message): "error: \(message)"
        }
    }
}
