/// A value of a spec case's data, of the kinds the spec's YAML has, written as literals so cases
/// read like the spec; a case must be `Sendable` to be a test argument, and `Any` is not.
enum MustacheSpecValue: Sendable {
    case text(String)
    case integer(Int)
    case decimal(Double)
    case flag(Bool)
    case null
    case list([MustacheSpecValue])
    case hash([String: MustacheSpecValue])

    /// What a libro context holds for the value: texts, numbers and flags as themselves, lists as
    /// `[Any]`, hashes as `[String: Any]`. libro's contexts never hold a null (a value that is not
    /// there is a key that is not there), so null is what a Swift optional becomes inside an
    /// `Any`: a `nil` in a box.
    var engineValue: Any {
        switch self {
        case .text(let text): text
        case .integer(let number): number
        case .decimal(let number): number
        case .flag(let flag): flag
        case .null: String?.none as Any
        case .list(let items): items.map(\.engineValue)
        case .hash(let fields): fields.mapValues(\.engineValue)
        }
    }
}

extension MustacheSpecValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    init(stringLiteral value: String) { self = .text(value) }
    init(integerLiteral value: Int) { self = .integer(value) }
    init(floatLiteral value: Double) { self = .decimal(value) }
    init(booleanLiteral value: Bool) { self = .flag(value) }
    init(nilLiteral: ()) { self = .null }
    init(arrayLiteral elements: MustacheSpecValue...) { self = .list(elements) }

    init(dictionaryLiteral elements: (String, MustacheSpecValue)...) {
        self = .hash(Dictionary(elements) { first, _ in first })
    }
}
