import Diagnostics
import Foundation

extension TextDecoding {
    /// Where Excel's menu saves a CSV in UTF-8, for the warnings.
    private static let saveAsUTF8 =
        "en Excel: Archivo › Guardar como › «CSV UTF-8 (delimitado por comas)»"

    /// Text saved by a spreadsheet, which is not always UTF-8: Excel on Windows saves «CSV
    /// (delimitado por comas)» in Windows-1252 and «Texto Unicode» in UTF-16. Both are read, each
    /// with a warning that says how to save it as UTF-8, since accents in them depend on the
    /// computer that opens the file.
    static func decodeSpreadsheetExport(_ data: Data, displayPath: String) -> Result<
        (text: String, warning: Diagnostic?), Diagnostic
    > {
        let location = SourceLocation(file: displayPath)
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let text = utf16(data.dropFirst(2), bigEndian: data.first == 0xFE)
            let warning = Diagnostic.warning(
                "codificacion-utf16",
                "el archivo está en UTF-16 (lo que Excel llama «Texto Unicode»), no en UTF-8; libro lo leyó así, pero guárdalo como UTF-8 para que cualquier programa lo lea igual (\(saveAsUTF8))",
                at: location
            )
            return normalized(text, displayPath: displayPath).map { ($0, warning) }
        }
        var bytes = data[...]
        if bytes.starts(with: utf8Mark) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return normalized(text, displayPath: displayPath).map { ($0, nil) }
        }
        let warning = Diagnostic.warning(
            "codificacion-windows-1252",
            "el archivo está en Windows-1252 (Latin-1), no en UTF-8; libro lo leyó así, pero guárdalo como UTF-8 para que los acentos y la ñ no dependan de la computadora que lo abre (\(saveAsUTF8))",
            at: location
        )
        return normalized(Windows1252.decode(bytes), displayPath: displayPath).map { ($0, warning) }
    }

    /// UTF-16 code units from byte pairs; a last odd byte is dropped, and a broken surrogate pair
    /// becomes U+FFFD, as editors show it.
    private static func utf16(_ bytes: Data, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
