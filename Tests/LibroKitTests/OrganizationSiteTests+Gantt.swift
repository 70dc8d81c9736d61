import Foundation
import Testing

extension OrganizationSiteTests {
    /// The plan by months names calendar months from the organization's start date, and marks
    /// the months each activity runs; an organization without the date gets numbered months.
    @Test func thePlanByMonthsNamesItsMonthsFromTheStartDate() throws {
        let plan = try #require(sites.sample["organizaciones/voces-del-bravo/plan-de-trabajo.html"])
        // The sample starts on 2027-02-09 and its plan runs six months.
        #expect(plan.contains(#"<th scope="col" class="mes">feb 2027</th>"#))
        #expect(plan.contains(#"<th scope="col" class="mes">jul 2027</th>"#))
        #expect(!plan.contains(#"class="mes">Mes 1</th>"#))
        #expect(plan.contains(#"<td class="mes activa">■<span class="solo-lectores"> feb 2027</span></td>"#))
        #expect(plan.contains(#"class="tabla-desplazable gantt-bloque""#))
        let other = try #require(sites.fixture["organizaciones/luz-del-valle/plan-de-trabajo.html"])
        #expect(other.contains(#"<th scope="col" class="mes">Mes 1</th>"#))
    }

    /// The pre-filled plan worksheet shows each activity's time and marks its months in the
    /// month columns, one dark cell per month an activity runs within the sheet's six.
    @Test func thePrefilledPlanWorksheetMarksTheMonths() throws {
        let sheet = try #require(sites.sample["organizaciones/voces-del-bravo/hojas/hoja-plan-de-trabajo.html"])
        #expect(
            sheet.contains(
                #"<td data-etiqueta="Tiempo de desarrollo (en horas, días, semanas o meses)">3 semanas</td>"#))
        let csv = try String(
            contentsOf: Fixtures.repository.appendingPathComponent(
                "content/organizaciones/voces-del-bravo/plan-de-trabajo.csv"),
            encoding: .utf8)
        let marks = csv.split(separator: "\n").dropFirst().map { line in
            let months = String(line.split(separator: ",").last ?? "")
            return months.split(separator: ";").map { part -> Int in
                let bounds = part.split(separator: "-").compactMap { Int($0) }
                return (bounds.last ?? 0) - (bounds.first ?? 0) + 1
            }.reduce(0, +)
        }.reduce(0, +)
        #expect(marks > 0)
        #expect(sheet.components(separatedBy: #"<td class="mes-marcado">■</td>"#).count - 1 == marks)
        // The month columns are not fields the browser writes: it marks them from `meses`.
        #expect(!sheet.contains(#"data-campo="meses:1""#))
        #expect(sheet.contains(#"data-campo="" data-tipo="texto" data-mes="6" data-de="meses">Mes 6</th>"#))
    }
}
