window.LIBRO_BUSQUEDA.recibir("s-h",["h"]);
