import Derive
import Diagnostics
import Load
import Markdown
import Testing
import Theme

/// The limits that keep cmark-gfm's slow paths linear leave the shipped package far inside them.
@Suite struct MarkdownLimitsTests {
    /// Every page of `content/` and every page made from the sample organization's data.
    private static func shippedBodies() throws -> [String] {
        let content = Fixtures.repository.appendingPathComponent("content")
        let (loaded, _) = ContentLoader.load(from: content, displayRoot: "content")
        let loadedContent = try #require(loaded)
        let (baseTheme, _) = ThemeLoader.load(from: Fixtures.theme, displayRoot: "theme")
        let (theme, _) = ThemeLoader.overlay(
            baseTheme, packageFolder: content, displayRoot: "content", strings: loadedContent.method.strings)
        var problems = DiagnosticList()
        let templates = try #require(TemplateSet(theme: theme, diagnostics: &problems))
        let (organizations, _) = OrganizationLoader.load(
            slugs: loadedContent.config.organizations, method: loadedContent.method.organization,
            contentFolder: content, displayRoot: "content",
            requestedAt: SourceLocation(file: "content/libro.yml"))
        #expect(!organizations.isEmpty)
        let derived = PageDeriver.derive(
            from: loadedContent, organizations: organizations, templates: templates, theme: theme)
        return (loadedContent.bodies + derived.bodies).map(\.text)
    }

    @Test func everyLimitIsTenTimesWhatTheLargestShippedPageNeeds() throws {
        var largest: [MarkdownLimit: Int] = [:]
        for body in try Self.shippedBodies() {
            for (limit, value) in ComplexityScan(body).largest { largest[limit] = max(largest[limit] ?? 0, value) }
        }
        for limit in MarkdownLimit.allCases {
            #expect(limit.maximum >= 10 * (largest[limit] ?? 0), "\(limit.rawValue) llega a \(largest[limit] ?? 0)")
        }
    }
}
