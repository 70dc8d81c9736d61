import Diagnostics
import Foundation

/// What LOAD read from `theme/`: template sources, UI strings and the files to copy.
public struct LoadedTheme: Sendable, Equatable {
    public struct Template: Sendable, Equatable {
        /// Name used in partials and by the renderer: `pagina`, `parciales/cabecera`.
        public let name: String
        public let text: String
        public let location: SourceLocation

        public init(name: String, text: String, location: SourceLocation) {
            self.name = name
            self.text = text
            self.location = location
        }
    }

    public var templates: [Template]
    /// The Spanish UI strings of `textos.yml`, by key.
    public var strings: [String: String]
    /// Files under `recursos/`, relative to it.
    public var assets: [String]
    public var assetsFolder: URL
    /// How `theme/` is named in diagnostics.
    public var displayRoot: String

    public init(
        templates: [Template], strings: [String: String], assets: [String], assetsFolder: URL, displayRoot: String
    ) {
        self.templates = templates
        self.strings = strings
        self.assets = assets
        self.assetsFolder = assetsFolder
        self.displayRoot = displayRoot
    }
}
