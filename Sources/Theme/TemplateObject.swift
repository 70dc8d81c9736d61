/// A value templates read by name, each field worked out only when a template asks for it. For
/// values made anew for every page, like the navigation's entries, where filling a dictionary
/// for each one would be most of the page's cost. A field the object does not have is looked
/// up further out, as with a dictionary.
public final class TemplateObject {
    private let field: (String) -> Any?
    /// Objects with equal keys give equal fields, so a section over a list of them may reuse
    /// what it wrote for an earlier one (the navigation repeats on every page of a folder).
    let memo: AnyHashable?

    public init(memo: AnyHashable? = nil, _ field: @escaping (String) -> Any?) {
        self.memo = memo
        self.field = field
    }

    func value(_ name: String) -> Any? { field(name) }
}
