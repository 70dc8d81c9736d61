/// The Spanish words the parser does not know, as the ones it does.
enum SpanishArguments {
    static func parserArguments(_ arguments: [String]) -> [String] {
        // `--ayuda` asks for help anywhere `--help` does.
        let arguments = arguments.map { $0 == "--ayuda" ? "--help" : $0 }
        switch arguments.first {
        case "ayuda": return ["help"] + arguments.dropFirst()
        case "-V" where arguments.count == 1: return ["--version"]
        default: return arguments
        }
    }
}
