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
