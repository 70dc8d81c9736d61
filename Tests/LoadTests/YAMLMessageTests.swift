import Diagnostics
import Testing

@testable import Load

/// libyaml words its errors in English; every one a person can meet must reach them in Spanish,
/// at the place it happened, saying what to change.
@Suite struct YAMLMessageTests {
    static let broken: [(yaml: String, at: String, says: String)] = [
        ("a: b\n\tc: d\n", "2:1", "hay un tabulador en la sangría"),
        ("a: b: c\n", "1:5", "hay un «:» que YAML toma por el comienzo de otro valor"),
        ("a:\n  - x\n b: y\n", "3:2", "aquí se esperaba otra clave `nombre: valor`"),
        ("a: [x, y\n", "2:1", "una lista entre corchetes «[…]» no se cierra"),
        ("a: {x: 1\n", "2:1", "un grupo entre llaves «{…}» no se cierra"),
        ("a: \"sin cerrar\n", "2:1", "el archivo termina antes de cerrar unas comillas"),
        ("a: @x\n", "1:4", "un valor no puede empezar con este carácter"),
        ("a: \"\\q\"\n", "1:5", "una «\\» entre comillas dobles"),
        ("a: 1\n---\nb: 2\n", "2:1", "más de un documento YAML"),
        ("a: |0\n  x\n", "1:5", "no puede ser 0"),
        ("%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "2:1", "las directivas de YAML"),
        ("a: " + String(repeating: "[", count: 2_000) + "\n", "1:", "hay demasiados niveles anidados"),
        ("a: b\n- c\n", "2:1", "aquí se esperaba otra clave `nombre: valor`"),
        ("a: *nada\n", "1:4", "se usa un alias («*nombre») que no existe"),
        ("a: x\n  b: y\n", "2:4", "hay un «:» que YAML toma por el comienzo de otro valor"),
    ]

    /// The words of libyaml's messages that would show one got through untranslated.
    static let english = ["expected", "found", "allowed", "while", "Maximum", "level", "stream", "token"]

    @Test(arguments: broken.indices)
    func saysWhatIsWrongInSpanishAndWhere(_ index: Int) {
        let (yaml, place, says) = Self.broken[index]
        let source = SourceText(displayPath: "content/datos.yml", text: yaml)
        guard case .failure(let problem) = YAMLParsing.parse(yaml, in: source, firstLine: 1) else {
            Issue.record("«\(yaml)» debería ser un error")
            return
        }
        #expect(problem.code == "yaml-invalido" || problem.code == "alias-yaml")
        #expect(problem.location.description.hasPrefix("content/datos.yml:\(place)"), "\(problem)")
        #expect(problem.message.contains(says), "\(problem.message)")
        for word in Self.english {
            #expect(!problem.message.contains(word), "«\(word)» en: \(problem.message)")
        }
    }

    @Test func everyProblemLibyamlCanNameHasItsOwnSpanishMessage() {
        for problem in [
            "did not find expected key", "mapping values are not allowed in this context",
            "block sequence entries are not allowed in this context", "did not find expected node content",
            "could not find expected ':'", "found unexpected end of stream", "control characters are not allowed",
            "Maximum nesting level reached, set with yaml_set_max_nest_level())",
            "found duplicate %YAML directive",
        ] {
            #expect(YAMLProblem.message(for: problem) != YAMLProblem.generic, "\(problem)")
        }
        #expect(YAMLProblem.message(for: "something libyaml may say one day") == YAMLProblem.generic)
    }
}
