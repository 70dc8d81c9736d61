import Derive
import Diagnostics
import Load
import Model
import Workers

extension BuildRun {
    /// DERIVE: the data of the organizations the build includes, and the pages it calls for,
    /// added to the content to be linked like any other page. `previous` and `previousOrganizations` hold what an earlier build read and made (nil for
    /// none), taken again when nothing they come from changed, and are left holding this one's.
    mutating func derive(
        _ loaded: inout LoadedBuild, previous: inout PreviousDerive?,
        previousOrganizations: inout PreviousOrganizations?
    ) -> (organizations: [Organization], derived: DerivedPages) {
        let request = PreviousOrganizations.Request(
            slugs: options.organizations ?? loaded.content.config.organizations,
            method: loaded.content.method.organization,
            contentFolder: options.contentFolder,
            displayRoot: options.contentDisplayName,
            location: options.organizations != nil
                ? SourceLocation(file: "--organizacion", line: 0)
                : loaded.content.config.organizationsLocation
                    ?? SourceLocation(file: "\(options.contentDisplayName)/libro.yml"))
        let (organizations, problems) = PreviousOrganizations.load(
            request, changed: changed, reusing: &previousOrganizations)
        diagnostics.append(contentsOf: problems)
        var derived = DerivedPages()
        // Pages made from data that has errors would only repeat them.
        if !problems.hasErrors {
            let inputs = DeriveInputs(content: loaded.content, organizations: organizations, theme: loaded.theme)
            let templates = loaded.templates
            derived = work.measure(.derive) {
                PreviousDerive.derive(inputs, templates: templates, reusing: &previous).derived
            }
            diagnostics.append(contentsOf: derived.problems)
            // Only when there are some: appending even none copies pages the last load still holds.
            if !derived.pages.isEmpty {
                loaded.content.pages += derived.pages
                loaded.content.bodies += derived.bodies
            }
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
