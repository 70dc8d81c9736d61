window.LIBRO_BUSQUEDA.recibir("s-pa",["mapa"]);
