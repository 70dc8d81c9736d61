import Diagnostics
import Files
import Foundation
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
    /// what this one read; with `changed` known, the content folder is not listed again and only
    /// those files are stamped. Nil when there is nothing to go on with.
    mutating func load(
        previousPages: inout PreviousPages?, previousTemplates: inout PreviousTemplates?,
        previousTheme: inout PreviousTheme?
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
            spillingTo: previousPages == nil && spillsBodies ? SpillFile() : nil,
            changed: changed.map { Self.relative($0, to: options.contentFolder) })
        diagnostics.append(contentsOf: contentProblems)
        // Without a readable content folder every page would look missing; say only that.
        guard let content = loaded else {
            diagnostics.append(
                contentsOf: ThemeLoader.load(from: options.themeFolder, displayRoot: options.themeDisplayName).1)
            return nil
        }
        let theme =
            PreviousTheme.reusable(previousTheme, changed: changed, options: options, strings: content.method.strings)
            ?? loadTheme(strings: content.method.strings)
        previousTheme = theme
        diagnostics.append(contentsOf: theme.problems)
        work.add(content.times)
        let templates = PreviousTemplates.compile(theme.theme, reusing: &previousTemplates, diagnostics: &diagnostics)
        stages.close(.load)
        return templates.map { LoadedBuild(content: content, theme: theme.theme, templates: $0) }
    }

    /// `theme/`, with the package's own templates laid over it.
    private func loadTheme(strings: [String: String]) -> PreviousTheme {
        let (themeOnly, themeProblems) = ThemeLoader.load(
            from: options.themeFolder, displayRoot: options.themeDisplayName)
        let (theme, packageProblems) = ThemeLoader.overlay(
            themeOnly, packageFolder: options.contentFolder, displayRoot: options.contentDisplayName,
            strings: strings)
        var problems = themeProblems
        problems.append(contentsOf: packageProblems)
        return PreviousTheme(theme: theme, problems: problems, strings: strings)
    }

    /// The paths below `folder`, relative to it; others (the theme's) are left out.
    private static func relative(_ paths: Set<String>, to folder: URL) -> Set<String> {
        let prefix = folder.standardizedFileURL.path + "/"
        return Set(paths.lazy.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) })
    }
}
