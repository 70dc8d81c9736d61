// Leer sin conexión: en un sitio publicado (http o https) registra el lector sin conexión
// (sw.js, en la raíz) y muestra en el pie cuánto pesa el sitio entero antes de guardarlo. Abierto
// desde una carpeta (file://) o en la vista previa de `libro servir`, no hace nada.
(function () {
  "use strict";
  var guion = document.currentScript;
  var caja = document.querySelector(".sin-conexion");
  if (!guion || !caja || !("serviceWorker" in navigator)) return;
  if (location.protocol !== "http:" && location.protocol !== "https:") return;
  // Para agregar el sitio a la pantalla de inicio. Desde una carpeta el navegador no lo puede leer.
  var manifiesto = document.createElement("link");
  manifiesto.rel = "manifest";
  manifiesto.href = guion.dataset.manifiesto;
  document.head.appendChild(manifiesto);
  // `libro servir` marca sus páginas: allí el sitio cambia a cada momento y no se guarda.
  if (document.documentElement.hasAttribute("data-vista-previa")) return;
  var textos = guion.dataset;
  var boton = caja.querySelector("button");
  var estado = caja.querySelector("[role=status]");
  var actualizando = false;

  // 3,2 MB; 850 kB: con coma decimal, como se escribe en español.
  function tamano(bytes) {
    if (bytes >= 1e6) return (bytes / 1e6).toFixed(1).replace(".", ",") + "\u00a0MB";
    return Math.max(1, Math.round(bytes / 1e3)) + "\u00a0kB";
  }

  function decir(texto) {
    estado.textContent = texto;
  }

  function pedir(tipo) {
    navigator.serviceWorker.ready.then(function (registro) {
      var canal = new MessageChannel();
      canal.port1.onmessage = function (evento) { recibir(evento.data || {}); };
      registro.active.postMessage({ tipo: tipo, pagina: location.href }, [canal.port2]);
    });
  }

  function guardar(esActualizacion) {
    actualizando = esActualizacion;
    boton.hidden = true;
    decir((actualizando ? textos.actualizando : textos.guardando).replace("{porcentaje}", "0"));
    pedir("guardar");
  }

  function recibir(datos) {
    if (datos.tipo === "estado") {
      caja.hidden = false;
      boton.textContent = textos.guardar.replace("{tamano}", tamano(datos.total));
      if (datos.completa) {
        boton.hidden = true;
        decir(textos.listo);
      } else if (datos.pedido) {
        // Quien ya lo había pedido recibe la versión nueva del sitio (o termina una descarga
        // cortada) sin volver a pedirlo.
        guardar(datos.nueva);
      } else {
        boton.hidden = false;
      }
    } else if (datos.tipo === "progreso") {
      decir((actualizando ? textos.actualizando : textos.guardando).replace("{porcentaje}", datos.porcentaje));
    } else if (datos.tipo === "listo") {
      decir(actualizando ? textos.actualizado : textos.listo);
    } else if (datos.tipo === "error") {
      decir(textos.error);
      boton.hidden = false;
    }
  }

  boton.addEventListener("click", function () {
    // Que el navegador no borre la copia cuando le falte espacio, si lo concede.
    if (navigator.storage && navigator.storage.persist) navigator.storage.persist();
    guardar(false);
  });
  navigator.serviceWorker.register(textos.trabajador).then(function () {
    pedir("estado");
    // Una versión nueva del sitio toma el control: se pregunta otra vez.
    navigator.serviceWorker.addEventListener("controllerchange", function () { pedir("estado"); });
  }).catch(function () {
    // Sin lector sin conexión el sitio se lee igual, con conexión.
  });
})();
