// Fuzz target: one page of `content/`, front matter and body, through everything LOAD does with it
// (front-matter splitting, YAML against the schema, cmark, data blocks). See Tests/Fuzz/run.sh.
import Diagnostics
import Foundation
import Load
import Markdown

/// Reads `data` the way LOAD reads a file (`TextDecoding`, internal to Load): UTF-8 without NUL
/// bytes only (anything else is an error that stops there), without a byte-order mark, CRLF and CR
/// turned into LF.
private func decodeLikeAFile(_ data: Data) -> String? {
    var bytes = data[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self), !text.utf8.contains(0) else { return nil }
    guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
    return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
}

private func run(_ data: Data) {
    guard let text = decodeLikeAFile(data) else { return }
    // As a plain page in safe mode, and as a section's `_index.md` (which may set `numeracion`)
    // with raw HTML allowed: the two paths the loader treats differently.
    for (path, rawHTML) in [("hojas/pagina.md", false), ("hojas/_index.md", true)] {
        var diagnostics = DiagnosticList()
        guard
            let (page, body) = GeneratedPageLoader.load(
                path: path,
                text: text,
                displayRoot: "content",
                options: MarkdownOptions(allowsRawHTML: rawHTML),
                diagnostics: &diagnostics
            )
        else { continue }
        // Touch what later steps read, so nothing the loader made goes unchecked by ASan.
        _ = (page.id, page.headings.count, page.links.count, page.blocks.count, body.text.utf8.count)
        _ = diagnostics.sorted.map(\.description)
    }
}

#if FUZZING
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        run(data.map { Data(bytes: $0, count: size) } ?? Data())
        return 0
    }

    /// libFuzzer's documented entry for programs that have their own `main`.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// SwiftPM links every executable with `main` defined as the module's entry point
    /// (`--defsym main=<module>_main`), so libFuzzer's own `main` cannot be used and the
    /// target needs an entry point that hands over to libFuzzer's driver.
    @main
    enum Fuzzer {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv) { fuzz($0, $1) })
        }
    }
#else
    /// Without the fuzzer: replays the files named on the command line (crashes the fuzzer found),
    /// so one can be rerun under a debugger.
    @main
    enum Replay {
        static func main() throws {
            for path in CommandLine.arguments.dropFirst() {
                print("replaying \(path)")
                run(try Data(contentsOf: URL(fileURLWithPath: path)))
            }
        }
    }
#endif
