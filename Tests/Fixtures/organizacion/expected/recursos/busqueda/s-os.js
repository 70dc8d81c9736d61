window.LIBRO_BUSQUEDA.recibir("s-os",["valios"]);
