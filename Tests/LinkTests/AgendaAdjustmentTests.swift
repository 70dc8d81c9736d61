import Diagnostics
import Model
import Testing

@testable import Link

/// The carta of the shipped package's first session, by its lengths: activities of 60, 60, 120,
/// 60 and 120 minutes, with a coffee break the package does not size after the second.
private func firstSession(meal: Int? = nil) -> LinkedCarta {
    let lengths: [Int?] = [60, 60, nil, 120, 60, 120]
    var rows: [AgendaRow] = []
    var offset = 0
    for (index, minutes) in lengths.enumerated() {
        let kind: AgendaRow.Kind =
            minutes.map { .activity(ActivitySpec(minutes: $0)) } ?? .pause(.coffee)
        rows.append(
            AgendaRow(
                kind: kind, title: minutes == nil ? "Receso" : "A\(rows.filter(\.isActivity).count + 1)",
                anchor: "f\(index)", group: nil, minutes: minutes, offset: offset, block: index + 1))
        offset += minutes ?? 0
    }
    if let meal {
        rows.append(
            AgendaRow(
                kind: .pause(.meal), title: "Comida", anchor: "comida", group: nil, minutes: meal, offset: offset,
                block: 7))
        offset += meal
    }
    return LinkedCarta(
        header: CartaHeader(session: 1, declaredMinutes: 480), block: 0, rows: rows, computedMinutes: offset,
        pausesWithoutDuration: 1)
}

private let here = SourceLocation(file: "content/organizaciones/x/perfil.yml", line: 40, column: 5)

private func settings(
    breaks: Int? = nil, meal: Int? = nil, after: Int? = nil, skip: [Int] = [], lengths: [Int: Int] = [:],
    assumed: Int? = nil
) -> AgendaSettings {
    var settings = AgendaSettings()
    settings.breakMinutes = breaks.map { .init($0, at: here) }
    settings.mealMinutes = meal.map { .init($0, at: here) }
    settings.mealAfter = after.map { .init($0, at: here) }
    settings.skipped = skip.map { .init($0, at: here) }
    settings.lengths = lengths.keys.sorted().map { .init(activity: $0, minutes: lengths[$0] ?? 0, at: here) }
    settings.defaultBreakMinutes = assumed
    return settings
}

private let method: AgendaMethod = {
    var method = AgendaMethod(location: SourceLocation(file: "content/metodo.yml", line: 50))
    (method.breakMinutes, method.mealMinutes, method.mealAfter) = ("recesos", "comida", "comida_despues_de")
    (method.skipped, method.lengths) = ("omitir", "duraciones")
    return method
}()

/// Titles with their minutes from the start and their lengths.
private func schedule(_ carta: LinkedCarta) -> [String] {
    carta.rows.map { "\($0.title) +\($0.offset) \($0.minutes.map(String.init) ?? "-")" }
}

@Suite struct AgendaAdjustmentTests {
    /// 15-minute breaks and a 60-minute meal after the third activity: the break goes between
    /// the second and third activities (at 120), the meal after the third (135 + 120 = 255).
    @Test func breaksAndAMealAfterTheThirdActivity() {
        let carta = AgendaAdjustment.apply(
            firstSession(), settings(breaks: 15, meal: 60, after: 3), mealTitle: "Pausa para comer")
        #expect(
            schedule(carta) == [
                "A1 +0 60", "A2 +60 60", "Receso +120 15", "A3 +135 120", "Pausa para comer +255 60",
                "A4 +315 60", "A5 +375 120",
            ])
        #expect(carta.computedMinutes == 495)
        #expect(carta.pausesWithoutDuration == 0)
        #expect(carta.header.declaredMinutes == nil)
        #expect(carta.rows.allSatisfy { !$0.assumedMinutes })
        // The package's carta is a value: untouched.
        #expect(firstSession().rows[2].minutes == nil)
    }

    @Test func nothingToChangeGivesTheCartaBack() {
        #expect(AgendaAdjustment.apply(firstSession(), AgendaSettings(), mealTitle: "") == firstSession())
        let sized = AgendaAdjustment.apply(firstSession(), settings(breaks: 15), mealTitle: "")
        // The break given a length by the organization is no assumption.
        #expect(sized.rows[2].minutes == 15 && !sized.rows[2].assumedMinutes)
    }

    /// Breaks of 0 minutes: the break the package does not size takes no time, not the
    /// method's assumed 15, and what follows it moves up.
    @Test func breaksOfNoTimeAreNoAssumption() {
        let carta = AgendaAdjustment.apply(firstSession(), settings(breaks: 0, assumed: 15), mealTitle: "")
        #expect(
            schedule(carta) == ["A1 +0 60", "A2 +60 60", "Receso +120 0", "A3 +120 120", "A4 +240 60", "A5 +300 120"])
        #expect(!carta.rows[2].assumedMinutes)
        #expect(carta.computedMinutes == 420)
        #expect(carta.pausesWithoutDuration == 0)
    }

    @Test func theMethodsDefaultSizesABreakAsAnAssumption() {
        let carta = AgendaAdjustment.apply(firstSession(), settings(assumed: 15), mealTitle: "")
        #expect(carta.rows[2].minutes == 15 && carta.rows[2].assumedMinutes)
        #expect(carta.computedMinutes == 435)
        #expect(carta.rows.filter(\.assumedMinutes).count == 1)
    }

    @Test func skippedAndResizedActivitiesMoveWhatFollows() {
        let carta = AgendaAdjustment.apply(
            firstSession(), settings(breaks: 10, skip: [4], lengths: [3: 90, 5: 45]), mealTitle: "")
        #expect(schedule(carta) == ["A1 +0 60", "A2 +60 60", "Receso +120 10", "A3 +130 90", "A5 +220 45"])
        #expect(carta.computedMinutes == 265)
    }

    @Test func aMealTheCartaHasIsResizedInPlaceOrMoved() {
        let resized = AgendaAdjustment.apply(firstSession(meal: 30), settings(meal: 45), mealTitle: "x")
        #expect(schedule(resized).last == "Comida +420 45")
        let moved = AgendaAdjustment.apply(firstSession(meal: 30), settings(after: 2), mealTitle: "x")
        #expect(schedule(moved).filter { $0.hasPrefix("Comida") } == ["Comida +120 30"])
        #expect(moved.rows[2].anchor == "comida")
        #expect(moved.rows.count == 7)
    }

    @Test func activitiesTheCartaDoesNotHaveAreLocatedErrors() {
        let problems = AgendaSettingsCheck.problems(
            firstSession(), settings(skip: [6], lengths: [0: 30]), method: method, session: 1)
        #expect(problems.map(\.code) == ["actividad-no-encontrada", "actividad-no-encontrada"])
        #expect(problems.map(\.location) == [here, here])
        #expect(problems[0].message.contains("tiene 5 actividades"))
        #expect(problems[0].message.contains("`omitir`") && problems[0].message.contains("del 1 al 5"))
        #expect(AgendaSettingsCheck.problems(firstSession(), settings(skip: [5]), method: method, session: 1) == [])
    }

    @Test func aMealPastTheLastActivityOrWithoutLengthIsAnError() {
        let past = AgendaSettingsCheck.problems(
            firstSession(), settings(meal: 60, after: 5), method: method, session: 1)
        #expect(past.map(\.code) == ["comida-fuera-de-la-agenda"])
        #expect(past.first?.message.contains("del 1 al 4") == true)
        let unsized = AgendaSettingsCheck.problems(firstSession(), settings(after: 3), method: method, session: 1)
        #expect(unsized.map(\.code) == ["falta-campo"])
        let nowhere = AgendaSettingsCheck.problems(firstSession(), settings(meal: 60), method: method, session: 1)
        #expect(nowhere.first?.message.contains("`comida_despues_de`") == true)
        let all = AgendaSettingsCheck.problems(
            firstSession(), settings(skip: [1, 2, 3, 4, 5]), method: method, session: 1)
        #expect(all.map(\.code) == ["sin-actividades"])
        #expect(
            AgendaSettingsCheck.problems(firstSession(), settings(meal: 60, after: 3), method: method, session: 1)
                == [])
    }
}
