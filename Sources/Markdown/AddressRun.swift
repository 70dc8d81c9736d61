/// A run of text without spaces, as cmark-gfm's autolink extension reads it: each address start
/// (`://`, `www.`, `@`) reads on to the run's end, and each `)` that may end an address reads the
/// address again, so their count times the run's length bounds the work.
struct AddressRun {
    private(set) var starts = 0
    private(set) var closingParentheses = 0

    /// Starts and parentheses, once the run holds an address start; zero before.
    var count: Int { starts > 0 ? starts + closingParentheses : 0 }

    mutating func addStart() {
        starts += 1
    }

    mutating func addClosingParenthesis() {
        closingParentheses += 1
    }

    mutating func end() {
        self = AddressRun()
    }
}
