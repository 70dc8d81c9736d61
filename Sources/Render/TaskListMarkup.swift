/// Task list items as boxes to tick with a pen: cmark writes a disabled `<input>` without a
/// label, which screen readers announce as an unnamed form control. A box character reads and
/// prints the same, with its state spelled out for screen readers.
enum TaskListMarkup {
    static let checked = #"<input type="checkbox" checked="" disabled="" />"#
    static let unchecked = #"<input type="checkbox" disabled="" />"#

    static func replace(in html: String, done: String, pending: String) -> String {
        ByteSearch.replace(in: html, [(checked, box("☑", state: done)), (unchecked, box("☐", state: pending))])
    }

    private static func box(_ symbol: String, state: String) -> String {
        "<span class=\"casilla\" aria-hidden=\"true\">\(symbol)</span><span class=\"solo-lectores\">(\(XMLText.escape(state)))</span>"
    }
}
