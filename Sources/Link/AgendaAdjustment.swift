import Diagnostics
import Model

/// An organization's agenda for one session: the package's carta with the organization's
/// settings applied (break and meal lengths, the meal moved or added, activities skipped or
/// resized) and its times worked out again. Pure; the package's carta is never changed, so its
/// own page shows the original. The agenda block and the `.ics` calendars both draw from it.
public enum AgendaAdjustment {
    /// The carta as the organization runs it; `mealTitle` names a meal the carta does not have.
    public static func apply(_ carta: LinkedCarta, _ settings: AgendaSettings, mealTitle: String) -> LinkedCarta {
        guard !settings.isEmpty else { return carta }
        let planned = plan(carta, settings, mealTitle: mealTitle)
        var rows: [AgendaRow] = []
        var offset = 0
        var missing = 0
        for item in planned {
            let row = item.row
            rows.append(
                AgendaRow(
                    kind: row.kind, title: row.title, anchor: row.anchor, group: row.group, minutes: item.minutes,
                    offset: offset, block: row.block, assumedMinutes: item.assumed))
            if let minutes = item.minutes { offset += minutes } else { missing += 1 }
        }
        guard rows != carta.rows else { return carta }
        var header = carta.header
        // The package's declared total speaks of its own agenda, not of this one.
        header.declaredMinutes = nil
        header.declaredLocation = nil
        return LinkedCarta(
            header: header, block: carta.block, rows: rows, computedMinutes: offset, pausesWithoutDuration: missing)
    }

    /// A row to draw, with the minutes it lasts and whether they are the method's assumption.
    private struct Planned {
        let row: AgendaRow
        let minutes: Int?
        var assumed = false
    }

    /// The rows in their new order with their new lengths; offsets are worked out after.
    private static func plan(_ carta: LinkedCarta, _ settings: AgendaSettings, mealTitle: String) -> [Planned] {
        let skipped = Set(settings.skipped.map(\.value))
        var lengths: [Int: Int] = [:]
        for length in settings.lengths { lengths[length.activity] = length.minutes }
        let meal = carta.rows.first { $0.isMeal }
        var planned: [Planned] = []
        var activity = 0
        for row in carta.rows {
            switch row.kind {
            case .activity:
                activity += 1
                if !skipped.contains(activity) {
                    planned.append(Planned(row: row, minutes: lengths[activity] ?? row.minutes))
                }
                if settings.mealAfter?.value == activity {
                    let placed = meal ?? placeholder(after: row, title: mealTitle)
                    planned.append(sized(placed, settings.mealMinutes?.value, settings))
                }
            case .pause(.meal):
                // A meal placed by the organization is drawn where it says instead.
                if settings.mealAfter == nil { planned.append(sized(row, settings.mealMinutes?.value, settings)) }
            case .pause:
                planned.append(sized(row, settings.breakMinutes?.value, settings))
            }
        }
        return planned
    }

    /// A break's length: the organization's, the package's, or the method's default as an assumption.
    private static func sized(_ row: AgendaRow, _ setting: Int?, _ settings: AgendaSettings) -> Planned {
        if let minutes = setting ?? row.minutes { return Planned(row: row, minutes: minutes) }
        return Planned(row: row, minutes: settings.defaultBreakMinutes, assumed: settings.defaultBreakMinutes != nil)
    }

    /// A meal the carta does not have, in the part of the carta of the activity it follows.
    private static func placeholder(after row: AgendaRow, title: String) -> AgendaRow {
        AgendaRow(
            kind: .pause(.meal), title: title, anchor: "", group: row.group, minutes: nil, offset: 0, block: row.block)
    }
}

extension AgendaRow {
    public var isActivity: Bool {
        if case .activity = kind { return true }
        return false
    }

    public var isMeal: Bool { kind == .pause(.meal) }
}
