import Diagnostics

/// A CSV file (RFC 4180: commas, double quotes, quotes doubled inside quotes, line breaks inside
/// quotes) with the line and column where every cell starts, so each problem can be located.
/// Hand-written because locating cells needs positions that CSV libraries do not give.
struct CSVTable {
    struct Cell: Equatable {
        let text: String
        let line: Int
        let column: Int
    }

    let header: [Cell]
    /// Data rows; blank lines are skipped.
    let rows: [[Cell]]

    static func parse(_ source: SourceText) -> Result<CSVTable, Diagnostic> {
        var parser = Parser(source: source)
        do {
            let records = try parser.records()
            guard let header = records.first else {
                return .failure(
                    .error(
                        "csv-vacio",
                        "el archivo está vacío; la primera línea debe nombrar las columnas",
                        at: source.location(line: 1)
                    )
                )
            }
            return .success(CSVTable(header: header, rows: Array(records.dropFirst())))
        } catch {
            return .failure(error)
        }
    }

    private struct Parser {
        let source: SourceText
        private var line = 1
        private var column = 1

        init(source: SourceText) {
            self.source = source
        }

        mutating func records() throws(Diagnostic) -> [[Cell]] {
            var records: [[Cell]] = []
            var record: [Cell] = []
            var characters = source.text.makeIterator()
            var pending = characters.next()

            while let first = pending {
                let start = (line: line, column: column)
                var text = ""
                var ended = false
                if first == "\"" {
                    text = try quoted(&characters, &pending, startingAt: start)
                } else {
                    text = plain(&characters, &pending)
                }
                record.append(Cell(text: text, line: start.line, column: start.column))
                if let separator = pending {
                    advance(past: separator)
                    pending = characters.next()
                    ended = separator == "\n"
                } else {
                    ended = true
                }
                if ended {
                    if !(record.count == 1 && record[0].text.isEmpty) { records.append(record) }
                    record = []
                }
                // A comma at the very end of the file leaves one more empty field.
                if pending == nil, !ended {
                    record.append(Cell(text: "", line: line, column: column))
                    records.append(record)
                }
            }
            return records
        }

        /// A field in double quotes, `pending` at its opening quote: commas and line breaks are
        /// its text, and a doubled quote is one quote.
        private mutating func quoted(
            _ characters: inout String.Iterator, _ pending: inout Character?, startingAt start: (line: Int, column: Int)
        ) throws(Diagnostic) -> String {
            var text = ""
            advance(past: "\"")
            pending = characters.next()
            while true {
                guard let character = pending else {
                    throw Diagnostic.error(
                        "csv-comillas-sin-cerrar",
                        "las comillas que abren aquí nunca se cierran; agrega la comilla de cierre (`\"`) al final del campo",
                        at: source.location(line: start.line, column: start.column)
                    )
                }
                advance(past: character)
                pending = characters.next()
                if character != "\"" {
                    text.append(character)
                } else if pending == "\"" {
                    text.append("\"")
                    advance(past: "\"")
                    pending = characters.next()
                } else {
                    break
                }
            }
            if let next = pending, next != ",", next != "\n" {
                throw Diagnostic.error(
                    "csv-texto-tras-comillas",
                    "hay texto después de la comilla que cierra el campo; si el texto lleva comillas, escríbelas dobles (`\"\"`) dentro del campo",
                    at: source.location(line: line, column: column)
                )
            }
            return text
        }

        /// A field without quotes, up to the next comma or line break, its edges' spaces trimmed.
        private mutating func plain(_ characters: inout String.Iterator, _ pending: inout Character?) -> String {
            var text = ""
            while let character = pending, character != ",", character != "\n" {
                text.append(character)
                advance(past: character)
                pending = characters.next()
            }
            return text.trimmingSpaces
        }

        private mutating func advance(past character: Character) {
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
