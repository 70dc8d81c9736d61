import Diagnostics

/// A CSV file (RFC 4180: double quotes, quotes doubled inside quotes, line breaks inside quotes)
/// with the line and column where every cell starts, so each problem can be located. Columns are
/// separated by commas, or by the `;` or tab a spreadsheet may save instead; inside quotes the
/// separator is text. Hand-written because locating cells needs positions that CSV libraries do
/// not give.
struct CSVTable {
    struct Cell: Equatable {
        let text: String
        let line: Int
        let column: Int
    }

    let separator: CSVSeparator
    let header: [Cell]
    /// Data rows; blank lines are skipped.
    let rows: [[Cell]]

    static func parse(_ source: SourceText, separator: CSVSeparator = .comma) -> Result<CSVTable, Diagnostic> {
        var parser = Parser(source: source, separator: separator.rawValue)
        do {
            guard let header = try parser.nextRecord() else {
                return .failure(
                    .error(
                        "csv-vacio",
                        "el archivo está vacío; la primera línea debe nombrar las columnas",
                        at: source.location(line: 1)
                    )
                )
            }
            var rows: [[Cell]] = []
            while let row = try parser.nextRecord() { rows.append(row) }
            return .success(CSVTable(separator: separator, header: header, rows: rows))
        } catch {
            return .failure(error)
        }
    }

    /// The first row's cells split at `separator`; none when the file is empty or the row cannot
    /// be read.
    static func header(of source: SourceText, separator: CSVSeparator) -> [Cell] {
        var parser = Parser(source: source, separator: separator.rawValue)
        return (try? parser.nextRecord()) ?? []
    }

    private struct Parser {
        let source: SourceText
        let separator: Character
        private var characters: String.Iterator
        private var pending: Character?
        private var line = 1
        private var column = 1

        init(source: SourceText, separator: Character) {
            self.source = source
            self.separator = separator
            characters = source.text.makeIterator()
            pending = characters.next()
        }

        /// The next row that is not blank; nil at the end of the file.
        mutating func nextRecord() throws(Diagnostic) -> [Cell]? {
            var record: [Cell] = []
            while let first = pending {
                let start = (line: line, column: column)
                let text = first == "\"" ? try quoted(startingAt: start) : plain()
                record.append(Cell(text: text, line: start.line, column: start.column))
                guard let next = pending else { break }
                advance(past: next)
                pending = characters.next()
                if next == "\n" {
                    if Self.isBlank(record) {
                        record = []
                        continue
                    }
                    return record
                }
                // A separator at the very end of the file leaves one more empty field.
                if pending == nil { record.append(Cell(text: "", line: line, column: column)) }
            }
            return record.isEmpty || Self.isBlank(record) ? nil : record
        }

        private static func isBlank(_ record: [Cell]) -> Bool {
            record.count == 1 && record[0].text.isEmpty
        }

        /// A field in double quotes, `pending` at its opening quote: separators and line breaks
        /// are its text, and a doubled quote is one quote.
        private mutating func quoted(startingAt start: (line: Int, column: Int)) throws(Diagnostic) -> String {
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
            if let next = pending, next != separator, next != "\n" {
                throw Diagnostic.error(
                    "csv-texto-tras-comillas",
                    "hay texto después de la comilla que cierra el campo; si el texto lleva comillas, escríbelas dobles (`\"\"`) dentro del campo",
                    at: source.location(line: line, column: column)
                )
            }
            return text
        }

        /// A field without quotes, up to the next separator or line break, its edges' spaces
        /// trimmed.
        private mutating func plain() -> String {
            var text = ""
            while let character = pending, character != separator, character != "\n" {
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
