import Model

/// A carta descriptiva with its times worked out: each row's place in the agenda, the total the
/// activities add up to, and how it compares with the total the package declares.
public struct LinkedCarta: Sendable, Equatable {
    public let header: CartaHeader
    /// Index into the page's blocks of the `carta` block, where the agenda is drawn.
    public let block: Int
    public let rows: [AgendaRow]
    /// The sum of every duration given.
    public let computedMinutes: Int
    /// Breaks the package gives no duration; the agenda counts them as zero.
    public let pausesWithoutDuration: Int

    /// True when a declared total exists and the rows add up to something else.
    public var differsFromDeclared: Bool {
        header.declaredMinutes.map { $0 != computedMinutes } ?? false
    }

    /// The row drawn from the page's block `block`. Rows come in the order of their blocks, so it
    /// is found by halving: searching them one by one for each activity made a carta's cost grow
    /// as the square of its activities.
    public func row(ofBlock block: Int) -> AgendaRow? {
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].block < block { low = middle + 1 } else { high = middle }
        }
        return low < rows.count && rows[low].block == block ? rows[low] : nil
    }
}

/// One row of a carta's agenda: an activity, a break or a meal.
public struct AgendaRow: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case activity(ActivitySpec)
        case pause(PauseSpec.Kind)
    }

    public let kind: Kind
    /// The heading the row's block sits under.
    public let title: String
    public let anchor: String
    /// The part of the carta the row belongs to (Sesión 4's "Parte 1: …"), if any.
    public let group: String?
    /// Nil for a break the package gives no duration.
    public let minutes: Int?
    /// Minutes from the start of the session to the start of the row.
    public let offset: Int
    /// Index into the page's blocks.
    public let block: Int
    /// True when `minutes` is the method's length for a break the package does not size.
    public var assumedMinutes = false
}
