import Diagnostics
import Foundation
import Model

/// Checks one written value (a YAML scalar or a CSV cell) against its schema. The same rules
/// and messages serve both formats.
enum ScalarDecoder {
    static func decode(
        _ text: String,
        as schema: DataSchema,
        key: String,
        at location: SourceLocation
    ) -> Result<DataValue, Diagnostic> {
        switch schema {
        case .text:
            return .success(.text(text))
        case .number(let range):
            guard let number = Int(text), range.contains(number) else {
                return .failure(
                    .error(
                        "tipo-no-valido",
                        "`\(key)` debe ser un número entero entre \(range.lowerBound) y \(range.upperBound)",
                        at: location))
            }
            return .success(.number(number))
        case .flag:
            switch text.lowercased() {
            case "true", "sí", "si": return .success(.flag(true))
            case "false", "no": return .success(.flag(false))
            default:
                return .failure(.error("tipo-no-valido", "`\(key)` debe ser `true` o `false`", at: location))
            }
        case .date:
            guard let date = CalendarDate(text: text) else {
                return .failure(
                    .error(
                        "fecha-no-valida",
                        "«\(text)» no es una fecha; escríbela como AAAA-MM-DD, por ejemplo `2027-02-09`",
                        at: location))
            }
            return .success(.text(date.iso))
        case .time:
            guard let minutes = TimeText.clockMinutes(in: text) else {
                return .failure(
                    .error(
                        "hora-no-valida",
                        "«\(text)» no es una hora; escríbela entre comillas con 24 horas: `\"09:00\"`, `\"16:30\"`",
                        at: location))
            }
            return .success(.text(DurationText.clock(minutes: minutes)))
        case .choice(let valid):
            guard valid.contains(text) else {
                return .failure(
                    .error(
                        "valor-no-valido",
                        "«\(text)» no es un valor válido para `\(key)`\(Suggestion.phrase(for: text, in: valid)) (valores válidos: \(valid.joined(separator: ", ")))",
                        at: location))
            }
            return .success(.text(text))
        case .separated(let max):
            let items = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            guard items.count <= max else {
                return .failure(
                    .error(
                        "demasiados-valores",
                        "`\(key)` admite hasta \(max) valores separados por `;` y aquí hay \(items.count); deja los \(max) más importantes",
                        at: location))
            }
            return .success(.list(items.map(DataValue.text)))
        case .months:
            guard let months = Months.parse(text) else {
                return .failure(
                    .error(
                        "meses-no-validos",
                        "«\(text)» no son meses válidos; escribe `1`, `1-3` o `2;4` (meses contados desde el inicio del proceso)",
                        at: location))
            }
            return .success(.list(months.map(DataValue.number)))
        case .outline:
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), parts.allSatisfy({ Int($0).map { $0 > 0 } ?? false }) else {
                return .failure(
                    .error(
                        "numero-no-valido",
                        "«\(text)» no es un número de actividad; escribe `1` para una actividad y `1.1` para sus subactividades",
                        at: location))
            }
            return .success(.text(text))
        case .tally, .list, .record:
            return .failure(.error("tipo-no-valido", "`\(key)` no puede ser un solo valor", at: location))
        }
    }
}

/// Months of a work plan: `1`, `1-3`, `2;4`, `1-2;5`.
enum Months {
    static let limit = 36

    static func parse(_ text: String) -> [Int]? {
        var months: Set<Int> = []
        for part in text.split(separator: ";", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
                .map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(bounds.count), let first = bounds.first ?? nil, let last = bounds.last ?? nil,
                first >= 1, first <= last, last <= limit
            else { return nil }
            months.formUnion(first...last)
        }
        return months.isEmpty ? nil : months.sorted()
    }
}
