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
        let problem = Problem(text: text, key: key, location: location)
        switch schema {
        case .text: return .success(.text(text))
        case .number(let range): return number(text, in: range, problem)
        case .flag: return flag(text, problem)
        case .date: return date(text, problem)
        case .time: return time(text, problem)
        case .choice(let valid): return choice(text, among: valid, problem)
        case .separated(let max): return separated(text, max: max, problem)
        case .months: return months(text, problem)
        case .outline: return outline(text, problem)
        case .tally, .list, .record:
            return .failure(problem.error("tipo-no-valido", "`\(key)` no puede ser un solo valor"))
        }
    }

    /// What a value's error needs: the key it is written under and where.
    private struct Problem {
        let text: String
        let key: String
        let location: SourceLocation

        func error(_ code: String, _ message: String) -> Diagnostic { .error(code, message, at: location) }
    }

    private static func number(_ text: String, in range: ClosedRange<Int>, _ problem: Problem) -> Result<
        DataValue, Diagnostic
    > {
        guard let number = Int(text), range.contains(number) else {
            return .failure(
                problem.error(
                    "tipo-no-valido",
                    "`\(problem.key)` debe ser un número entero entre \(range.lowerBound) y \(range.upperBound)"))
        }
        return .success(.number(number))
    }

    private static func flag(_ text: String, _ problem: Problem) -> Result<DataValue, Diagnostic> {
        switch text.lowercased() {
        case "true", "sí", "si": return .success(.flag(true))
        case "false", "no": return .success(.flag(false))
        default: return .failure(problem.error("tipo-no-valido", "`\(problem.key)` debe ser `true` o `false`"))
        }
    }

    private static func date(_ text: String, _ problem: Problem) -> Result<DataValue, Diagnostic> {
        guard let date = CalendarDate(text: text) else {
            return .failure(
                problem.error(
                    "fecha-no-valida", "«\(text)» no es una fecha; escríbela como AAAA-MM-DD, por ejemplo `2027-02-09`")
            )
        }
        return .success(.text(date.iso))
    }

    private static func time(_ text: String, _ problem: Problem) -> Result<DataValue, Diagnostic> {
        guard let minutes = TimeText.clockMinutes(in: text) else {
            return .failure(
                problem.error(
                    "hora-no-valida",
                    "«\(text)» no es una hora; escríbela entre comillas con 24 horas: `\"09:00\"`, `\"16:30\"`"))
        }
        return .success(.text(DurationText.clock(minutes: minutes)))
    }

    private static func choice(_ text: String, among valid: [String], _ problem: Problem) -> Result<
        DataValue, Diagnostic
    > {
        guard valid.contains(text) else {
            return .failure(
                problem.error(
                    "valor-no-valido",
                    "«\(text)» no es un valor válido para `\(problem.key)`\(Suggestion.phrase(for: text, in: valid)) (valores válidos: \(valid.joined(separator: ", ")))"
                ))
        }
        return .success(.text(text))
    }

    private static func separated(_ text: String, max: Int, _ problem: Problem) -> Result<DataValue, Diagnostic> {
        let items = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard items.count <= max else {
            return .failure(
                problem.error(
                    "demasiados-valores",
                    "`\(problem.key)` admite hasta \(max) valores separados por `;` y aquí hay \(items.count); deja los \(max) más importantes"
                ))
        }
        return .success(.list(items.map(DataValue.text)))
    }

    private static func months(_ text: String, _ problem: Problem) -> Result<DataValue, Diagnostic> {
        guard let months = Months.parse(text) else {
            return .failure(
                problem.error(
                    "meses-no-validos",
                    "«\(text)» no son meses válidos; escribe `1`, `1-3` o `2;4` (meses contados desde el inicio del proceso)"
                ))
        }
        return .success(.list(months.map(DataValue.number)))
    }

    private static func outline(_ text: String, _ problem: Problem) -> Result<DataValue, Diagnostic> {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ Int($0).map { $0 > 0 } ?? false }) else {
            return .failure(
                problem.error(
                    "numero-no-valido",
                    "«\(text)» no es un número de actividad; escribe `1` para una actividad y `1.1` para sus subactividades"
                ))
        }
        return .success(.text(text))
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
