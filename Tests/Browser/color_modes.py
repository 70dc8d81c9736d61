"""Light and dark colours, checked by reader_check.py over a built site.

- axe-core on each page in the light palette and in the dark one (the system's preference,
  emulated through the DevTools protocol), no serious or critical violation in either;
- the colours button of the header, used from the keyboard, turns a light system's page dark,
  axe-core reads that page too, and the choice is still there after reloading (on a served site:
  see check_switch);
- printing is always light: with a dark system, and with dark chosen on the button.
"""

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

# The page's ground and text as the browser paints them, and the colours button's state.
COLORS_SCRIPT = """
var estilo = getComputedStyle(document.body);
var boton = document.querySelector(".boton-tema");
return {
  fondo: estilo.backgroundColor,
  texto: estilo.color,
  tema: document.documentElement.getAttribute("data-tema"),
  boton: boton && !boton.hidden ? boton.getAttribute("aria-label") : null,
};
"""


def luminance(css):
    """Relative luminance (WCAG) of an `rgb(…)`/`rgba(…)` colour."""
    numbers = [float(part) for part in css[css.index("(") + 1:css.index(")")].replace("/", ",").split(",")[:3]]
    channels = [n / 255 for n in numbers]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def emulate(driver, scheme, media=""):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": media, "features": [{"name": "prefers-color-scheme", "value": scheme}],
    })


def colors(driver):
    return driver.execute_script(COLORS_SCRIPT)


def expect_palette(driver, dark, label, problems):
    """The page is painted dark (or light) as expected: ground and text on the right sides."""
    painted = colors(driver)
    ground, text = luminance(painted["fondo"]), luminance(painted["texto"])
    if dark and not (ground < 0.05 and text > 0.5):
        problems.append(f"colores: {label}: no se ve oscura (fondo {painted['fondo']}, texto {painted['texto']})")
    if not dark and not (ground > 0.9 and text < 0.05):
        problems.append(f"colores: {label}: no se ve clara (fondo {painted['fondo']}, texto {painted['texto']})")


def check_axe_in_both(driver, site, shots, problems, pages, run_axe):
    """axe-core on every page, light and then dark; run_axe(driver, page, label) reports."""
    for scheme in ("light", "dark"):
        emulate(driver, scheme)
        for page in pages:
            run_axe(driver, page, scheme)
            expect_palette(driver, scheme == "dark", f"{page} ({scheme})", problems)
            name = page.replace("/", "_").replace("?", "_").replace(".html", "")
            driver.save_screenshot(str(shots / f"{name}-1280{'-oscuro' if scheme == 'dark' else ''}.png"))
    emulate(driver, "light")


def press_colors_button(driver):
    button = driver.find_element(By.CSS_SELECTOR, ".boton-tema")
    driver.execute_script("arguments[0].focus()", button)
    driver.switch_to.active_element.send_keys(Keys.ENTER)


def check_switch(driver, site, shots, problems, page, run_axe, open_page):
    """On a light system, the button (from the keyboard) makes the page dark; axe-core reads it;
    the choice survives a reload; printing it is light; two more presses go back to automatic.
    open_page(driver, site, page) opens PAGE; the caller serves the site over http, where a
    reload reads what the page before it stored."""
    emulate(driver, "light")
    open_page(driver, site, page)
    driver.execute_script("window.localStorage.removeItem('libro-tema')")
    open_page(driver, site, page)
    if not colors(driver)["boton"]:
        problems.append(f"colores: {page}: el botón de colores no se muestra")
        return
    press_colors_button(driver)
    state = colors(driver)
    if state["tema"] != "oscuro":
        problems.append(f"colores: {page}: el botón no pasa a oscuro en un sistema claro ({state['tema']})")
        return
    if "oscuro" not in (state["boton"] or ""):
        problems.append(f"colores: {page}: el botón no dice que los colores son oscuros ({state['boton']})")
    expect_palette(driver, True, f"{page} (oscuro con el botón)", problems)
    run_axe(driver, page, "oscuro con el botón", reload=False)
    driver.save_screenshot(str(shots / "boton-oscuro-1280.png"))
    open_page(driver, site, page)
    if colors(driver)["tema"] != "oscuro":
        problems.append(f"colores: {page}: al volver a abrir la página se olvidó el modo oscuro elegido")
    expect_palette(driver, True, f"{page} (oscuro recordado)", problems)
    emulate(driver, "dark", "print")
    expect_palette(driver, False, f"{page} (impresa con oscuro elegido)", problems)
    emulate(driver, "light")
    press_colors_button(driver)
    press_colors_button(driver)
    if colors(driver)["tema"] is not None:
        problems.append(f"colores: {page}: tres toques no vuelven a los colores del sistema")


def check_print_is_light(driver, site, problems, pages, open_page):
    """A dark system prints the light palette."""
    emulate(driver, "dark", "print")
    for page in pages:
        open_page(driver, site, page)
        expect_palette(driver, False, f"{page} (impresa con el sistema en oscuro)", problems)
    emulate(driver, "light")
