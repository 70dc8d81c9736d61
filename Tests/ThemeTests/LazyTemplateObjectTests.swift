import Testing

@testable import Theme

/// Objects whose fields are made when a template first reads one: a section that reuses what it
/// wrote for an equal object makes nothing.
@Suite struct LazyTemplateObjectTests {
    private final class Count {
        var made = 0
    }

    private func render(_ text: String, _ context: [String: Any]) throws -> String {
        let template = try TemplateParser.parse(text, name: "prueba", escaping: .html)
        let bytes = TemplateRenderer.render(template, context: context, templates: [:], memo: TemplateMemo())
        return String(decoding: bytes, as: UTF8.self)
    }

    private func parts(_ count: Count) -> [TemplateObject] {
        (0..<3).map { _ in
            TemplateObject(
                memo: TemplateObject.Memo(1, 0, 0),
                lazily: {
                    count.made += 1
                    return ["t": "hoja"]
                })
        }
    }

    @Test func anEqualObjectIsWrittenAgainWithoutMakingItsFields() throws {
        let count = Count()
        #expect(try render("{{#partes}}[{{t}}]{{/partes}}", ["partes": parts(count)]) == "[hoja][hoja][hoja]")
        #expect(count.made == 1)
    }

    @Test func anObjectWhoseSectionReadsAroundItIsMadeEveryTime() throws {
        let count = Count()
        let text = try render("{{#partes}}[{{t}} {{fuera}}]{{/partes}}", ["fuera": "x", "partes": parts(count)])
        #expect(text == "[hoja x][hoja x][hoja x]")
        #expect(count.made == 3)
    }

    /// A page's values come as an object at the bottom of the stack: it reads as a dictionary does.
    @Test func anObjectAtTheRootReadsLikeADictionary() throws {
        let text = "{{a}}|{{#b}}{{c}}{{a}}{{/b}}|{{^falta}}no{{/falta}}|{{b.c}}|{{#l}}{{.}}{{a}}{{/l}}"
        let template = try TemplateParser.parse(text, name: "prueba", escaping: .html)
        let values: [String: Any] = ["a": "x", "b": ["c": "y"], "l": ["1", "2"]]
        let fromDictionary = TemplateRenderer.render(template, context: values, templates: [:])
        let fromObject = TemplateRenderer.render(
            template, root: .object(TemplateObject { values[$0] }), templates: [:])
        #expect(String(decoding: fromObject, as: UTF8.self) == "x|yx|no|y|1x2x")
        #expect(fromObject == fromDictionary)
    }
}
