/// A value templates read by name, each field worked out only when a template asks for it. For
/// values made anew for every page, like the navigation's entries, where filling a dictionary
/// for each one would be most of the page's cost. A field the object does not have is looked
/// up further out, as with a dictionary.
public final class TemplateObject {
    private let field: (String) -> Any?
    /// Objects with equal keys give equal fields, so a section over a list of them may reuse
    /// what it wrote for an earlier one (the navigation repeats on every page of a folder).
    let memo: Memo?

    /// Three numbers that say what an object shows: a concrete key, since hashing and comparing
    /// `AnyHashable`s (boxes and dynamic casts) cost a twentieth of a large build.
    public struct Memo: Hashable, Sendable {
        let first: Int
        let second: Int
        let third: Int

        public init(_ first: Int, _ second: Int, _ third: Int) {
            self.first = first
            self.second = second
            self.third = third
        }
    }

    public init(memo: Memo? = nil, _ field: @escaping (String) -> Any?) {
        self.memo = memo
        self.field = field
    }

    /// An object whose fields are a dictionary made the first time a template reads one, so a
    /// memoized section that reuses what it wrote for an equal object never makes it.
    public convenience init(memo: Memo?, lazily make: @escaping () -> [String: Any]) {
        var values: [String: Any]?
        self.init(memo: memo) { name in
            if values == nil { values = make() }
            guard let values else { return nil }
            return values[name]
        }
    }

    func value(_ name: String) -> Any? { field(name) }
}
