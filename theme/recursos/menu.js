// En pantallas angostas, el índice del paquete se abre y se cierra con el botón «Menú».
// Sin JavaScript el índice se queda visible al final de la página.
(function () {
  "use strict";
  var boton = document.querySelector(".boton-menu");
  var navegacion = document.getElementById("libro_navegacion");
  if (!boton || !navegacion) return;
  boton.hidden = false;
  boton.setAttribute("aria-controls", navegacion.id);

  function abrir(abierto) {
    document.body.classList.toggle("menu-abierto", abierto);
    boton.setAttribute("aria-expanded", abierto ? "true" : "false");
    if (abierto) {
      var actual = navegacion.querySelector("[aria-current]") || navegacion.querySelector("a");
      if (actual) actual.focus();
    }
  }

  boton.addEventListener("click", function () {
    abrir(!document.body.classList.contains("menu-abierto"));
  });
  document.addEventListener("keydown", function (evento) {
    if (evento.key === "Escape" && document.body.classList.contains("menu-abierto")) {
      abrir(false);
      boton.focus();
    }
  });
})();

// En un teléfono el cuadro de búsqueda es angosto: su texto de ayuda, corto.
(function () {
  "use strict";
  var guion = document.currentScript || document.querySelector("script[data-buscar-corto]");
  var corto = guion && guion.getAttribute("data-buscar-corto");
  var cuadro = document.getElementById("libro_busqueda");
  if (corto && cuadro && window.matchMedia && window.matchMedia("(max-width: 59.99rem)").matches) {
    cuadro.setAttribute("placeholder", corto);
  }
})();

// «En esta página» llega cerrado (así queda en un teléfono, también sin JavaScript); en pantalla
// grande se abre.
(function () {
  "use strict";
  var indice = document.querySelector("details.indice");
  if (indice && window.matchMedia && window.matchMedia("(min-width: 60rem)").matches) indice.open = true;
})();

// Una tabla más ancha que su marco lleva encima el aviso «Desliza para ver más →», sólo mientras
// de verdad no cabe (cambia al girar el teléfono o al cambiar el ancho de la ventana).
(function () {
  "use strict";
  var guion = document.currentScript || document.querySelector("script[data-desliza]");
  var texto = guion && guion.getAttribute("data-desliza");
  if (!texto) return;
  var marcos = Array.prototype.slice.call(document.querySelectorAll(".tabla-desplazable"));
  Array.prototype.forEach.call(document.querySelectorAll(".cuerpo table"), function (tabla) {
    if (!tabla.closest(".tabla-desplazable")) marcos.push(tabla);
  });
  if (!marcos.length) return;
  var avisos = marcos.map(function (marco) {
    var aviso = document.createElement("p");
    aviso.className = "desliza";
    aviso.setAttribute("aria-hidden", "true");
    aviso.textContent = texto;
    aviso.hidden = true;
    marco.parentNode.insertBefore(aviso, marco);
    return aviso;
  });

  function medir() {
    marcos.forEach(function (marco, numero) {
      var desborda = marco.scrollWidth > marco.clientWidth + 1;
      avisos[numero].hidden = !desborda;
      marco.classList.toggle("desborda", desborda);
      // Quien usa el teclado también puede desplazarla: se enfoca y se mueve con las flechas.
      if (desborda) marco.setAttribute("tabindex", "0");
      else marco.removeAttribute("tabindex");
    });
  }

  var pendiente = null;
  window.addEventListener("resize", function () {
    if (pendiente) window.clearTimeout(pendiente);
    pendiente = window.setTimeout(medir, 150);
  });
  medir();
})();

// El botón de colores: automáticos (como el sistema), claros u oscuros, recordado en este
// navegador; el guion del <head> lo aplica antes de pintar la página. Cada toque pasa primero al
// modo que se ve distinto. Sólo aparece donde la hoja de estilo sabe pintar en oscuro.
(function () {
  "use strict";
  var guion = document.currentScript || document.querySelector("script[data-tema]");
  var boton = document.querySelector(".boton-tema");
  if (!guion || !boton || !window.CSS || !CSS.supports("color", "light-dark(#000, #fff)")) return;
  var raiz = document.documentElement;
  var iconos = { automatico: "\u25D0", claro: "\u2600", oscuro: "\u263E" };

  function actual() {
    return raiz.getAttribute("data-tema") || "automatico";
  }

  function mostrar() {
    var modo = actual();
    var nombre = guion.getAttribute("data-tema") + ": " + guion.getAttribute("data-tema-" + modo);
    // U+FE0E: el símbolo como texto, no como emoji de color.
    boton.textContent = iconos[modo] + "\uFE0E";
    boton.setAttribute("aria-label", nombre);
    boton.title = nombre;
  }

  function guardar(modo) {
    try {
      if (modo === "automatico") window.localStorage.removeItem("libro-tema");
      else window.localStorage.setItem("libro-tema", modo);
    } catch (error) {
      // Sin almacenamiento (file:// en algunos navegadores): el modo dura lo que dura la página.
    }
  }

  boton.addEventListener("click", function () {
    var sistemaOscuro = window.matchMedia("(prefers-color-scheme: dark)").matches;
    var orden = sistemaOscuro ? ["automatico", "claro", "oscuro"] : ["automatico", "oscuro", "claro"];
    var modo = orden[(orden.indexOf(actual()) + 1) % orden.length];
    if (modo === "automatico") raiz.removeAttribute("data-tema");
    else raiz.setAttribute("data-tema", modo);
    guardar(modo);
    mostrar();
  });
  mostrar();
  boton.hidden = false;
})();

// Una tabla que en un teléfono se muestra como fichas (tabla-fichas) deja de ser tabla para el
// navegador, y algunos lectores de pantalla dejan de leerla como tal: los papeles de tabla, fila
// y celda se dicen explícitamente.
(function () {
  "use strict";
  var papeles = [
    ["table", "table"], ["thead, tbody, tfoot", "rowgroup"], ["tr", "row"],
    ["thead th", "columnheader"], ["tbody th, tfoot th", "rowheader"], ["td", "cell"],
  ];
  Array.prototype.forEach.call(document.querySelectorAll("table.tabla-fichas"), function (tabla) {
    papeles.forEach(function (par) {
      var elementos = par[0] === "table" ? [tabla] : tabla.querySelectorAll(par[0]);
      Array.prototype.forEach.call(elementos, function (elemento) {
        elemento.setAttribute("role", par[1]);
      });
    });
  });
})();

// Atajos de teclado: «/» lleva al cuadro de búsqueda; ← y → a la página anterior y a la siguiente.
// Nunca mientras se escribe en un campo, con una tecla modificadora, ni sobre una tabla que se
// desplaza con las flechas.
(function () {
  "use strict";
  function escribiendo(elemento) {
    if (!elemento) return false;
    var nombre = elemento.tagName;
    return nombre === "INPUT" || nombre === "TEXTAREA" || nombre === "SELECT" || elemento.isContentEditable;
  }
  document.addEventListener("keydown", function (evento) {
    if (evento.defaultPrevented || evento.altKey || evento.ctrlKey || evento.metaKey) return;
    var activo = document.activeElement;
    if (escribiendo(activo)) return;
    if (evento.key === "/") {
      var cuadro = document.getElementById("libro_busqueda");
      if (!cuadro) return;
      evento.preventDefault();
      cuadro.focus();
      return;
    }
    if (evento.shiftKey || (activo && activo.classList && activo.classList.contains("desborda"))) return;
    var relacion = { ArrowLeft: "prev", ArrowRight: "next" }[evento.key];
    var enlace = relacion && document.querySelector('.vecinas a[rel="' + relacion + '"]');
    if (!enlace) return;
    evento.preventDefault();
    window.location.href = enlace.href;
  });
})();

// Cada página anota la dirección de la raíz del sitio, que la página 404 (el servidor la muestra a
// cualquier profundidad) usa para encontrar sus estilos y sus enlaces.
(function () {
  "use strict";
  var guion = document.currentScript || document.querySelector("script[data-raiz][data-desliza]");
  if (!guion || location.protocol === "file:" || !window.URL) return;
  try {
    var raiz = new URL(guion.getAttribute("data-raiz") || "./", document.baseURI).href;
    var raices = JSON.parse(window.localStorage.getItem("libro-raices") || "[]").filter(function (otra) {
      return otra !== raiz;
    });
    raices.unshift(raiz);
    window.localStorage.setItem("libro-raices", JSON.stringify(raices.slice(0, 20)));
  } catch (e) {
    // Sin almacenamiento (navegación privada), la página 404 busca la raíz por su cuenta.
  }
})();
