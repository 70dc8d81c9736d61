/// libyaml explains its errors in English (`did not find expected key`). People who write data
/// files read Spanish, so each of its problems is said again in Spanish with what to change.
/// Problems are matched by their text, which libyaml fixes in its sources.
enum YAMLProblem {
    /// The Spanish message for libyaml's `problem`, seen `while` doing what its context says.
    static func message(for problem: String, context: String? = nil) -> String {
        if let exact = byProblem[problem] { return exact }
        if let found = byPrefix.first(where: { problem.hasPrefix($0.prefix) }) { return found.message }
        if let context, context.hasSuffix("quoted scalar") {
            return
                "unas comillas que se abren antes de aquí no se cierran; ciérralas en la misma línea o en la que corresponde"
        }
        return generic
    }

    static let generic =
        "este YAML no se puede leer; revisa la sangría (con espacios), los «:» entre clave y valor y que las comillas se cierren"

    private static let quote =
        "; si el valor lleva «:», «#», «[», «{» o empieza con «-», «*», «&», «!», «@» o «`», enciérralo entre comillas"

    private static let byProblem: [String: String] = [
        "did not find expected key":
            "aquí se esperaba otra clave `nombre: valor` con la misma sangría que las de arriba; revisa la sangría de esta línea\(quote)",
        "mapping values are not allowed in this context":
            "hay un «:» que YAML toma por el comienzo de otro valor\(quote)",
        "found character that cannot start any token":
            "un valor no puede empezar con este carácter (un tabulador, «@», «`», «%»…)\(quote)",
        "found a tab character that violates indentation":
            "hay un tabulador en la sangría; sangra solo con espacios",
        "found a tab character where an indentation space is expected":
            "hay un tabulador en la sangría; sangra solo con espacios",
        "block sequence entries are not allowed in this context":
            "un elemento de lista («- ») aparece donde no puede empezar una lista; ponlo en su propia línea, más a la derecha que su clave",
        "mapping keys are not allowed in this context":
            "una clave aparece donde no puede ir; revisa la sangría de esta línea\(quote)",
        "did not find expected '-' indicator":
            "aquí se esperaba otro elemento de la lista («- ») con la misma sangría que los de arriba; revisa la sangría",
        "did not find expected node content":
            "aquí falta un valor, o lo que hay no puede empezar un valor\(quote)",
        "did not find expected ',' or ']'":
            "una lista entre corchetes «[…]» no se cierra o le falta una coma entre sus elementos",
        "did not find expected ',' or '}'":
            "un grupo entre llaves «{…}» no se cierra o le falta una coma entre sus claves",
        "could not find expected ':'":
            "a esta clave le falta el «:» que la separa de su valor (o la línea sigue en la de abajo sin comillas)",
        "found unexpected ':'": "hay un «:» donde no se espera\(quote)",
        "found unexpected end of stream":
            "el archivo termina antes de cerrar unas comillas o un bloque; ciérralo",
        "found unexpected document indicator":
            "una línea «---» o «...» corta un valor por la mitad; si es parte del texto, enciérralo entre comillas",
        "but found another document":
            "el archivo tiene más de un documento YAML (una línea «---» de más); deja uno solo",
        "did not find expected <document start>":
            "después del final de un documento («...») solo puede empezar otro con «---»; quita lo que sobra",
        "did not find expected comment or line break":
            "después de este valor solo pueden venir un comentario («# …») o el fin de la línea; si el texto sigue, enciérralo completo entre comillas",
        "did not find expected whitespace or line break":
            "falta un espacio o un salto de línea después de este valor\(quote)",
        "did not find expected whitespace": "falta un espacio aquí\(quote)",
        "found unknown escape character":
            "una «\\» entre comillas dobles va seguida de algo que no es un escape; usa comillas simples o escribe «\\\\»",
        "found invalid Unicode character escape code":
            "un escape «\\x», «\\u» o «\\U» entre comillas dobles no da un carácter válido; escribe el carácter tal cual",
        "did not find expected hexdecimal number":
            "un escape «\\x», «\\u» o «\\U» entre comillas dobles necesita dígitos hexadecimales; escribe el carácter tal cual",
        "did not find expected alphabetic or numeric character":
            "después de «&» o «*» YAML espera el nombre de un ancla, y libro no las usa\(quote)",
        "found undefined alias":
            "se usa un alias («*nombre») que no existe; libro no admite anclas ni alias: escribe el valor completo",
        "found undefined tag handle": "libro no usa etiquetas de YAML («!…»); quítala\(quote)",
        "did not find expected '!'": "libro no usa etiquetas de YAML («!…»); quítala\(quote)",
        "did not find expected tag URI": "libro no usa etiquetas de YAML («!…»); quítala\(quote)",
        "did not find URI escaped octet": "libro no usa etiquetas de YAML («!…»); quítala\(quote)",
        "did not find the expected '>'": "libro no usa etiquetas de YAML («!<…>»); quítala\(quote)",
        "found an indentation indicator equal to 0":
            "el número después de «|» o «>» indica la sangría del bloque y no puede ser 0; quítalo",
        "control characters are not allowed":
            "el archivo tiene caracteres de control que no se ven (copiados de otro programa); bórralos",
        "found unexpected non-alphabetical character":
            "las directivas de YAML («%…») no se usan en libro; quita esta línea",
        "input is too long": "el archivo es demasiado largo para leerlo como YAML; divídelo",
    ]

    /// Problems whose text varies (libyaml adds the limit or the directive).
    private static let byPrefix: [(prefix: String, message: String)] = [
        (
            "Maximum nesting level reached",
            "hay demasiados niveles anidados (listas o grupos uno dentro de otro); los datos de libro no necesitan más de unos pocos"
        ),
        ("found duplicate %", "las directivas de YAML («%…») no se usan en libro; quita esta línea"),
        ("found unknown directive", "las directivas de YAML («%…») no se usan en libro; quita esta línea"),
        ("found incompatible YAML", "las directivas de YAML («%…») no se usan en libro; quita esta línea"),
        ("found extremely long version", "las directivas de YAML («%…») no se usan en libro; quita esta línea"),
        ("could not find expected directive", "las directivas de YAML («%…») no se usan en libro; quita esta línea"),
        ("did not find expected version", "las directivas de YAML («%…») no se usan en libro; quita esta línea"),
        ("did not find expected digit", "las directivas de YAML («%…») no se usan en libro; quita esta línea"),
    ]
}
