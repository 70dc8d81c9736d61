#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finding fixed text in a rendered page by its bytes: the generic collection search costs more
/// than rendering the page (with `ranges(of:)` and `replacing`, a build of the 1 000-page corpus
/// took 5.9 times the instructions, callgrind).
enum ByteSearch {
    /// `text` with every occurrence of each key of `replacements` replaced by its value.
    static func replace(in text: String, _ replacements: [(String, String)]) -> String {
        var result = text
        for (needle, replacement) in replacements {
            let offsets = occurrences(of: needle, in: result)
            guard !offsets.isEmpty else { continue }
            let bytes = Array(result.utf8)
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            let needleCount = needle.utf8.count
            var copied = 0
            for offset in offsets {
                output += bytes[copied..<offset]
                output += replacement.utf8
                copied = offset + needleCount
            }
            output += bytes[copied...]
            result = String(decoding: output, as: UTF8.self)
        }
        return result
    }

    /// Byte offsets where `needle` starts in `text`, left to right, not overlapping. `memchr`
    /// finds each candidate first byte: most pages hold no occurrence at all.
    static func occurrences(of needle: String, in text: String) -> [Int] {
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                var found: [Int] = []
                guard let first = pattern.first, pattern.count <= haystack.count,
                    let base = haystack.baseAddress, let patternBase = pattern.baseAddress
                else { return found }
                var offset = 0
                let last = haystack.count - pattern.count
                let candidates = UnsafeBufferPointer(start: base, count: last + 1)
                while let candidate = Self.offset(of: first, in: candidates, from: offset) {
                    if memcmp(base + candidate, patternBase, pattern.count) == 0 {
                        found.append(candidate)
                        offset = candidate + pattern.count
                    } else {
                        offset = candidate + 1
                    }
                }
                return found
            }
        }
    }

    /// Where the first `byte` at or after `start` is in `bytes`, found by `memchr`.
    static func offset(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
