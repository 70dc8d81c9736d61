/// The bytes a connection wrote, read back as HTTP/1.1 responses; every way they could be
/// malformed is a failure of the fuzz target.
struct ResponseStream {
    struct Response {
        let status: Int
        /// Names lowercased.
        let headers: [String: [String]]
        let body: [UInt8]
    }

    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    private(set) var responses: [Response] = []

    /// A response answers HEAD when the next response or the end follows its head at once;
    /// no body the server sends starts with a status line.
    init(_ bytes: [UInt8]) throws {
        var rest = bytes[...]
        while !rest.isEmpty {
            guard let end = Self.find(Array("\r\n\r\n".utf8), in: rest) else {
                throw Malformed(description: "a head without its blank line")
            }
            let head = String(decoding: rest[rest.startIndex..<end], as: UTF8.self)
            rest = rest[(end + 4)...]
            let response = try Self.parse(head, body: &rest)
            responses.append(response)
        }
    }

    private static func parse(_ head: String, body rest: inout ArraySlice<UInt8>) throws -> Response {
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count == 3, parts[0] == "HTTP/1.1", parts[1].count == 3, let status = Int(parts[1]) else {
            throw Malformed(description: "status line «\(statusLine)»")
        }
        var headers: [String: [String]] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":"), !line.contains("\r"), !line.contains("\n") else {
                throw Malformed(description: "header line «\(line)»")
            }
            headers[line[..<colon].lowercased(), default: []].append(
                String(line[line.index(after: colon)...].drop { $0 == " " }))
        }
        guard let lengths = headers["content-length"], lengths.count == 1, let length = Int(lengths[0]) else {
            throw Malformed(description: "no single Content-Length in «\(head)»")
        }
        let headOnly = rest.isEmpty || rest.starts(with: Array("HTTP/1.1 ".utf8))
        guard headOnly || rest.count >= length else { throw Malformed(description: "a body shorter than promised") }
        let body = headOnly ? [] : Array(rest.prefix(length))
        rest = rest.dropFirst(body.count)
        return Response(status: status, headers: headers, body: body)
    }

    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index <= haystack.endIndex - needle.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
