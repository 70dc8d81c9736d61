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
