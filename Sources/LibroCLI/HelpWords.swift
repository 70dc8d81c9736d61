/// The English words swift-argument-parser puts in every help text, and their Spanish.
enum HelpWords {
    typealias Rule = @Sendable (String) -> String

    static let rules: [Rule] = [
        { $0.replacing(#/(?m)^OVERVIEW: /#, with: "RESUMEN: ") },
        { $0.replacing(#/(?m)^USAGE: /#, with: "USO: ") },
        { $0.replacing(#/(?m)^Usage: /#, with: "Uso: ") },
        { $0.replacing(#/(?m)^ARGUMENTS:$/#, with: "ARGUMENTOS:") },
        { $0.replacing(#/(?m)^OPTIONS:$/#, with: "OPCIONES:") },
        { $0.replacing(#/(?m)^SUBCOMMANDS:$/#, with: "SUBCOMANDOS:") },
        {
            $0.replacing(
                "-h, --help              Show help information.", with: "-h, --ayuda, --help     Muestra esta ayuda.")
        },
        { $0.replacing("Show help information.", with: "Muestra esta ayuda.") },
        // `libro help`, which the root's help does not list.
        { $0.replacing("Show subcommand help information.", with: "Muestra la ayuda de un subcomando.") },
        { $0.replacing("Show the version.", with: "Muestra la versión.") },
        // A long help wraps after the colon as well.
        { $0.replacing(#/\(default:(\s)/#) { "(por omisión:\($0.1)" } },
        {
            $0.replacing(#/See '(.+?) help <subcommand>' for detailed help\./#) { match in
                "Para ver la ayuda de un subcomando: \(match.1) ayuda <subcomando>"
            }
        },
        {
            $0.replacing(#/  See '(.+?)( --help)?' for more information\./#) { match in
                "  Más información: \(match.1)\(match.2 == nil ? "" : " --ayuda")"
            }
        },
        { $0.replacing("<subcommand>", with: "<subcomando>") },
        { $0.replacing("[<options>]", with: "[<opciones>]") },
        { $0.replacing("<options>", with: "<opciones>") },
    ]
}
