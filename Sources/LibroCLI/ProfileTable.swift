import LibroKit
import Model
import Workers

/// `--perfil`: the build's time by kind of work, largest first, as a plain table.
enum ProfileTable {
    static func lines(for report: BuildReport) -> [String] {
        let rows = WorkTimes.Kind.allCases.map { ($0, milliseconds(report.times[$0])) }
        let total = max(1, rows.reduce(0) { $0 + $1.1 })
        let width = rows.map(\.0.rawValue.count).max() ?? 0
        var lines = ["perfil: \(report.milliseconds) ms de reloj, por etapas:"]
        let stageWidth = report.stages.entries.map(\.stage.profileLabel.count).max() ?? 0
        for (stage, duration) in report.stages.entries {
            let name = stage.profileLabel.padding(toLength: max(width, stageWidth), withPad: " ", startingAt: 0)
            lines.append("  \(name)  \(String(milliseconds(duration)).leftPadded(to: 7)) ms")
        }
        lines.append("tiempo de trabajo sumado en todos los núcleos:")
        for (kind, value) in rows.sorted(by: { $0.1 > $1.1 }) {
            let name = kind.rawValue.padding(toLength: max(width, stageWidth), withPad: " ", startingAt: 0)
            let amount = String(value).leftPadded(to: 7)
            let share = String((value * 100 + total / 2) / total).leftPadded(to: 3)
            lines.append("  \(name)  \(amount) ms  \(share) %")
        }
        return lines
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        Int(duration / .milliseconds(1))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
