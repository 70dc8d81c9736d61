import Derive
import Diagnostics
import Load
import Model
import Workers

extension BuildRun {
    /// DERIVE: the data of the organizations the build includes, and the pages it calls for,
    /// added to the content to be linked like any other page.
    mutating func derive(_ loaded: inout LoadedBuild) -> (organizations: [Organization], derived: DerivedPages) {
        let (organizations, problems) = OrganizationLoader.load(
            slugs: options.organizations ?? loaded.content.config.organizations,
            method: loaded.content.method.organization,
            contentFolder: options.contentFolder,
            displayRoot: options.contentDisplayName,
            requestedAt: options.organizations != nil
                ? SourceLocation(file: "--organizacion", line: 0)
                : loaded.content.config.organizationsLocation
                    ?? SourceLocation(file: "\(options.contentDisplayName)/libro.yml"))
        diagnostics.append(contentsOf: problems)
        var derived = DerivedPages()
        // Pages made from data that has errors would only repeat them.
        if !problems.hasErrors {
            let (content, theme, templates) = (loaded.content, loaded.theme, loaded.templates)
            derived = work.measure(.derive) {
                PageDeriver.derive(from: content, organizations: organizations, templates: templates, theme: theme)
            }
            diagnostics.append(contentsOf: derived.problems)
            loaded.content.pages += derived.pages
            loaded.content.bodies += derived.bodies
            // One copy: RENDER lets each body go once its page is rendered.
            derived.bodies = []
        }
        diagnostics.append(
            contentsOf: CalloutCheck.problems(
                in: loaded.content.pages, strings: loaded.theme.strings, templates: loaded.templates,
                themeDisplayRoot: options.themeDisplayName))
        stages.close(.derive)
        return (organizations, derived)
    }
}
