import Foundation
import ZIPFoundation

/// A zip archive's entries, read from its central directory with every offset and size checked
/// against the bytes there are, and inflated through ZIPFoundation's zlib stream.
///
/// Not ZIPFoundation's `Archive`: on a damaged file its in-memory archive reads past the end of
/// its buffer (a trap), and on Linux its inflating loop asks for input forever once a truncated
/// entry runs out of it. Here the input ends where the entry says it ends.
struct ZipDirectory {
    struct Entry {
        var path: String
        var flags: Int
        var method: Int
        var checksum: UInt32
        var compressedSize: Int
        var uncompressedSize: UInt64
        var localHeader: Int
    }

    /// Why the bytes are not a usable archive.
    enum Fault: Error {
        case notAZip
        case damaged
        case tooManyEntries
        case encrypted
        case capReached
    }

    private let bytes: [UInt8]
    private(set) var entries: [Entry] = []

    init(_ data: Data, maximumEntries: Int) throws(Fault) {
        bytes = [UInt8](data)
        let (count, size, offset) = try centralDirectory()
        guard count <= maximumEntries else { throw .tooManyEntries }
        var position = offset
        for _ in 0..<count {
            let entry = try self.entry(at: &position)
            entries.append(entry)
        }
        guard position <= offset + size else { throw .damaged }
    }

    // MARK: - The directory

    /// Where the central directory is and how many entries it lists (ZIP64 records included).
    private func centralDirectory() throws(Fault) -> (count: Int, size: Int, offset: Int) {
        guard bytes.count >= 22 else { throw .notAZip }
        let earliest = max(0, bytes.count - 22 - 65_535)
        guard let end = (earliest...(bytes.count - 22)).reversed().first(where: { signature(at: $0, 0x0605_4B50) })
        else { throw .notAZip }
        var count = UInt64(try integer(at: end + 10, size: 2))
        var size = UInt64(try integer(at: end + 12, size: 4))
        var offset = UInt64(try integer(at: end + 16, size: 4))
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            guard end >= 20, signature(at: end - 20, 0x0706_4B50) else { throw .damaged }
            let record = try index(try integer(at: end - 12, size: 8))
            guard signature(at: record, 0x0606_4B50) else { throw .damaged }
            count = try integer(at: record + 32, size: 8)
            size = try integer(at: record + 40, size: 8)
            offset = try integer(at: record + 48, size: 8)
        }
        let start = try index(offset)
        let length = try index(size)
        guard start + length <= bytes.count, count <= UInt64(length / 46) else { throw .damaged }
        return (Int(count), length, start)
    }

    private func entry(at position: inout Int) throws(Fault) -> Entry {
        guard signature(at: position, 0x0201_4B50) else { throw .damaged }
        let nameLength = Int(try integer(at: position + 28, size: 2))
        let extraLength = Int(try integer(at: position + 30, size: 2))
        let commentLength = Int(try integer(at: position + 32, size: 2))
        let nameStart = position + 46
        guard nameStart + nameLength + extraLength <= bytes.count else { throw .damaged }
        var sizes = (
            uncompressed: try integer(at: position + 24, size: 4), compressed: try integer(at: position + 20, size: 4),
            local: try integer(at: position + 42, size: 4)
        )
        try readZIP64(nameStart + nameLength..<nameStart + nameLength + extraLength, into: &sizes)
        let entry = Entry(
            path: String(decoding: bytes[nameStart..<nameStart + nameLength], as: UTF8.self),
            flags: Int(try integer(at: position + 8, size: 2)), method: Int(try integer(at: position + 10, size: 2)),
            checksum: UInt32(try integer(at: position + 16, size: 4)), compressedSize: try index(sizes.compressed),
            uncompressedSize: sizes.uncompressed, localHeader: try index(sizes.local))
        position = nameStart + nameLength + extraLength + commentLength
        return entry
    }

    /// ZIP64's extra field (id 1) holds, in this order, each size or offset saturated in the
    /// directory entry.
    private func readZIP64(
        _ extra: Range<Int>, into sizes: inout (uncompressed: UInt64, compressed: UInt64, local: UInt64)
    ) throws(Fault) {
        var position = extra.lowerBound
        while position + 4 <= extra.upperBound {
            let length = Int(try integer(at: position + 2, size: 2))
            if try integer(at: position, size: 2) == 1 {
                var field = position + 4
                if sizes.uncompressed == 0xFFFF_FFFF {
                    sizes.uncompressed = try integer(at: field, size: 8)
                    field += 8
                }
                if sizes.compressed == 0xFFFF_FFFF {
                    sizes.compressed = try integer(at: field, size: 8)
                    field += 8
                }
                if sizes.local == 0xFFFF_FFFF { sizes.local = try integer(at: field, size: 8) }
            }
            position += 4 + length
        }
    }

    // MARK: - Contents

    /// The entry's bytes, inflated up to `cap` bytes and checked against its CRC-32.
    func contents(of entry: Entry, cap: Int) throws(Fault) -> Data {
        guard entry.flags & 1 == 0 else { throw .encrypted }
        guard signature(at: entry.localHeader, 0x0403_4B50) else { throw .damaged }
        let start =
            entry.localHeader + 30 + Int(try integer(at: entry.localHeader + 26, size: 2))
            + Int(try integer(at: entry.localHeader + 28, size: 2))
        guard start + entry.compressedSize <= bytes.count else { throw .damaged }
        let input = bytes[start..<start + entry.compressedSize]
        var output = Data()
        output.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(cap))))
        switch entry.method {
        case 0:
            guard input.count <= cap else { throw .capReached }
            output.append(contentsOf: input)
        case 8:
            try inflate(input, into: &output, cap: cap)
        default:
            throw .damaged
        }
        guard output.crc32(checksum: 0) == entry.checksum else { throw .damaged }
        return output
    }

    private func inflate(_ input: ArraySlice<UInt8>, into output: inout Data, cap: Int) throws(Fault) {
        do {
            _ = try Data.decompress(
                size: Int64(input.count), bufferSize: 65_536, skipCRC32: true,
                provider: { position, size in
                    // Linux's loop asks for `size` bytes again and again and hands zlib `size` bytes
                    // whatever it got: the input comes padded to `size`, and ends in an error.
                    guard size > 0 else { return Data() }
                    guard position < input.count else { throw Fault.damaged }
                    let from = input.startIndex + Int(position)
                    var chunk = Data(input[from..<min(from + size, input.endIndex)])
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    return chunk
                },
                consumer: { chunk in
                    guard output.count + chunk.count <= cap else { throw Fault.capReached }
                    output.append(chunk)
                })
        } catch let fault as Fault {
            throw fault
        } catch {
            throw .damaged
        }
    }

    // MARK: - Bytes

    private func signature(at offset: Int, _ value: UInt64) -> Bool {
        (try? integer(at: offset, size: 4)) == value
    }

    /// A little-endian unsigned integer of `size` bytes.
    private func integer(at offset: Int, size: Int) throws(Fault) -> UInt64 {
        guard offset >= 0, offset <= bytes.count - size else { throw .damaged }
        var value: UInt64 = 0
        for index in (offset..<offset + size).reversed() { value = value << 8 | UInt64(bytes[index]) }
        return value
    }

    /// An offset or a size that must fall inside the archive.
    private func index(_ value: UInt64) throws(Fault) -> Int {
        guard value <= UInt64(bytes.count) else { throw .damaged }
        return Int(value)
    }
}
