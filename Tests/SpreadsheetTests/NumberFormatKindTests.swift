import Testing

@testable import Spreadsheet

@Suite struct NumberFormatKindTests {
    @Test(arguments: [
        (0, NumberFormatKind.number), (2, .number), (14, .date), (17, .date), (18, .time), (20, .time), (21, .time),
        (22, .dateTime), (45, .time), (46, .duration), (47, .time), (49, .number),
    ])
    func knowsTheBuiltInFormats(_ id: Int, _ kind: NumberFormatKind) {
        #expect(NumberFormatKind.builtIn(id) == kind)
    }

    @Test(arguments: [
        ("General", NumberFormatKind.number), ("0.00", .number), ("#,##0.00;[Red]-#,##0.00", .number),
        ("0.00E+00", .number), ("@", .number), ("0 \"días\"", .number), ("0.0 \"h\"", .number), ("0\\d", .number),
        ("[$$-409]#,##0.00", .number), ("_-* #,##0_-", .number),
        ("dd/mm/yyyy", .date), ("yyyy-mm-dd", .date), ("d-mmm-yy", .date), ("mmm", .date), ("DD/MM/YYYY;@", .date),
        ("[$-409]mmmm d, yyyy", .date), ("yyyy\"年\"m\"月\"d\"日\"", .date), ("[Blue]dd/mm/yy", .date),
        ("h:mm", .time), ("hh:mm:ss", .time), ("h:mm AM/PM", .time), ("h:mm a/p", .time), ("mm:ss", .time),
        ("mm:ss.0", .time), ("[h]:mm", .duration), ("[h]:mm:ss", .duration), ("[mm]:ss", .duration),
        ("m/d/yyyy h:mm", .dateTime), ("dd/mm/yyyy hh:mm:ss", .dateTime), ("yyyy-mm-dd\"T\"hh:mm", .dateTime),
    ])
    func readsDateAndTimeTokensOfCustomFormats(_ code: String, _ kind: NumberFormatKind) {
        #expect(NumberFormatKind.of(code: code) == kind, "\(code)")
    }
}
