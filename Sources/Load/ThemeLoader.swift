import Diagnostics
import Foundation
import Model

/// LOAD for `theme/`: `plantillas/*.mustache`, `textos.yml` and `recursos/`.
public enum ThemeLoader {
    static let templatesFolder = "plantillas"
    /// Where a package keeps its own templates, below its content folder.
    public static var packageTemplatesFolder: String { templatesFolder }
    static let stringsFile = "textos.yml"
    static let assetsFolder = "recursos"

    public static func load(from folder: URL, displayRoot: String) -> (LoadedTheme, DiagnosticList) {
        var diagnostics = DiagnosticList()
        var theme = LoadedTheme(
            templates: [],
            strings: [:],
            assets: [],
            assetsFolder: folder.appendingPathComponent(assetsFolder),
            displayRoot: displayRoot
        )
        do {
            theme.templates = try templates(in: folder, displayRoot: displayRoot, &diagnostics)
        } catch {
            diagnostics.append(
                .error(
                    "tema-sin-plantillas",
                    "no se encuentra la carpeta `\(templatesFolder)/` del tema; comprueba la opción --tema",
                    at: SourceLocation(file: "\(displayRoot)/\(templatesFolder)", line: 0, column: 0)
                )
            )
        }

        let stringsDisplay = "\(displayRoot)/\(stringsFile)"
        if let text = read(folder.appendingPathComponent(stringsFile), stringsDisplay, &diagnostics) {
            theme.strings = decodeStrings(SourceText(displayPath: stringsDisplay, text: text), &diagnostics)
        }
        let assets = try? FileTree.listing(in: theme.assetsFolder)
        theme.assets = assets?.files ?? []
        diagnostics.append(contentsOf: assets?.problems(displayRoot: "\(displayRoot)/\(assetsFolder)") ?? [])
        return (theme, diagnostics)
    }

    /// The templates a package carries in `content/plantillas/`, over the theme's of the same
    /// name: a package's own pages (its organizations') and any page or block it draws its way.
    public static func overlay(
        _ theme: LoadedTheme, packageFolder: URL, displayRoot: String, strings: [String: String]
    ) -> (LoadedTheme, DiagnosticList) {
        var diagnostics = DiagnosticList()
        var overlaid = theme
        overlaid.strings.merge(strings) { _, package in package }
        guard let own = try? templates(in: packageFolder, displayRoot: displayRoot, &diagnostics) else {
            return (overlaid, diagnostics)
        }
        let names = Set(own.map(\.name))
        overlaid.templates = theme.templates.filter { !names.contains($0.name) } + own
        return (overlaid, diagnostics)
    }

    /// Every `.mustache` file under `plantillas/` of `folder`, named by its path without the extension.
    private static func templates(in folder: URL, displayRoot: String, _ diagnostics: inout DiagnosticList) throws
        -> [LoadedTheme.Template]
    {
        let templatesURL = folder.appendingPathComponent(templatesFolder)
        var templates: [LoadedTheme.Template] = []
        for path in try FileTree.files(in: templatesURL) where path.hasSuffix(".mustache") {
            let displayPath = "\(displayRoot)/\(templatesFolder)/\(path)"
            guard let text = read(templatesURL.appendingPathComponent(path), displayPath, &diagnostics) else {
                continue
            }
            templates.append(
                LoadedTheme.Template(
                    name: String(path.dropLast(".mustache".count)), text: text,
                    location: SourceLocation(file: displayPath)
                ))
        }
        return templates
    }

    private static func read(_ url: URL, _ displayPath: String, _ diagnostics: inout DiagnosticList) -> String? {
        guard let data = try? Data(contentsOf: url) else {
            diagnostics.append(
                .error("lectura-fallida", "no se pudo leer el archivo del tema", at: SourceLocation(file: displayPath))
            )
            return nil
        }
        switch TextDecoding.decode(data, displayPath: displayPath) {
        case .success(let text): return text
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// A flat mapping of string keys to texts.
    private static func decodeStrings(_ source: SourceText, _ diagnostics: inout DiagnosticList) -> [String: String] {
        guard
            let fields = YAMLMapping.parse(
                source.text, what: stringsFile, in: source, firstLine: 1, diagnostics: &diagnostics)
        else { return [:] }
        var strings: [String: String] = [:]
        for key in fields.keys {
            if let value = fields.string(key, diagnostics: &diagnostics) { strings[key] = value }
        }
        return strings
    }
}
