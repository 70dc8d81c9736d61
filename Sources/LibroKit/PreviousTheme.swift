import Diagnostics
import Foundation
import Load
import Model

/// The theme an earlier build loaded, with the package's templates laid over it, kept by `libro
/// servir`: when the watcher names only content files outside the package's `plantillas/`, and
/// the method's strings are the same, the theme folder is not read again.
struct PreviousTheme: Sendable {
    let theme: LoadedTheme
    /// What loading the theme and the package's templates reported.
    let problems: DiagnosticList
    /// The method's strings the theme was overlaid with.
    let strings: [String: String]

    /// The kept theme, when `changed` (full paths; nil when unknown) names nothing it was made from.
    static func reusable(
        _ previous: PreviousTheme?, changed: Set<String>?, options: BuildOptions, strings: [String: String]
    ) -> PreviousTheme? {
        guard let previous, let changed, previous.strings == strings else { return nil }
        let content = options.contentFolder.standardizedFileURL.path + "/"
        let templates = content + ThemeLoader.packageTemplatesFolder + "/"
        let theme = [options.themeFolder.path + "/", options.themeFolder.standardizedFileURL.path + "/"]
        let onlyContent = changed.allSatisfy { path in
            path.hasPrefix(content) && !path.hasPrefix(templates) && !theme.contains { path.hasPrefix($0) }
        }
        return onlyContent ? previous : nil
    }
}
