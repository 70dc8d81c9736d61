/// The names Excel accepts for sheets.
enum SheetNames {
    static let longest = 31
    private static let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]

    static func check(_ name: String) throws(WorkbookProblem) {
        if name.isEmpty { throw WritingProblem.sheetName(name, "está vacío") }
        if name.utf16.count > longest {
            throw WritingProblem.sheetName(name, "tiene más de \(longest) caracteres")
        }
        if let character = name.first(where: { forbidden.contains($0) }) {
            throw WritingProblem.sheetName(name, "lleva «\(character)», y Excel no admite : \\ / ? * [ ]")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw WritingProblem.sheetName(name, "empieza o termina con un apóstrofo")
        }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            throw WritingProblem.sheetName(name, "lleva un carácter de control")
        }
        if name.lowercased() == "history" {
            throw WritingProblem.sheetName(name, "Excel lo reserva para el historial de cambios")
        }
    }

    /// Excel compares sheet names without regard to case.
    static func key(_ name: String) -> String { name.lowercased() }
}
