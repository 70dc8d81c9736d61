import Foundation

/// Where a build reads and writes. Display names are how folders appear in messages.
public struct BuildOptions: Sendable {
    public var contentFolder: URL
    public var themeFolder: URL
    public var outputFolder: URL
    public var contentDisplayName: String
    public var themeDisplayName: String
    /// Organizations to include instead of those `libro.yml` names (`--organizacion`).
    public var organizations: [String]?
    /// Also write the site as an archive beside the output folder (`--zip`).
    public var archive = false
    /// Threads to use; 0 (the default) is one per core. The site is the same either way.
    public var threads = 0
    /// Also print every print pack and book page to a PDF beside it (`--pdf`).
    public var pdf = false
    /// The browser that prints them, as `LIBRO_CHROMIUM` names it; before `libro.yml`'s setting.
    public var pdfBrowser: String?
    /// Where to look for a browser named without a folder: `PATH`.
    public var searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    /// Seconds one PDF may take before Chromium is stopped and the build fails.
    public var pdfTimeout = 180.0

    /// Where `--zip` writes: `site.zip` beside `site/`.
    public var archiveFile: URL {
        outputFolder.deletingLastPathComponent().appendingPathComponent(outputFolder.lastPathComponent + ".zip")
    }

    /// Where libro looked for a theme and found none (a build then stops with these); empty
    /// when there is a theme.
    public var themeSearched: [String] = []

    /// Folders given as the user typed them, resolved against `workingDirectory`. Without a
    /// theme: `theme/` in the working folder, else the one `installation` ships.
    public init(
        content: String = "content", theme: String? = nil, output: String = "site", workingDirectory: URL,
        installation: Installation = .current
    ) {
        func resolve(_ path: String) -> URL {
            path.hasPrefix("/")
                ? URL(fileURLWithPath: path).standardizedFileURL
                : workingDirectory.appendingPathComponent(path).standardizedFileURL
        }
        func display(_ path: String) -> String {
            var trimmed = path
            while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
            return trimmed.hasPrefix("./") ? String(trimmed.dropFirst(2)) : trimmed
        }
        contentFolder = resolve(content)
        outputFolder = resolve(output)
        contentDisplayName = display(content)
        let local = resolve(theme ?? Self.themeFolderName)
        if theme == nil, !Installation.isFolder(local), let installed = installation.theme {
            themeFolder = installed
            themeDisplayName = installed.path
        } else {
            themeFolder = local
            themeDisplayName = display(theme ?? Self.themeFolderName)
            if theme == nil, !Installation.isFolder(local) {
                themeSearched = [local.path] + installation.searched.prefix(1)
            }
        }
    }

    /// The theme's folder in a working folder, used when `--theme` is not given.
    static let themeFolderName = "theme"
}
