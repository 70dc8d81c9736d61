"""Filling a worksheet in the browser (theme/recursos/llenar.js), in headless Chromium over a built
site opened from a folder.

1. A pre-filled copy (the critical path sheet of an organization's first ally): «Llenar en el
   navegador» turns it into controls that start from the organization's values; a text, a
   choice, a date, a list, a checkbox and a new table row are filled by keyboard or script.
2. A blank sheet (the 5R matrix): a table row with a choice column and a list column, a question
   without a data path, and a time field (the package has no worksheet with one, so a question's
   kind is switched to `hora` before filling; the script reads kinds only from the page). Answers
   without a data path are kept and printed but left out of the download.
For both: the answers survive a reload; the sheet printed to PDF holds them and none of the
buttons' words; «Descargar respuestas» writes the answers file (`formato: libro-respuestas-1`); axe-core finds no
serious or critical violation in fill mode; at 360 px nothing scrolls sideways. «Borrar mis
respuestas» empties the blank sheet. Screenshots at 360 and 1280 px go to SCREENSHOTS.

3. The work plan filled for the organization: a table row's months with the month picker, by
   keyboard (2 and 4), kept after a reload, printed and downloaded as `"2;4"` (the printed month
   columns mark months 2 and 4); with a second sheet filled, «Descargar todas mis respuestas» on
   the organization's worksheets index writes one file with both; on a print pack with nothing saved it says so. At 360 px nothing scrolls sideways.

With LIBRO, the downloaded file goes through `libro importar` into a copy of the package, which is
then built: the pre-filled sheet must show the answers and hand-written data files stay as they were.

Usage: fill_check.py SITE_FOLDER SCREENSHOTS_FOLDER [LIBRO]
"""

import html
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

import yaml
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from browser_tools import axe_problems, browser, file_url, open_page, print_to_pdf, wait_for

BUTTON_WORDS = ["Llenar", "Descargar", "Borrar mis", "Agregar fila", "Quitar fila"]
ORGANIZATION = "voces-del-bravo"
REPOSITORY = pathlib.Path(__file__).resolve().parents[2]


def start_filling(driver):
    button = driver.find_element(By.XPATH, "//button[normalize-space()='Llenar en el navegador']")
    button.click()
    wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "section.hoja.llenando"))


def field(driver, path):
    return driver.find_element(By.CSS_SELECTOR, f'[data-dato="{path}"] .llenar-control')


def set_value(driver, element, value):
    """Date and time inputs take typed text in the browser's locale; the value is set instead."""
    driver.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", element, value)


def type_into(element, text):
    element.clear()
    element.send_keys(text)


def reopen_until(driver, url, stored, tries=5):
    """Opens URL until stored(driver) holds, a second apart. Chromium keeps a file:// page's
    localStorage writes in its renderer for a while, and a page opened from another renderer may
    read an older copy: a person never opens the next page that fast, a script does. The caller
    checks the page again afterwards and reports what it finds."""
    for _ in range(tries):
        time.sleep(1)
        driver.get(url)
        if stored(driver):
            return


def saved_sheets(driver):
    """The names of the worksheets whose answers this browser keeps, any site."""
    return driver.execute_script(
        "return Object.keys(localStorage).filter(function (k) { return k.indexOf('libro-respuestas|') === 0; })"
        ".map(function (k) { try { return JSON.parse(localStorage.getItem(k)).hoja.hoja; } catch (e) { return ''; } });")


def add_row(driver, table_path):
    table = driver.find_element(By.CSS_SELECTOR, f'.parte-tabla[data-dato="{table_path}"]')
    table.find_element(By.CSS_SELECTOR, ".llenar-agregar").click()
    return table.find_elements(By.CSS_SELECTOR, ".llenar-fila")[-1].find_elements(By.CSS_SELECTOR, ".llenar-control")


def pdf_text(driver):
    reader = print_to_pdf(driver, preferCSSPageSize=True, printBackground=True)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def download(driver, downloads, button="Descargar respuestas"):
    for old in downloads.glob("*"):
        old.unlink()
    # The page shows its buttons once its script has started filling: under load, a moment later.
    path = f"//button[normalize-space()='{button}']"
    shown = wait_for(lambda: [element for element in driver.find_elements(By.XPATH, path)
                              if element.is_displayed() and element.is_enabled()])
    if not shown:
        return None, None
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", shown[0])
    shown[0].click()
    # The file may show its name before its bytes are all there.
    def complete():
        for path in downloads.glob("*.yml"):
            text = path.read_text(encoding="utf-8")
            if text.strip():
                answers = yaml.safe_load(text)
                if answers:
                    return [(path.name, answers)]
        return []

    found = wait_for(complete, 30)
    if not found:
        return None, None
    return found[0]


def check_printed(driver, page, expected, problems):
    text = pdf_text(driver)
    # A narrow column wraps a value: spaces are left out of the comparison.
    squeezed = "".join(text.split())
    for answer in expected:
        if "".join(answer.split()) not in squeezed:
            problems.append(f"{page}: el PDF no muestra la respuesta «{answer}»")
    for word in BUTTON_WORDS:
        if word in text:
            problems.append(f"{page}: el PDF muestra el botón «{word}»")


def check_prefilled(site, shots, downloads, problems):
    """The critical path sheet filled for the organization's first ally."""
    pages = sorted(site.glob(f"organizaciones/{ORGANIZATION}/hojas/hoja-ruta-critica*.html"))
    if not pages:
        problems.append("no hay hoja de ruta crítica llena para la organización")
        return
    page = str(pages[0].relative_to(site))
    driver = browser(1280, 900, downloads=downloads)
    try:
        driver.get(pages[0].resolve().as_uri())
        sheet = driver.find_element(By.CSS_SELECTOR, "section.hoja[data-hoja]")
        if sheet.get_attribute("data-organizacion") != ORGANIZATION or not sheet.get_attribute("data-registro"):
            problems.append(f"{page}: la hoja no dice su organización y su registro")
        printed = driver.find_element(By.CSS_SELECTOR, '[data-dato="aliado.construccion.oferta"] .respuesta').text
        start_filling(driver)
        if field(driver, "aliado.construccion.oferta").get_attribute("value").strip() != printed.strip():
            problems.append(f"{page}: el campo no empieza con el valor de la organización")
        type_into(field(driver, "aliado.construccion.interes"), 'Interés de prueba con "comillas": sí')
        Select(field(driver, "aliado.evaluacion.periodicidad")).select_by_visible_text("semestral")
        set_value(driver, field(driver, "aliado.evaluacion.fecha"), "2031-03-14")
        type_into(field(driver, "aliado.recursos.comunes"), "Sala de juntas\nVoluntariado")
        box = field(driver, "aliado.implementacion.mou.anexos")
        ticked = not box.is_selected()
        box.click()
        tarea, responsable, fecha = add_row(driver, "aliado.implementacion.pendientes")
        type_into(tarea, "Tarea agregada")
        type_into(responsable, "Coordinación")
        set_value(driver, fecha, "2031-04-02")
        driver.save_screenshot(str(shots / "llenar-1280.png"))
        driver.refresh()
        if not wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "section.hoja.llenando")):
            problems.append(f"{page}: al volver a abrirla no sigue llena")
            return
        kept = {
            "aliado.construccion.interes": 'Interés de prueba con "comillas": sí',
            "aliado.evaluacion.periodicidad": "semestral",
            "aliado.evaluacion.fecha": "2031-03-14",
        }
        for path, value in kept.items():
            if field(driver, path).get_attribute("value") != value:
                problems.append(f"{page}: «{path}» no se guardó")
        if field(driver, "aliado.implementacion.mou.anexos").is_selected() != ticked:
            problems.append(f"{page}: la casilla no se guardó")
        check_printed(driver, page, ['Interés de prueba con "comillas": sí', "Tarea agregada", "2031-04-02"], problems)
        name, answers = download(driver, downloads)
        check_prefilled_yaml(page, name, answers, ticked, problems)
        problems.extend(axe_problems(driver, page))
    finally:
        driver.quit()


def check_prefilled_yaml(page, name, answers, ticked, problems):
    if not answers:
        problems.append(f"{page}: «Descargar respuestas» no bajó ningún archivo")
        return
    sheet = (answers.get("hojas") or [{}])[0]
    found = {"formato": answers.get("formato"), "organizacion": answers.get("organizacion"),
             "hoja": sheet.get("hoja")}
    expected = {"formato": "libro-respuestas-1", "hoja": "hoja-ruta-critica", "organizacion": ORGANIZATION}
    for key, value in expected.items():
        if found[key] != value:
            problems.append(f"{page}: {name}: «{key}» es {found[key]!r}, no {value!r}")
    if not sheet.get("registro"):
        problems.append(f"{page}: {name}: la hoja llena para un registro no dice cuál")
    values = sheet.get("respuestas") or {}
    wanted = {
        "aliado.construccion.interes": 'Interés de prueba con "comillas": sí',
        "aliado.evaluacion.periodicidad": "semestral",
        "aliado.evaluacion.fecha": "2031-03-14",
        "aliado.recursos.comunes": ["Sala de juntas", "Voluntariado"],
        "aliado.implementacion.mou.anexos": ticked,
    }
    for path, value in wanted.items():
        if values.get(path) != value:
            problems.append(f"{page}: {name}: «{path}» es {values.get(path)!r}, no {value!r}")
    rows = values.get("aliado.implementacion.pendientes") or []
    row = {"tarea": "Tarea agregada", "responsable": "Coordinación", "fecha": "2031-04-02"}
    if row not in rows:
        problems.append(f"{page}: {name}: la fila agregada no está en «aliado.implementacion.pendientes»: {rows!r}")
    if len(rows) < 2:
        problems.append(f"{page}: {name}: faltan las filas que la organización ya tenía")


def check_blank(site, shots, downloads, problems):
    """The 5R matrix, blank; a question's kind is switched to `hora` to fill a time field."""
    path = site / "hojas/hoja-matriz-5r.html"
    page = "hojas/hoja-matriz-5r.html"
    driver = browser(1280, 900, downloads=downloads)
    try:
        driver.get(path.resolve().as_uri())
        driver.execute_script("document.querySelectorAll('.pregunta')[0].setAttribute('data-tipo', 'hora')")
        start_filling(driver)
        time_field = driver.find_elements(By.CSS_SELECTOR, ".pregunta .llenar-control")[0]
        if time_field.get_attribute("type") != "time":
            problems.append(f"{page}: un dato `hora` no se llena con un campo de hora")
        set_value(driver, time_field, "09:30")
        type_into(driver.find_elements(By.CSS_SELECTOR, ".pregunta .llenar-control")[1], "Una respuesta escrita")
        controls = driver.find_elements(By.CSS_SELECTOR, ".llenar-fila .llenar-control")
        type_into(controls[0], "Actor de prueba")
        type_into(controls[1], "aliado; gestor")
        Select(controls[3]).select_by_visible_text("débil")
        Select(controls[5]).select_by_visible_text("positivo")
        driver.refresh()
        wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "section.hoja.llenando"))
        controls = driver.find_elements(By.CSS_SELECTOR, ".llenar-fila .llenar-control")
        if not controls or controls[0].get_attribute("value") != "Actor de prueba":
            problems.append(f"{page}: la fila de la tabla no se guardó")
        check_printed(driver, page, ["Actor de prueba", "Una respuesta escrita", "débil"], problems)
        name, answers = download(driver, downloads)
        check_blank_yaml(page, name, answers, problems)
        problems.extend(axe_problems(driver, page))
        driver.find_element(By.XPATH, "//button[normalize-space()='Borrar mis respuestas']").click()
        driver.switch_to.alert.accept()
        driver.refresh()
        if driver.find_elements(By.CSS_SELECTOR, "section.hoja.llenando"):
            problems.append(f"{page}: «Borrar mis respuestas» no borró lo guardado")
    finally:
        driver.quit()
    check_phone(path, page, shots, downloads, problems)


def check_blank_yaml(page, name, answers, problems):
    if not answers:
        problems.append(f"{page}: «Descargar respuestas» no bajó ningún archivo")
        return
    sheet = (answers.get("hojas") or [{}])[0]
    if answers.get("organizacion") != "" or "registro" in sheet:
        problems.append(f"{page}: {name}: una hoja en blanco no es de ninguna organización ni registro")
    values = sheet.get("respuestas") or {}
    row = {"actor": "Actor de prueba", "roles": "aliado; gestor", "relacion": "débil", "resultado": "positivo"}
    # The first two questions, by their paths; a blank one is left out.
    expected = {"sistema.matriz.politicas_internas": "09:30",
                "sistema.matriz.reglas_de_los_actores": "Una respuesta escrita", "actores": [row]}
    if values != expected:
        problems.append(f"{page}: {name}: «respuestas» es {values!r}, no {expected!r}")


def check_phone(path, page, shots, downloads, problems):
    driver = browser(360, 740, downloads=downloads)
    try:
        driver.get(path.resolve().as_uri())
        check_filling_fits(driver, page, ".parte-tabla", shots / "llenar-360.png", problems)
    finally:
        driver.quit()


def check_filling_fits(driver, page, shown, screenshot, problems):
    """The open PAGE, filled on a phone: nothing scrolls sideways; SHOWN (a selector) is scrolled
    into view for the screenshot."""
    start_filling(driver)
    width = driver.execute_script("return document.documentElement.scrollWidth")
    if width > 360:
        problems.append(f"teléfono: {page} llenándose se desplaza a los lados ({width} px de ancho)")
    driver.find_element(By.CSS_SELECTOR, shown).location_once_scrolled_into_view
    driver.save_screenshot(str(screenshot))


def months_ticked(picker):
    return [box.get_attribute("value") for box in picker.find_elements(By.CSS_SELECTOR, "input[type=checkbox]")
            if box.is_selected()]


def printed_month_marks(driver):
    """The months the printed month columns (th[data-mes]) mark dark in the table's first row."""
    return driver.execute_script("""
const head = document.querySelector('th[data-mes]');
if (!head) return null;
const table = head.closest('table');
const heads = table.tHead.rows[0].cells;
return Array.from(table.tBodies[0].rows[0].cells)
  .filter((cell) => cell.classList.contains('mes-marcado') && cell.textContent === '■')
  .map((cell) => heads[cell.cellIndex].getAttribute('data-mes'));
""")


def check_months(site, shots, downloads, problems):
    """The work plan filled for the organization: a row's months with the month picker (by
    keyboard), kept after a reload and downloaded as `"2;4"`; then a second sheet is filled and
    «Descargar todas mis respuestas» on the organization's worksheets index writes both."""
    folder = site / "organizaciones" / ORGANIZATION / "hojas"
    page = f"organizaciones/{ORGANIZATION}/hojas/hoja-plan-de-trabajo.html"
    driver = browser(1280, 900, downloads=downloads)
    try:
        open_page(driver, site, page)
        start_filling(driver)
        pickers = driver.find_elements(By.CSS_SELECTOR, ".parte-tabla .llenar-fila fieldset.llenar-meses")
        if not pickers:
            problems.append(f"{page}: la columna de meses no se llena con casillas de meses")
            return
        picker = pickers[0]
        boxes = picker.find_elements(By.CSS_SELECTOR, "input[type=checkbox]")
        labels = [box.get_attribute("aria-label") for box in boxes]
        if labels != [f"Mes {month}" for month in range(1, 13)] or not picker.find_elements(By.TAG_NAME, "legend"):
            problems.append(f"{page}: las casillas de meses no se llaman «Mes 1»…«Mes 12» o no tienen leyenda: {labels!r}")
        if months_ticked(picker) != ["1"]:
            problems.append(f"{page}: los meses no empiezan con los de la organización: {months_ticked(picker)!r}")
        for month in ("1", "2", "4"):
            # By keyboard: the space bar toggles a focused checkbox.
            boxes[int(month) - 1].send_keys(Keys.SPACE)
        reopen_until(driver, file_url(site, page), lambda driver: wait_for(
            lambda: driver.find_elements(By.CSS_SELECTOR, ".llenando fieldset.llenar-meses"), 2)
            and months_ticked(driver.find_elements(By.CSS_SELECTOR, ".parte-tabla .llenar-fila fieldset.llenar-meses")[0]) == ["2", "4"])
        wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "section.hoja.llenando"))
        picker = driver.find_elements(By.CSS_SELECTOR, ".parte-tabla .llenar-fila fieldset.llenar-meses")[0]
        if months_ticked(picker) != ["2", "4"]:
            problems.append(f"{page}: los meses marcados no se guardaron: {months_ticked(picker)!r}")
        check_printed(driver, page, ["2;4"], problems)
        if printed_month_marks(driver) != ["2", "4"]:
            problems.append(f"{page}: la tabla Gantt impresa no marca los meses 2 y 4 de la primera fila: "
                            f"{printed_month_marks(driver)!r}")
        name, answers = download(driver, downloads)
        rows = (((answers or {}).get("hojas") or [{}])[0].get("respuestas") or {}).get("plan_de_trabajo") or []
        if not rows or rows[0].get("meses") != "2;4" or not rows[0].get("actividad"):
            problems.append(f"{page}: {name}: la primera fila de «plan_de_trabajo» no es la actividad con "
                            f"«meses: \"2;4\"»: {rows[:1]!r}")
        problems.extend(axe_problems(driver, page))
        other = f"organizaciones/{ORGANIZATION}/hojas/hoja-matriz-5r.html"
        open_page(driver, site, other)
        start_filling(driver)
        type_into(driver.find_elements(By.CSS_SELECTOR, ".pregunta .llenar-control")[0], "Política de la segunda hoja")
        reopen_until(driver, file_url(folder, "index.html"),
                     lambda driver: len(set(saved_sheets(driver))) >= 2)
        name, answers = download(driver, downloads, "Descargar todas mis respuestas")
        sheets = (answers or {}).get("hojas") or []
        found = sorted(sheet.get("hoja") for sheet in sheets)
        if (answers or {}).get("organizacion") != ORGANIZATION or found != ["hoja-matriz-5r", "hoja-plan-de-trabajo"]:
            problems.append(f"hojas de la organización: «Descargar todas mis respuestas» bajó {name}: "
                            f"{(answers or {}).get('organizacion')!r}, {found!r}")
        elif "Política de la segunda hoja" not in str(sheets):
            problems.append(f"hojas de la organización: {name} no lleva la respuesta de la segunda hoja")
        problems.extend(axe_problems(driver, f"organizaciones/{ORGANIZATION}/hojas/index.html"))
    finally:
        driver.quit()
    driver = browser(360, 740, downloads=downloads)
    try:
        pack = folder / "paquete-sesion-2-participantes.html"
        driver.get(pack.resolve().as_uri())
        for old in downloads.glob("*"):
            old.unlink()
        driver.find_element(By.XPATH, "//button[normalize-space()='Descargar todas mis respuestas']").click()
        notice = driver.find_element(By.CSS_SELECTOR, ".llenar-todas .llenar-aviso")
        time.sleep(0.5)
        if notice.get_attribute("hidden") is not None or not notice.text or list(downloads.glob("*.yml")):
            problems.append(f"{pack.name}: sin nada guardado, «Descargar todas mis respuestas» no lo dice")
        open_page(driver, site, page)
        check_filling_fits(driver, page, ".llenar-meses", shots / "llenar-meses-360.png", problems)
    finally:
        driver.quit()


def folder_bytes(folder):
    """Every file below `folder` but the stored answers, with its bytes."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file() and "respuestas" not in path.relative_to(folder).parts}


def check_import(libro, downloads, problems):
    """The downloaded file through `libro importar` into a copy of the package, then built: the
    pre-filled sheet shows the answers, and the hand-written data files are as they were."""
    answers = sorted(downloads.glob("*.yml"))
    if not answers:
        problems.append("importar: no hay archivo de respuestas descargado")
        return
    with tempfile.TemporaryDirectory() as folder:
        content = pathlib.Path(folder) / "content"
        shutil.copytree(REPOSITORY / "content", content)
        organization = content / "organizaciones" / ORGANIZATION
        before = folder_bytes(organization)
        run = subprocess.run([libro, "importar", str(answers[0]), "--organizacion", ORGANIZATION, "--si",
                              "--reemplazar", "--contenido", str(content)], capture_output=True, text=True)
        if run.returncode != 0 or "construccion.interes" not in run.stdout:
            problems.append(f"importar: falló o no mostró el cambio:\n{run.stdout}{run.stderr}")
            return
        if folder_bytes(organization) != before:
            problems.append("importar: cambió archivos de datos escritos a mano")
        site = pathlib.Path(folder) / "sitio"
        build = subprocess.run([libro, "construir", "--contenido", str(content), "--tema", str(REPOSITORY / "theme"),
                                "--salida", str(site), "--organizacion", ORGANIZATION], capture_output=True, text=True)
        if build.returncode != 0:
            problems.append(f"importar: el sitio no se construyó:\n{build.stderr}")
            return
        pages = sorted(site.glob(f"organizaciones/{ORGANIZATION}/hojas/hoja-ruta-critica*.html"))
        text = html.unescape(pages[0].read_text()) if pages else ""
        # A table cell marks where its words may break (soft hyphen) and where not (word joiner).
        text = text.replace("\u00ad", "").replace("\u2060", "")
        for answer in ['Interés de prueba con "comillas": sí', "Tarea agregada", "Voluntariado"]:
            if answer not in text:
                problems.append(f"importar: la hoja llena no muestra «{answer}»")


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    site = pathlib.Path(sys.argv[1])
    shots = pathlib.Path(sys.argv[2])
    shots.mkdir(parents=True, exist_ok=True)
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        downloads = pathlib.Path(folder)
        check_prefilled(site, shots, downloads, problems)
        if len(sys.argv) == 4:
            check_import(str(pathlib.Path(sys.argv[3]).resolve()), downloads, problems)
        check_blank(site, shots, downloads, problems)
        check_months(site, shots, downloads, problems)
    for problem in problems:
        print(f"fill_check: {problem}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print("fill_check: una hoja llena y una en blanco, llenadas, guardadas, impresas y descargadas")


if __name__ == "__main__":
    main()
