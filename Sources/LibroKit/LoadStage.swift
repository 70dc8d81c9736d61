import Diagnostics
import Files
import Load
import Model
import Theme

/// What LOAD read: the package and the theme, with its templates compiled.
struct LoadedBuild {
    var content: LoadedContent
    let theme: LoadedTheme
    let templates: TemplateSet
}

extension BuildRun {
    /// LOAD: `content/` and `theme/`. `previousPages` and `previousTemplates` hold what an earlier
    /// build read (nil for nothing), reused where the files did not change, and are left holding
    /// what this one read. Nil when there is nothing to go on with.
    mutating func load(
        previousPages: inout PreviousPages?, previousTemplates: inout PreviousTemplates?
    ) -> LoadedBuild? {
        progress(.load, 0, 1)
        if let problem = OutputGuard.problem(with: options) { diagnostics.append(problem) }
        if let problem = ThemeLookup.problem(with: options) {
            diagnostics.append(problem)
            return nil
        }
        // A build from nothing renders each body once: they wait in a temporary file, not in memory.
        let (loaded, contentProblems) = ContentLoader.load(
            from: options.contentFolder, displayRoot: options.contentDisplayName, reusing: &previousPages,
            spillingTo: previousPages == nil ? SpillFile() : nil)
        let (themeOnly, themeProblems) = ThemeLoader.load(
            from: options.themeFolder, displayRoot: options.themeDisplayName)
        diagnostics.append(contentsOf: contentProblems)
        diagnostics.append(contentsOf: themeProblems)
        // Without a readable content folder every page would look missing; say only that.
        guard let content = loaded else { return nil }
        let (theme, packageProblems) = ThemeLoader.overlay(
            themeOnly, packageFolder: options.contentFolder, displayRoot: options.contentDisplayName,
            strings: content.method.strings)
        diagnostics.append(contentsOf: packageProblems)
        work.add(content.times)
        let templates = PreviousTemplates.compile(theme, reusing: &previousTemplates, diagnostics: &diagnostics)
        stages.close(.load)
        return templates.map { LoadedBuild(content: content, theme: theme, templates: $0) }
    }
}
