import Derive
import Theme

/// The last DERIVE step's inputs and result, kept by `libro servir`. DERIVE reads only what
/// `DeriveInputs` holds, so when an edit leaves the organizations' data, the method, the
/// worksheets, the cartas and the theme as they were (a page's prose changed), the pages it made
/// are taken again instead of writing every organization's pages anew.
struct PreviousDerive: Sendable {
    let inputs: DeriveInputs
    let derived: DerivedPages

    /// The pages `inputs` call for, or those `previous` made from the same inputs (`reused`);
    /// `previous` then holds this result.
    static func derive(
        _ inputs: DeriveInputs, templates: TemplateSet, reusing previous: inout PreviousDerive?
    ) -> (derived: DerivedPages, reused: Bool) {
        if let kept = previous, kept.inputs == inputs { return (kept.derived, true) }
        let derived = PageDeriver.derive(inputs, templates: templates)
        previous = PreviousDerive(inputs: inputs, derived: derived)
        return (derived, false)
    }
}
