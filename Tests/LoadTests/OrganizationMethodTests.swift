import Diagnostics
import Testing

@testable import Load

/// The organization part of `metodo.yml` is checked like any data: each mistake a located error.
@Suite struct OrganizationMethodTests {
    static let method = """
        modalidades: [en línea]
        niveles:
          - {nombre: inicial, sesiones: [1]}
        organizacion:
          nombre: ficha.nombre
          archivos:
            ficha:
              archivo: ficha.yml
              campos:
                nombre: {tipo: texto, obligatorio: true}
                nivel: {tipo: opcion, valores: niveles}
                alta: {tipo: fecha}
            contactos:
              archivo: contactos.csv
              id: id
              titulo: nombre
              campos:
                id: {tipo: texto, obligatorio: true}
                nombre: {tipo: texto}
                cercania: {tipo: opcion, valores: [alta, baja]}
                sector: {tipo: opcion, valores: [público, privado]}
                apoyo: {tipo: texto, referencia: contactos}
          mapa_del_sistema:
            datos: contactos
            grupo: sector
            anillo: cercania
            anillos:
              alta: {grosor: 4}
              baja: {grosor: 2, trazo: "4 4"}
          gantt:
            datos: contactos
            numero: id
            actividad: nombre
            meses: nombre
            inicio: ficha.alta

        """

    func problems(replacing old: String, with new: String) -> [String] {
        precondition(Self.method.contains(old), old)
        var diagnostics = DiagnosticList()
        _ = MethodDecoder.decode(
            SourceText(displayPath: "content/metodo.yml", text: Self.method.replacingOccurrences(of: old, with: new)),
            diagnostics: &diagnostics)
        return diagnostics.sorted.map(\.description)
    }

    @Test func aWellFormedMethodHasNoProblems() {
        #expect(problems(replacing: "en línea", with: "en línea") == [])
    }

    @Test(arguments: [
        (
            "referencia: contactos", "referencia: contacto",
            "content/metodo.yml:22:42: error: «contacto» no es un archivo ni una lista con `id` de la organización; ¿quisiste decir «contactos»? (se puede nombrar: contactos, sesiones) [referencia-no-encontrada]"
        ),
        (
            "      baja: {grosor", "      lejana: {grosor",
            "content/metodo.yml:29:7: error: «lejana» en `anillos` no es un valor de `contactos.cercania` (valores: alta, baja) [valor-no-valido]"
        ),
        (
            "valores: niveles", "valores: grados",
            "content/metodo.yml:11:40: error: «grados» no es una lista del método; escribe los valores (`[a, b]`) o una de: modalidades, niveles [valor-no-valido]"
        ),
        (
            "nombre: {tipo: texto, obligatorio: true}", "nombre: {tipo: textos, obligatorio: true}",
            "content/metodo.yml:10:24: error: «textos» no es un tipo de campo; ¿quisiste decir «texto»?"
        ),
        (
            "nombre: ficha.nombre", "nombre: ficha.nombres",
            "content/metodo.yml:5:3: error: `nombre` nombra «ficha.nombres», que no es un campo de los archivos de la organización [referencia-no-encontrada]"
        ),
        (
            "inicio: ficha.alta", "inicio: ficha.nombre",
            "content/metodo.yml:35:13: error: `gantt › inicio` debe nombrar un campo de tipo fecha, y «ficha.nombre» no lo es [campo-no-es-fecha]"
        ),
        (
            "inicio: ficha.alta", "inicio: ficha.altas",
            "content/metodo.yml:35:13: error: `gantt › inicio` nombra «ficha.altas», que no es un campo de los archivos de la organización [referencia-no-encontrada]"
        ),
    ])
    func eachMistakeIsLocated(_ mistake: (old: String, new: String, expected: String)) {
        let found = problems(replacing: mistake.old, with: mistake.new)
        #expect(found.count == 1 && found[0].hasPrefix(mistake.expected), "\(found)")
    }

    /// A calendar whose sessions carry agenda settings, and the `agenda:` that names them.
    static let agenda = """
          calendario: ficha.sesiones
          agenda:
            recesos: descanso
            comida_despues_de: despues
            omitir: omitir
            receso_sin_duracion: 15
        """

    func agendaProblems(replacing old: String, with new: String) -> [String] {
        let fields = """
                    sesiones:
                      tipo: lista
                      de:
                        tipo: registro
                        campos:
                          sesion: {tipo: numero, rango: [1, 9]}
                          descanso: {tipo: numero, rango: [0, 60]}
                          despues: {tipo: numero, rango: [0, 9]}
                          omitir: {tipo: separados}
            """
        let method = Self.method.replacingOccurrences(
            of: "  nombre: ficha.nombre\n", with: "  nombre: ficha.nombre\n\(Self.agenda)\n"
        )
        .replacingOccurrences(
            of: "        nivel: {tipo: opcion, valores: niveles}\n",
            with: "        nivel: {tipo: opcion, valores: niveles}\n\(fields)\n")
        precondition(method.contains(old), old)
        var diagnostics = DiagnosticList()
        _ = MethodDecoder.decode(
            SourceText(displayPath: "content/metodo.yml", text: method.replacingOccurrences(of: old, with: new)),
            diagnostics: &diagnostics)
        return diagnostics.sorted.map(\.description)
    }

    @Test func agendaFieldsMustBeCalendarFieldsOfTheirKind() {
        #expect(agendaProblems(replacing: "receso_sin_duracion: 15", with: "receso_sin_duracion: 15") == [])
        let missing = agendaProblems(replacing: "recesos: descanso", with: "recesos: descansos")
        #expect(
            missing.count == 1
                && missing[0].hasPrefix("content/metodo.yml:8:14: error: `agenda › recesos` nombra «descansos»"),
            "\(missing)")
        let kind = agendaProblems(replacing: "omitir: omitir", with: "omitir: despues")
        #expect(kind.count == 1 && kind[0].contains("un campo `separados`"), "\(kind)")
        let assumed = agendaProblems(replacing: "receso_sin_duracion: 15", with: "receso_sin_duracion: 0")
        #expect(assumed.count == 1 && assumed[0].hasPrefix("content/metodo.yml:11:26: error:"), "\(assumed)")
        let unknown = agendaProblems(replacing: "    omitir: omitir", with: "    saltar: omitir")
        #expect(unknown.count == 1 && unknown[0].contains("saltar"), "\(unknown)")
    }
}
