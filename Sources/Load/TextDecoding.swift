import Diagnostics
import Foundation

/// Turns file bytes into text the way editors on any system save it.
enum TextDecoding {
    /// UTF-8 only; a byte-order mark is dropped and CRLF becomes LF, so positions match editors.
    static func decode(_ data: Data, displayPath: String) -> Result<String, Diagnostic> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(
                .error(
                    "utf8-invalido",
                    "el archivo no está en UTF-8; guárdalo con la codificación UTF-8",
                    at: SourceLocation(file: displayPath)
                )
            )
        }
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return .success(text) }
        return .success(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }
}
