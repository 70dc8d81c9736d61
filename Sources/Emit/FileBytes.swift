import Foundation
import Model

/// The bytes `SiteWriter` writes for one file: `OutputFile.Contents` with a copied file already
/// read, so the queue that creates files only writes them.
enum FileBytes: Sendable {
    case text(String)
    case bytes([UInt8])
    case pieces([[UInt8]])

    /// Reads a copied file's source; throws what `Data` says when it cannot.
    init(_ contents: OutputFile.Contents) throws {
        switch contents {
        case .text(let text): self = .text(text)
        case .bytes(let bytes): self = .bytes(bytes)
        case .pieces(let pieces): self = .pieces(pieces)
        case .copy(let source): self = .bytes([UInt8](try Data(contentsOf: source)))
        }
    }

    /// Hands the bytes to `body` in order, a piece at a time.
    func forEachPiece(_ body: (UnsafeRawBufferPointer) -> Void) {
        switch self {
        case .text(var text): text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        case .bytes(let bytes): bytes.withUnsafeBytes(body)
        case .pieces(let pieces): for piece in pieces { piece.withUnsafeBytes(body) }
        }
    }

    /// Writes the bytes at `path`; with `unlessSame`, leaves a file that holds them already alone.
    func write(to path: String, unlessSame: Bool) throws(PlainFile.Failure) {
        switch self {
        case .text(let text): try PlainFile.write(text, to: path, unlessSame: unlessSame)
        case .bytes(let bytes): try PlainFile.write(bytes, to: path, unlessSame: unlessSame)
        case .pieces(let pieces): try PlainFile.write(pieces: pieces, to: path, unlessSame: unlessSame)
        }
    }
}
