/// The spec's `inheritance` cases.
extension MustacheSpecCase {
    static let inheritance: [MustacheSpecCase] = [
        MustacheSpecCase(
            "Default",
            template: "{{$title}}Default title{{/title}}\n",
            expected: "Default title\n"),
        MustacheSpecCase(
            "Variable",
            template: "{{$foo}}default {{bar}} content{{/foo}}\n",
            data: ["bar": "baz"],
            expected: "default baz content\n"),
        MustacheSpecCase(
            "Triple Mustache",
            template: "{{$foo}}default {{{bar}}} content{{/foo}}\n",
            data: ["bar": "<baz>"],
            expected: "default <baz> content\n"),
        MustacheSpecCase(
            "Sections",
            template: "{{$foo}}default {{#bar}}{{baz}}{{/bar}} content{{/foo}}\n",
            data: ["bar": ["baz": "qux"]],
            expected: "default qux content\n"),
        MustacheSpecCase(
            "Negative Sections",
            template: "{{$foo}}default {{^bar}}{{baz}}{{/bar}} content{{/foo}}\n",
            data: ["baz": "three"],
            expected: "default three content\n"),
        MustacheSpecCase(
            "Mustache Injection",
            template: "{{$foo}}default {{#bar}}{{baz}}{{/bar}} content{{/foo}}\n",
            data: ["bar": ["baz": "{{qux}}"]],
            expected: "default {{qux}} content\n"),
        MustacheSpecCase(
            "Inherit",
            template: "{{<include}}{{/include}}\n",
            partials: ["include": "{{$foo}}default content{{/foo}}"],
            expected: "default content"),
        MustacheSpecCase(
            "Overridden content",
            template: "{{<super}}{{$title}}sub template title{{/title}}{{/super}}",
            partials: ["super": "...{{$title}}Default title{{/title}}..."],
            expected: "...sub template title..."),
        MustacheSpecCase(
            "Data does not override block",
            template: "{{<include}}{{$var}}var in template{{/var}}{{/include}}",
            data: ["var": "var in data"],
            partials: ["include": "{{$var}}var in include{{/var}}"],
            expected: "var in template"),
        MustacheSpecCase(
            "Data does not override block default",
            template: "{{<include}}{{/include}}",
            data: ["var": "var in data"],
            partials: ["include": "{{$var}}var in include{{/var}}"],
            expected: "var in include"),
        MustacheSpecCase(
            "Overridden parent",
            template: "test {{<parent}}{{$stuff}}override{{/stuff}}{{/parent}}",
            partials: ["parent": "{{$stuff}}...{{/stuff}}"],
            expected: "test override"),
        MustacheSpecCase(
            "Two overridden parents",
            template:
                "test {{<parent}}{{$stuff}}override1{{/stuff}}{{/parent}} {{<parent}}{{$stuff}}override2{{/stuff}}{{/parent}}\n",
            partials: ["parent": "|{{$stuff}}...{{/stuff}}{{$default}} default{{/default}}|"],
            expected: "test |override1 default| |override2 default|\n"),
        MustacheSpecCase(
            "Override parent with newlines",
            template: """
                {{<parent}}{{$ballmer}}
                peaked

                :(
                {{/ballmer}}{{/parent}}
                """,
            partials: ["parent": "{{$ballmer}}peaking{{/ballmer}}"],
            expected: """
                peaked

                :(

                """),
        MustacheSpecCase(
            "Inherit indentation",
            template: "{{<parent}}{{$nineties}}hammer time{{/nineties}}{{/parent}}",
            partials: ["parent": "stop:\n  {{$nineties}}collaborate and listen{{/nineties}}\n"],
            expected: "stop:\n  hammer time\n"),
        MustacheSpecCase(
            "Only one override",
            template: "{{<parent}}{{$stuff2}}override two{{/stuff2}}{{/parent}}",
            partials: ["parent": "{{$stuff}}new default one{{/stuff}}, {{$stuff2}}new default two{{/stuff2}}"],
            expected: "new default one, override two"),
        MustacheSpecCase(
            "Parent template",
            template: "{{>parent}}|{{<parent}}{{/parent}}",
            partials: ["parent": "{{$foo}}default content{{/foo}}"],
            expected: "default content|default content"),
        MustacheSpecCase(
            "Recursion",
            template: "{{<parent}}{{$foo}}override{{/foo}}{{/parent}}",
            partials: [
                "parent": "{{$foo}}default content{{/foo}} {{$bar}}{{<parent2}}{{/parent2}}{{/bar}}",
                "parent2":
                    "{{$foo}}parent2 default content{{/foo}} {{<parent}}{{$bar}}don't recurse{{/bar}}{{/parent}}",
            ],
            expected: "override override override don't recurse"),
        MustacheSpecCase(
            "Multi-level inheritance",
            template: "{{<parent}}{{$a}}c{{/a}}{{/parent}}",
            partials: [
                "parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}",
                "grandParent": "{{$a}}g{{/a}}",
            ],
            expected: "c"),
        MustacheSpecCase(
            "Multi-level inheritance, no sub child",
            template: "{{<parent}}{{/parent}}",
            partials: [
                "parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}",
                "grandParent": "{{$a}}g{{/a}}",
            ],
            expected: "p"),
        MustacheSpecCase(
            "Text inside parent",
            template: "{{<parent}} asdfasd {{$foo}}hmm{{/foo}} asdfasdfasdf {{/parent}}",
            partials: ["parent": "{{$foo}}default content{{/foo}}"],
            expected: "hmm"),
        // The spec gives this name to two cases.
        MustacheSpecCase(
            "Text inside parent (2)",
            template: "{{<parent}} asdfasd asdfasdfasdf {{/parent}}",
            partials: ["parent": "{{$foo}}default content{{/foo}}"],
            expected: "default content"),
        MustacheSpecCase(
            "Block scope",
            template: "{{<parent}}{{$block}}I say {{fruit}}.{{/block}}{{/parent}}",
            data: ["fruit": "apples", "nested": ["fruit": "bananas"]],
            partials: ["parent": "{{#nested}}{{$block}}You say {{fruit}}.{{/block}}{{/nested}}"],
            expected: "I say bananas."),
        MustacheSpecCase(
            "Standalone parent",
            template: "Hi,\n  {{<parent}}{{/parent}}\n",
            partials: ["parent": "one\ntwo\n"],
            expected: """
                Hi,
                  one
                  two

                """),
        MustacheSpecCase(
            "Standalone block",
            template: """
                {{<parent}}{{$block}}
                one
                two{{/block}}
                {{/parent}}

                """,
            partials: ["parent": "Hi,\n  {{$block}}{{/block}}\n"],
            expected: """
                Hi,
                  one
                  two

                """),
        MustacheSpecCase(
            "Block reindentation",
            template: """
                {{<parent}}{{$block}}
                    one
                    two
                {{/block}}{{/parent}}

                """,
            partials: [
                "parent": """
                Hi,
                  {{$block}}
                  {{/block}}

                """
            ],
            expected: """
                Hi,
                  one
                  two

                """),
        MustacheSpecCase(
            "Intrinsic indentation",
            template: """
                {{<parent}}{{$block}}
                one
                two
                {{/block}}{{/parent}}

                """,
            partials: [
                "parent": """
                Hi,
                {{$block}}
                  default
                {{/block}}

                """
            ],
            expected: """
                Hi,
                  one
                  two

                """),
        MustacheSpecCase(
            "Nested block reindentation",
            template: """
                {{<parent}}{{$nested}}
                three
                {{/nested}}{{/parent}}

                """,
            partials: [
                "parent": """
                {{<grandparent}}{{$block}}
                  one
                  {{$nested}}
                    two
                  {{/nested}}
                {{/block}}{{/grandparent}}

                """, "grandparent": "{{$block}}default{{/block}}",
            ],
            expected: "one\n  three\n"),
    ]
}
