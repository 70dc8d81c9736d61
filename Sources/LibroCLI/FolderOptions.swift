import ArgumentParser

/// The folders a build reads, defaulting to the project's top level, and the organizations it includes.
struct FolderOptions: ParsableArguments {
    @OptionGroup var contentOption: ContentOption

    @Option(
        name: [.customLong("tema"), .customLong("theme")],
        help: ArgumentHelp(
            "Carpeta del tema (plantillas, estilos, textos de la interfaz); sin ella, theme/ de la carpeta actual o el tema instalado con libro.",
            valueName: "carpeta"))
    var theme: String?

    @Option(
        name: .customLong("organizacion"),
        help: ArgumentHelp(
            "Incluye los datos de esta organización (content/organizaciones/<nombre>) en lugar de las que nombra libro.yml; se puede repetir.",
            valueName: "nombre")
    )
    var organizations: [String] = []

    @Flag(name: .customLong("sin-organizaciones"), help: "Genera el sitio sin los datos de ninguna organización.")
    var withoutOrganizations = false

    var content: String { contentOption.content }

    /// Both would be a contradiction the build could only settle by dropping one in silence.
    func validate() throws {
        if withoutOrganizations && !organizations.isEmpty {
            throw ValidationError(
                "--sin-organizaciones y --organizacion se contradicen: usa solo una de las dos.")
        }
    }

    /// The organizations to include, or nil to use those `libro.yml` names.
    var organizationOverride: [String]? {
        if withoutOrganizations { return [] }
        return organizations.isEmpty ? nil : organizations
    }
}
