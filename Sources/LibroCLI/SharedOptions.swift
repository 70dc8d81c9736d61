import ArgumentParser

/// `--contenido`: the content folder, which every command reads.
struct ContentOption: ParsableArguments {
    @Option(
        name: [.customLong("contenido"), .customLong("content")],
        help: ArgumentHelp("Carpeta del contenido (Markdown, YAML, imágenes).", valueName: "carpeta"))
    var content = "content"
}

/// `--organizacion`: the one organization a command works on.
struct OrganizationOption: ParsableArguments {
    @Option(
        name: .customLong("organizacion"),
        help: ArgumentHelp("La organización: el nombre de su carpeta en content/organizaciones/.", valueName: "nombre"))
    var slug: String
}
