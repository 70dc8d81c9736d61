window.LIBRO_BUSQUEDA.recibir("s-br",["libr"]);
