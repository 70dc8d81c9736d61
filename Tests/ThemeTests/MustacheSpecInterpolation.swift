/// The spec's `interpolation` cases.
extension MustacheSpecCase {
    static let interpolation: [MustacheSpecCase] = [
        MustacheSpecCase(
            "No Interpolation",
            template: "Hello from {Mustache}!\n",
            expected: "Hello from {Mustache}!\n"),
        MustacheSpecCase(
            "Basic Interpolation",
            template: "Hello, {{subject}}!\n",
            data: ["subject": "world"],
            expected: "Hello, world!\n"),
        MustacheSpecCase(
            "No Re-interpolation",
            template: "{{template}}: {{planet}}",
            data: ["template": "{{planet}}", "planet": "Earth"],
            expected: "{{planet}}: Earth"),
        MustacheSpecCase(
            "HTML Escaping",
            template: "These characters should be HTML escaped: {{forbidden}}\n",
            data: ["forbidden": #"& " < >"#],
            expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
        MustacheSpecCase(
            "Triple Mustache",
            template: "These characters should not be HTML escaped: {{{forbidden}}}\n",
            data: ["forbidden": #"& " < >"#],
            expected: #"These characters should not be HTML escaped: & " < >\#n"#),
        MustacheSpecCase(
            "Ampersand",
            template: "These characters should not be HTML escaped: {{&forbidden}}\n",
            data: ["forbidden": #"& " < >"#],
            expected: #"These characters should not be HTML escaped: & " < >\#n"#),
        MustacheSpecCase(
            "Basic Integer Interpolation",
            template: #""{{mph}} miles an hour!""#,
            data: ["mph": 85],
            expected: #""85 miles an hour!""#),
        MustacheSpecCase(
            "Triple Mustache Integer Interpolation",
            template: #""{{{mph}}} miles an hour!""#,
            data: ["mph": 85],
            expected: #""85 miles an hour!""#),
        MustacheSpecCase(
            "Ampersand Integer Interpolation",
            template: #""{{&mph}} miles an hour!""#,
            data: ["mph": 85],
            expected: #""85 miles an hour!""#),
        MustacheSpecCase(
            "Basic Decimal Interpolation",
            template: #""{{power}} jiggawatts!""#,
            data: ["power": 1.21],
            expected: #""1.21 jiggawatts!""#),
        MustacheSpecCase(
            "Triple Mustache Decimal Interpolation",
            template: #""{{{power}}} jiggawatts!""#,
            data: ["power": 1.21],
            expected: #""1.21 jiggawatts!""#),
        MustacheSpecCase(
            "Ampersand Decimal Interpolation",
            template: #""{{&power}} jiggawatts!""#,
            data: ["power": 1.21],
            expected: #""1.21 jiggawatts!""#),
        MustacheSpecCase(
            "Basic Null Interpolation",
            template: "I ({{cannot}}) be seen!",
            data: ["cannot": nil],
            expected: "I () be seen!"),
        MustacheSpecCase(
            "Triple Mustache Null Interpolation",
            template: "I ({{{cannot}}}) be seen!",
            data: ["cannot": nil],
            expected: "I () be seen!"),
        MustacheSpecCase(
            "Ampersand Null Interpolation",
            template: "I ({{&cannot}}) be seen!",
            data: ["cannot": nil],
            expected: "I () be seen!"),
        MustacheSpecCase(
            "Basic Context Miss Interpolation",
            template: "I ({{cannot}}) be seen!",
            expected: "I () be seen!"),
        MustacheSpecCase(
            "Triple Mustache Context Miss Interpolation",
            template: "I ({{{cannot}}}) be seen!",
            expected: "I () be seen!"),
        MustacheSpecCase(
            "Ampersand Context Miss Interpolation",
            template: "I ({{&cannot}}) be seen!",
            expected: "I () be seen!"),
        MustacheSpecCase(
            "Dotted Names - Basic Interpolation",
            template: #""{{person.name}}" == "{{#person}}{{name}}{{/person}}""#,
            data: ["person": ["name": "Joe"]],
            expected: #""Joe" == "Joe""#),
        MustacheSpecCase(
            "Dotted Names - Triple Mustache Interpolation",
            template: #""{{{person.name}}}" == "{{#person}}{{{name}}}{{/person}}""#,
            data: ["person": ["name": "Joe"]],
            expected: #""Joe" == "Joe""#),
        MustacheSpecCase(
            "Dotted Names - Ampersand Interpolation",
            template: #""{{&person.name}}" == "{{#person}}{{&name}}{{/person}}""#,
            data: ["person": ["name": "Joe"]],
            expected: #""Joe" == "Joe""#),
        MustacheSpecCase(
            "Dotted Names - Arbitrary Depth",
            template: #""{{a.b.c.d.e.name}}" == "Phil""#,
            data: ["a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]]],
            expected: #""Phil" == "Phil""#),
        MustacheSpecCase(
            "Dotted Names - Broken Chains",
            template: #""{{a.b.c}}" == """#,
            data: ["a": [:]],
            expected: #""" == """#),
        MustacheSpecCase(
            "Dotted Names - Broken Chain Resolution",
            template: #""{{a.b.c.name}}" == """#,
            data: ["a": ["b": [:]], "c": ["name": "Jim"]],
            expected: #""" == """#),
        MustacheSpecCase(
            "Dotted Names - Initial Resolution",
            template: #""{{#a}}{{b.c.d.e.name}}{{/a}}" == "Phil""#,
            data: ["a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]], "b": ["c": ["d": ["e": ["name": "Wrong"]]]]],
            expected: #""Phil" == "Phil""#),
        MustacheSpecCase(
            "Dotted Names - Context Precedence",
            template: "{{#a}}{{b.c}}{{/a}}",
            data: ["a": ["b": [:]], "b": ["c": "ERROR"]],
            expected: ""),
        MustacheSpecCase(
            "Dotted Names are never single keys",
            template: "{{a.b}}",
            data: ["a.b": "c"],
            expected: ""),
        MustacheSpecCase(
            "Dotted Names - No Masking",
            template: "{{a.b}}",
            data: ["a.b": "c", "a": ["b": "d"]],
            expected: "d"),
        MustacheSpecCase(
            "Implicit Iterators - Basic Interpolation",
            template: "Hello, {{.}}!\n",
            data: "world",
            expected: "Hello, world!\n"),
        MustacheSpecCase(
            "Implicit Iterators - HTML Escaping",
            template: "These characters should be HTML escaped: {{.}}\n",
            data: #"& " < >"#,
            expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
        MustacheSpecCase(
            "Implicit Iterators - Triple Mustache",
            template: "These characters should not be HTML escaped: {{{.}}}\n",
            data: #"& " < >"#,
            expected: #"These characters should not be HTML escaped: & " < >\#n"#),
        MustacheSpecCase(
            "Implicit Iterators - Ampersand",
            template: "These characters should not be HTML escaped: {{&.}}\n",
            data: #"& " < >"#,
            expected: #"These characters should not be HTML escaped: & " < >\#n"#),
        MustacheSpecCase(
            "Implicit Iterators - Basic Integer Interpolation",
            template: #""{{.}} miles an hour!""#,
            data: 85,
            expected: #""85 miles an hour!""#),
        MustacheSpecCase(
            "Interpolation - Surrounding Whitespace",
            template: "| {{string}} |",
            data: ["string": "---"],
            expected: "| --- |"),
        MustacheSpecCase(
            "Triple Mustache - Surrounding Whitespace",
            template: "| {{{string}}} |",
            data: ["string": "---"],
            expected: "| --- |"),
        MustacheSpecCase(
            "Ampersand - Surrounding Whitespace",
            template: "| {{&string}} |",
            data: ["string": "---"],
            expected: "| --- |"),
        MustacheSpecCase(
            "Interpolation - Standalone",
            template: "  {{string}}\n",
            data: ["string": "---"],
            expected: "  ---\n"),
        MustacheSpecCase(
            "Triple Mustache - Standalone",
            template: "  {{{string}}}\n",
            data: ["string": "---"],
            expected: "  ---\n"),
        MustacheSpecCase(
            "Ampersand - Standalone",
            template: "  {{&string}}\n",
            data: ["string": "---"],
            expected: "  ---\n"),
        MustacheSpecCase(
            "Interpolation With Padding",
            template: "|{{ string }}|",
            data: ["string": "---"],
            expected: "|---|"),
        MustacheSpecCase(
            "Triple Mustache With Padding",
            template: "|{{{ string }}}|",
            data: ["string": "---"],
            expected: "|---|"),
        MustacheSpecCase(
            "Ampersand With Padding",
            template: "|{{& string }}|",
            data: ["string": "---"],
            expected: "|---|"),
    ]
}
