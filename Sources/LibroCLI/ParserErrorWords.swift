/// swift-argument-parser's error messages and their Spanish; each names the option or argument
/// as the parser does.
enum ParserErrorWords {
    static let rules: [HelpWords.Rule] = [
        {
            $0.replacing(#/Unknown option '(.+?)'\. Did you mean '(.+?)'\?/#) {
                "Opción desconocida: \($0.1). ¿Quisiste decir \($0.2)?"
            }
        },
        { $0.replacing(#/Unknown option '(.+?)'/#) { "Opción desconocida: \($0.1)" } },
        { $0.replacing(#/Missing value for '(.+?)'/#) { "Falta el valor de \($0.1)" } },
        {
            $0.replacing(#/The option '(.+?)' does not take any value, but '(.*?)' was specified\./#) {
                "La opción \($0.1) no lleva valor, pero se le dio «\($0.2)»."
            }
        },
        { $0.replacing(#/Unexpected argument '(.*?)'/#) { "Sobra el argumento «\($0.1)»" } },
        {
            $0.replacing(#/(\d+) unexpected arguments: '(.*)'/#) {
                "Sobran \($0.1) argumentos: «\($0.2.replacing("', '", with: "», «"))»"
            }
        },
        { $0.replacing(#/Missing expected argument '(.+?)'/#) { "Falta el argumento \($0.1)" } },
        { $0.replacing(#/Missing one of: '(.*)'/#) { "Falta uno de: \($0.1.replacing("', '", with: ", "))" } },
        {
            $0.replacing(#/The value '(.*?)' is invalid for '(.+?)'/#) { "El valor «\($0.1)» no sirve para \($0.2)" }
        },
        { $0.replacing(#/The value '(.*?)' is invalid\./#) { "El valor «\($0.1)» no sirve." } },
        { $0.replacing(". Please provide one of ", with: ". Usa uno de estos: ") },
        { $0.replacing(#/Invalid option: (.+)/#) { "Opción no válida: \($0.1)" } },
        { $0.replacing("Missing required subcommand.", with: "Falta el subcomando.") },
        { $0.replacing(#/(?m)^Help:  /#, with: "Ayuda: ") },
    ]
}
