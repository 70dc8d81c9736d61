import Diagnostics
import Model
import Testing

@testable import Load

/// The method's `agenda:` fields as the shipped package names them.
private let method: AgendaMethod = {
    var method = AgendaMethod(location: SourceLocation(file: "content/metodo.yml", line: 61))
    (method.breakMinutes, method.mealMinutes, method.mealAfter) = ("recesos", "comida", "comida_despues_de")
    method.defaultBreakMinutes = 15
    return method
}()

private let here = SourceLocation(file: "content/organizaciones/x/perfil.yml", line: 40, column: 5)

/// The settings of one scheduled session whose record holds `fields`.
private func read(_ fields: [String: DataValue]) -> AgendaSettings {
    var diagnostics = DiagnosticList()
    let record = DataRecord(fields: fields, location: here)
    let settings = AgendaSettingsReader.read(record, method: method, diagnostics: &diagnostics)
    #expect(diagnostics.all.isEmpty)
    return settings
}

@Suite struct AgendaSettingsReaderTests {
    /// `recesos: 0` says the breaks take no time: a length, not a field left empty, so the
    /// method's assumed length for a break the package does not size does not apply.
    @Test func breaksOfZeroMinutesAreALength() {
        let settings = read(["recesos": .number(0)])
        #expect(settings.breakMinutes == AgendaSettings.Setting(0, at: here))
        #expect(!settings.isEmpty)
    }

    @Test func fieldsLeftEmptyChangeNothing() {
        let settings = read(["recesos": .text(""), "comida": .text("")])
        #expect(settings.breakMinutes == nil && settings.mealMinutes == nil && settings.mealAfter == nil)
    }

    /// No meal goes after activity 0, and a meal of 0 minutes leaves the carta's.
    @Test func zeroForTheMealLeavesTheCartas() {
        let settings = read(["comida": .number(0), "comida_despues_de": .number(0)])
        #expect(settings.mealMinutes == nil && settings.mealAfter == nil)
    }
}
