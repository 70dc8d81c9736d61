"""The generated pages of the linear-growth check: one case per step a build does for each page,
each a page (and what it needs around it) written as a function of its number of items."""

import pathlib

FRONT = "---\ntitulo: {title}\nid: {id}\n---\n\n"

INDEX = FRONT.format(title="Inicio", id="inicio") + "Un sitio pequeño para medir un paso de la construcción.\n"

OTHER = FRONT.format(title="Otra página", id="otra") + (
    "## Primera sección\n\nTexto de la otra página.\n\n## Segunda sección\n\nMás texto.\n")

GLOSSARY = FRONT.format(title="Glosario", id="glosario") + "".join(
    f"## {term}\n\n```termino\nvariantes: [{variant}]\n```\n\nDefinición de {term.lower()}.\n\n"
    for term, variant in [
        ("Alianza estratégica", "alianzas estratégicas"),
        ("Actor", "actores"),
        ("Sociedad civil", "OSC"),
        ("Red", "redes"),
    ])

# A 1×1 PNG, so images have a file to point to.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8cfc0f01f0005000201a5f7b0a30000000049454e44ae426082")


class Case:
    """A site of a few pages plus `medida.md`, whose body is `base` and then `body(n)`; `extra(n)`
    adds files. With 0 items the site has only `base`, which gives the build the same ending as
    with items: `status` is the exit status of every build of the case (1 when the page is
    refused, or has a broken link, and so is not rendered)."""

    def __init__(self, name, n, unit, body, status=0, extra=None, base=""):
        self.name = name
        self.n = n
        self.unit = unit
        self.body = body
        self.status = status
        self.extra = extra or (lambda size: {})
        self.base = base

    def files(self, size):
        files = {
            "libro.yml": "titulo: Medición\nhtml_crudo: true\n",
            "index.md": INDEX,
            "otra.md": OTHER,
            "glosario.md": GLOSSARY,
            "medida.md": FRONT.format(title="Página medida", id="medida") + self.base + (self.body(size) if size else ""),
        }
        if size:
            files.update(self.extra(size))
        return files

    def write(self, site, size):
        content = pathlib.Path(site) / "content"
        (content / "img").mkdir(parents=True)
        (content / "img" / "punto.png").write_bytes(PNG)
        for path, text in self.files(size).items():
            (content / path).parent.mkdir(parents=True, exist_ok=True)
            (content / path).write_text(text)


def words(count):
    return " ".join(["alianza", "organización", "trabajo", "comunidad", "actores"][i % 5] for i in range(count))


CHAPTERS = 8


def book(size):
    """A section of a fixed number of chapters, each with `size` headings and links: a book's own
    work, apart from the navigation every page shows, which grows with the pages of a folder."""
    pages = {"libro/_index.md": FRONT.format(title="Libro", id="libro") + "Un libro.\n"}
    for chapter in range(CHAPTERS):
        body = "".join(
            f"## Apartado {i}\n\nTexto con [un enlace](ref:cap-{(chapter + 1) % CHAPTERS}#apartado-{i}), "
            f"[otro](#apartado-{i}) y ![una imagen](../img/punto.png).\n\n" for i in range(size))
        pages[f"libro/capitulo-{chapter}.md"] = FRONT.format(title=f"Capítulo {chapter}", id=f"cap-{chapter}") + body
    return pages


def terms_sharing_a_word(size):
    return {"terminos.md": FRONT.format(title="Términos", id="terminos") + "".join(
        f"## Alianza número {i}\n\n```termino\n```\n\nUna alianza que se llama así.\n\n" for i in range(size))}


def under_the_limits(size):
    """Each of cmark-gfm's slow inputs as far as the scan lets it through (lighter where a full
    one would make the check slow), `size` times: each copy's cost is bounded, so the page's
    grows as the copies."""
    group = (
        "![[]()" * 300 + "\n\n"
        + "*a " * 100 + "_a*_ " * 100 + "\n\n"
        + "- " * 31 + "x" + "\n" * 50 + "\n"
        + "> " * 31 + "a\n" + "b\n" * 50 + "\n"
        + "a|b\n" + "-|-|-\n" * 10 + "\n"
        + "|" + "a|" * 127 + "\n|" + "-|" * 127 + "\n" + "x\n" * 5 + "\n"
        + "Ver www.a.com" + ")" * 63 + "\n\n"
        + "a@b.co " * 64 + "\n\n"
        + "[r]: /" + "x" * 100 + "\n\n")
    return group * size


def past_the_limits(size):
    """Each of cmark-gfm's slow inputs far past its limit, `size` long: refused after one pass."""
    return (
        "![[]()" * size + "\n\n"
        + "*a " * size + "_a*_ " * size + "\n\n"
        + "- " * size + "x" + "\n" * size + "\n"
        + "a|b\n-|-|-\n" * size + "\n"
        + "|" + "a|" * size + "\n|" + "-|" * size + "\n" + "x\n" * size + "\n"
        + "www.a.com" + ")" * size + "\n\n"
        + "a@b.co " * size + "\n\n"
        + "[r]: /" + "x" * size + "\n\n" + "[r] " * size + "\n")


def bibliography(size):
    return {"referencias.md": FRONT.format(title="Referencias", id="referencias")
            + "```referencias\n- clave: otro-2002\n  autores: Otro, A.\n  anio: 2002\n  titulo: Un libro\n```\n"}


# A link that makes a build fail, and a line the scan refuses: the empty page of a case that
# fails gets one, so it stops where the case's builds stop.
BROKEN_LINK = "[roto](#nada)\n\n"
REFUSED = "www.a.com" + ")" * 64 + "\n\n"

ORGANIZATION_METHOD = """organizacion:
  nombre: ficha.nombre
  archivos:
    ficha:
      archivo: ficha.yml
      obligatorio: true
      campos:
        nombre: {tipo: texto, obligatorio: true}
    contactos:
      archivo: contactos.csv
      id: id
      titulo: nombre
      campos:
        id: {tipo: texto, obligatorio: true}
        nombre: {tipo: texto, obligatorio: true}
        cercania: {tipo: opcion, valores: [alta, baja]}
        apoyo: {tipo: texto, referencia: contactos}
        red: {tipo: separados, max: 9999, referencia: contactos}
  paginas:
    - {ruta: _index.md, plantilla: inicio, datos: ficha}
    - {ruta: contactos.md, id: contactos, titulo: Contactos, plantilla: contactos, datos: contactos}
"""


def organization(size):
    """An organization whose contacts all name the first, which names them all back: the data
    view's titles, references and backlinks, and a page that lists them all."""
    everyone = ";".join(f"c{i}" for i in range(size))
    rows = "".join(
        f"c{i},Contacto {i},{'alta' if i % 2 else 'baja'},c0,{everyone if i == 0 else ''}\n" for i in range(size))
    return {
        "libro.yml": "titulo: Medición\nhtml_crudo: true\norganizaciones: [org]\n",
        "metodo.yml": ORGANIZATION_METHOD,
        "plantillas/paginas/organizacion/inicio.mustache": "La organización {{ficha.nombre}}.\n",
        "plantillas/paginas/organizacion/contactos.mustache": (
            "{{#contactos}}\n- {{nombre}}, por {{apoyo_titulo}} ({{apoyo_ref.cercania}}); "
            "lo nombran {{#referido_por_contactos}}{{nombre}} {{/referido_por_contactos}}\n{{/contactos}}\n"
            "{{#contactos_por_cercania}}\n## {{valor}}\n\n{{#registros}}{{nombre}} {{/registros}}\n"
            "{{/contactos_por_cercania}}\n"),
        "organizaciones/org/ficha.yml": "nombre: Organización medida\n",
        "organizaciones/org/contactos.csv": "id,nombre,cercania,apoyo,red\n" + rows,
    }


CASES = [
    Case("equal headings", 120, "headings", lambda n: "## Título repetido\n\nTexto.\n\n" * n),
    Case("different headings, contents, search", 40, "headings",
         lambda n: "".join(f"## Sección {i}\n\n{words(8)}.\n\n### Apartado {i}\n\nMás.\n\n" for i in range(n))),
    Case("links in one paragraph", 300, "links", lambda n: " ".join(["[x](otra.md)"] * n) + "\n"),
    Case("ref links in one paragraph", 120, "pairs of links",
         lambda n: " ".join(["[x](ref:otra) [](ref:otra#segunda-seccion)"] * n) + "\n"),
    Case("images", 200, "images", lambda n: ("![punto](img/punto.png) " * 100 + "\n\n") * (n // 100)),
    Case("anchor links to many headings", 60, "headings and links",
         lambda n: "".join(f"## Sección {i}\n\nVer [la anterior](#seccion-{max(i - 1, 0)}).\n\n" for i in range(n))),
    Case("broken anchor links", 50, "headings and links",
         lambda n: "".join(f"## Sección {i}\n\nVer [otra](#secion-{i}).\n\n" for i in range(n)),
         status=1, base=BROKEN_LINK),
    Case("table cells", 100, "rows", lambda n: "| a | b | c | d |\n|---|---|---|---|\n" + "| 1 | 2 | 3 | 4 |\n" * n),
    Case("list depth", 8, "levels", lambda n: ("- " * n + "x\n\n") * 50),
    Case("block quote depth", 8, "levels", lambda n: ("> " * n + "x\n\n") * 60),
    Case("emphasis", 800, "marks", lambda n: ("*a* **b** _c_ ~~d~~ " * 25 + "\n\n") * (n // 200)),
    Case("nested brackets", 4000, "brackets", lambda n: "[" * n + "a" + "]" * n + "\n"),
    Case("glossary mentions", 120, "paragraphs",
         lambda n: "".join(f"La alianza estratégica {i} y los actores de la OSC en red.\n\n" for i in range(n))),
    Case("glossary terms sharing a word", 40, "terms", lambda n: "Una página.\n", extra=terms_sharing_a_word),
    Case("carta activities", 20, "activities",
         lambda n: "```carta\nobjetivo: Medir.\nduracion: 1 h\n```\n\n" + "".join(
             f"## Actividad {i}\n\n```actividad\nduracion: 10 min\nmateriales: [Papel]\n```\n\nTexto.\n\n"
             for i in range(n))),
    Case("worksheet questions", 60, "questions",
         lambda n: "```hoja\npartes:\n  - preguntas:\n      titulo: Preguntas\n      elementos:\n" + "".join(
             f"        - texto: \"Pregunta {i}\"\n          lineas: 2\n" for i in range(n)) + "```\n"),
    Case("raw HTML and search text", 250, "tags",
         lambda n: "<div>\n\n" + "<span>a</span> &amp; <b>b</b> " * n + "\n\n</div>\n"),
    Case("task list items", 150, "items", lambda n: "- [ ] tarea\n- [x] hecha\n" * (n // 2)),
    Case("raw HTML attributes in one line", 200, "tags",
         lambda n: '<a href="otra.html" title="t" data-a="1" class="c">a</a> ' * n + "\n"),
    Case("callouts", 60, "callouts",
         lambda n: "> [!AGREGADO] opcional\n> Un paso nuevo con una alianza.\n\n" * n),
    Case("citations in one paragraph", 150, "pairs of citations",
         lambda n: "Dice (Autor, 2001) y [Otro, 2002](cita:otro-2002). " * n + "\n", extra=bibliography),
    Case("footnotes", 150, "notes",
         lambda n: "".join(f"Texto[^n{i}].\n\n" for i in range(n)) + "".join(f"[^n{i}]: Nota {i}.\n" for i in range(n))),
    Case("links to html names", 300, "links", lambda n: " ".join(["[x](otra.html)"] * n) + "\n"),
    Case("book for print", 5, "headings and links per chapter",
         lambda n: "```compilacion\nsecciones: [libro]\n```\n", extra=book),
    Case("organization records naming one another", 150, "records", lambda n: "Una página.\n", extra=organization),
    Case("cmark-gfm slow inputs under their limits", 1, "copies", under_the_limits),
    Case("cmark-gfm slow inputs past their limits", 1200, "repeats", past_the_limits, status=1, base=REFUSED),
]
