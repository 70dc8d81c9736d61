import ArgumentParser

/// The folders every command reads, defaulting to the project's top level.
struct FolderOptions: ParsableArguments {
    @Option(name: .long, help: "Carpeta del contenido (Markdown, YAML, imágenes).")
    var content = "content"

    @Option(name: .long, help: "Carpeta del tema (plantillas, estilos, textos de la interfaz).")
    var theme = "theme"
}
