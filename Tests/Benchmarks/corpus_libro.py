"""The libro-shaped corpus: the example package `ejemplos/movilizacion-de-recursos/` (its
metodo.yml, templates and organization) multiplied to about N pages: sessions with their
```carta and ```actividad blocks, worksheets (```hoja), readings heavy in `[](ref:id)`
cross-references and in glossary words (glosario.md gains terms), and organizations copied
from the example's one, each with its pages made from data. Hugo gets the same Markdown, its
front matter renamed, `ref:` links turned into relative `.md` links (resolved by the same
layout as the plain corpus) and the blocks left as code blocks; it gets no organization pages.
Deterministic: each page's text comes from a Random seeded with its number.

Usage: corpus_libro.py N FOLDER   (writes FOLDER/libro/content, FOLDER/hugo and FOLDER/markdown)
"""

import pathlib
import random
import re
import shutil
import sys

import corpus_libro_hugo
import hugo_layout
from corpus import paragraph, sentence, title, write

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "ejemplos" / "movilizacion-de-recursos"
ORGANIZATION = "letras-del-altiplano"
# Its home, donor map, six donors, plan, filled sheets, print packages and sessions.
PAGES_PER_ORGANIZATION = 25
# Words of corpus.py's prose that become glossary terms, so every page mentions several.
TERMS = ["alianza", "diligencia", "incidencia", "sustentabilidad", "credibilidad", "memorándum"]
# The example's own terms, written into the readings.
PHRASES = ["el mapa de donantes", "una carta de intención", "el plan de procuración", "los recursos en especie"]


class Page:
    """A generated page: its kind (the start of its id), number, folder, id and file."""

    def __init__(self, kind, number, folder):
        self.kind, self.number, self.folder = kind, number, folder
        self.id = f"{kind}-{number:05d}"
        self.path = f"{folder}/{self.id}.md"


def plan(count):
    """The generated pages: a twentieth sessions, a twentieth worksheets, the rest readings."""
    organizations = max(1, count // 100)
    generated = max(3, count - 32 - organizations * PAGES_PER_ORGANIZATION)
    sessions, sheets = max(1, generated // 20), max(1, generated // 20)
    pages = [Page("sesion-generada", n, "sesiones-generadas") for n in range(sessions)]
    pages += [Page("hoja-generada", n, "hojas-generadas") for n in range(sheets)]
    readings = generated - sessions - sheets
    pages += [Page("lectura", n, f"lecturas/seccion-{n * 10 // readings + 1:02d}") for n in range(readings)]
    return organizations, pages


def references(rng, pages):
    links = [f"[](ref:{rng.choice(pages).id})" for _ in range(3)]
    return (f"Antes, lee {links[0]} y {links[1]}; lo que ahí se decide vuelve en {links[2]} y en la "
            f"[Sesión 20](ref:sesion-20). Con {rng.choice(PHRASES)} a la mano, {paragraph(rng)}")


def prose(rng, pages, sections, activities):
    parts = [paragraph(rng)]
    for heading in range(1, sections + 1):
        parts.append(f"## Tema {heading}")
        if activities:
            parts.append(activity(rng))
        parts += [paragraph(rng), references(rng, pages),
                  "\n".join(f"- {sentence(rng)}" for _ in range(3))]
    return parts


def carta(rng, page):
    return (f"```carta\nsesion: {100 + page.number}\ncomponente: {rng.choice(['diagnóstico', 'planeación'])}\n"
            f"objetivo: {sentence(rng)}\nduracion: 2 h\nniveles: [inicial]\nmodalidades: [presencial, en línea]\n"
            f"inicio: \"09:30\"\n```")


def activity(rng):
    # Three of them fill the carta's 2 h.
    return (f"```actividad\nduracion: 40 min\nmateriales: [Papelógrafo, Notas adhesivas]\n"
            f"productos: [{title(rng, 1)}]\n```")


def hoja(rng):
    questions = "".join(f"\n        - {{texto: \"{sentence(rng)}\", lineas: {rng.randint(1, 3)}}}" for _ in range(4))
    return (f"```hoja\nsesiones: [20]\npartes:\n  - preguntas:\n      titulo: \"{title(rng, 1)}\"\n"
            f"      elementos:{questions}\n  - tabla:\n      titulo: \"Seguimiento\"\n"
            f"      columnas: [\"Fecha\", \"Quién\", \"Qué sigue\"]\n      filas: 4\n```")


def body(rng, page, pages):
    session = page.kind == "sesion-generada"
    parts = prose(rng, pages, 3, session)
    if session:
        parts.insert(1, carta(rng, page))
    elif page.kind == "hoja-generada":
        parts.insert(1, hoja(rng))
    return "\n\n".join(parts) + "\n"


def organizations(libro, count):
    slugs = [ORGANIZATION] + [f"organizacion-{n:03d}" for n in range(1, count)]
    for slug in slugs[1:]:
        shutil.copytree(EXAMPLE / "organizaciones" / ORGANIZATION, libro / "organizaciones" / slug)
    config = (libro / "libro.yml").read_text(encoding="utf-8")
    listing = "organizaciones: [" + ", ".join(slugs) + "]"
    (libro / "libro.yml").write_text(re.sub(r"(?m)^organizaciones: .*$", listing, config), encoding="utf-8")


def glossary(libro):
    entries = "".join(f"\n## {term.capitalize()}\n\n```termino\nvariantes: [{term}s]\n```\n\n"
                      f"Una palabra del corpus generado, definida para que las páginas la mencionen.\n" for term in TERMS)
    with (libro / "glosario.md").open("a", encoding="utf-8") as file:
        file.write(entries)


def indexes(libro, pages):
    folders = sorted({page.folder for page in pages})
    for order, folder in enumerate(folders, start=10):
        name = folder.split("/")[-1].replace("-", " ").capitalize()
        write(libro / folder / "_index.md", f"---\ntitulo: {name}\norden: {order}\n---\n{name}.\n")
    write(libro / "lecturas" / "_index.md", "---\ntitulo: Lecturas\norden: 9\n---\nLecturas.\n")


def main():
    count, folder = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    libro = folder / "libro" / "content"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(EXAMPLE, libro)
    organization_count, pages = plan(count)
    organizations(libro, organization_count)
    glossary(libro)
    indexes(libro, pages)
    for page in pages:
        rng = random.Random(page.number * 3 + ["sesion-generada", "hoja-generada", "lectura"].index(page.kind))
        text = body(rng, page, pages)
        write(libro / page.path, f"---\ntitulo: {title(rng, page.number)}\nid: {page.id}\norden: {page.number + 1}\n---\n{text}")
    corpus_libro_hugo.write_all(libro, folder / "hugo", folder / "markdown")
    hugo_layout.write_site(folder / "hugo", "Corpus con forma de libro")
    print(f"corpus con forma de libro: {len(pages)} páginas generadas y {organization_count} organizaciones en {folder}")


if __name__ == "__main__":
    main()
