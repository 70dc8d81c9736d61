import Foundation

// The entry point every fuzz target shares. SwiftPM links each executable with `main` defined as
// the module's entry point (`--defsym main=<module>_main`), so libFuzzer's own `main` cannot be
// used: a target's `main` calls `FuzzDriver.run`, which hands over to libFuzzer's driver when
// built with `-DFUZZING`, and otherwise replays the files named on the command line (crashes
// the fuzzer found), so one can be rerun under a debugger.

#if FUZZING
    /// What the running target does with one input; set once, before libFuzzer starts.
    nonisolated(unsafe) private var fuzzedInput: (Data) -> Void = { _ in }

    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        fuzzedInput(data.map { Data(bytes: $0, count: size) } ?? Data())
        return 0
    }

    /// libFuzzer's documented entry for programs that have their own `main`.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt
#endif

public enum FuzzDriver {
    /// Runs `input` on every input libFuzzer makes, or on each file named on the command line.
    public static func run(_ input: @escaping (Data) -> Void) throws {
        #if FUZZING
            fuzzedInput = input
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv) { fuzz($0, $1) })
        #else
            for path in CommandLine.arguments.dropFirst() {
                print("replaying \(path)")
                input(try Data(contentsOf: URL(fileURLWithPath: path)))
            }
        #endif
    }
}
