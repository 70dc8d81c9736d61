import Diagnostics

/// Says where libro looked when no theme was given and none was found, instead of a list of
/// missing templates.
enum ThemeLookup {
    static func problem(with options: BuildOptions) -> Diagnostic? {
        guard !options.themeSearched.isEmpty else { return nil }
        let places = options.themeSearched.map { "«\($0)»" }.joined(separator: " y ")
        return .error(
            "tema-no-encontrado",
            "no se encuentra el tema: libro lo buscó en \(places); indica la carpeta con --theme o reinstala libro",
            at: SourceLocation(file: options.themeDisplayName, line: 0, column: 0)
        )
    }
}
