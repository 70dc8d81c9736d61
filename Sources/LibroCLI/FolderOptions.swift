import ArgumentParser

/// The folders every command reads, defaulting to the project's top level.
struct FolderOptions: ParsableArguments {
    @Option(name: .long, help: "Carpeta del contenido (Markdown, YAML, imágenes).")
    var content = "content"

    @Option(
        name: .long,
        help:
            "Carpeta del tema (plantillas, estilos, textos de la interfaz); sin ella, theme/ de la carpeta actual o el tema instalado con libro."
    )
    var theme: String?

    @Option(
        name: .customLong("organizacion"),
        help:
            "Incluye los datos de esta organización (content/organizaciones/<slug>) en lugar de las que nombra libro.yml; se puede repetir."
    )
    var organizations: [String] = []

    @Flag(name: .customLong("sin-organizaciones"), help: "Genera el sitio sin los datos de ninguna organización.")
    var withoutOrganizations = false

    /// The organizations to include, or nil to use those `libro.yml` names.
    var organizationOverride: [String]? {
        if withoutOrganizations { return [] }
        return organizations.isEmpty ? nil : organizations
    }
}
