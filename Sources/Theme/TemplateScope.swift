/// A value on the renderer's stack, sorted once when pushed, so looking a name up in it needs no
/// dynamic cast: a page's templates look up a thousand names.
enum TemplateScope {
    case dictionary([String: Any])
    case strings([String: String])
    case object(TemplateObject)
    /// A value without names: a text in a list of texts, say.
    case value(Any)

    init(_ value: Any) {
        // Exact types first: a cast of `[String: String]` to `[String: Any]` would copy it.
        if type(of: value) == TemplateObject.self, let object = value as? TemplateObject {
            self = .object(object)
        } else if type(of: value) == [String: String].self, let strings = value as? [String: String] {
            self = .strings(strings)
        } else if let dictionary = value as? [String: Any] {
            // Any other dictionary keyed by text (`[String: [TemplateObject]]`) is copied here, once.
            self = .dictionary(dictionary)
        } else {
            self = .value(value)
        }
    }

    /// The value named `name` here, nil when there is none (and the name is looked up further out).
    func child(_ name: String) -> Any? {
        switch self {
        case .dictionary(let dictionary): dictionary[name]
        case .strings(let strings): strings[name]
        case .object(let object): object.value(name)
        case .value: nil
        }
    }

    /// The value itself, for `{{.}}`.
    var value: Any {
        switch self {
        case .dictionary(let dictionary): dictionary
        case .strings(let strings): strings
        case .object(let object): object
        case .value(let value): value
        }
    }
}
