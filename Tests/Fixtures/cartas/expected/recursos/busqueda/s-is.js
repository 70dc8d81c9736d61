window.LIBRO_BUSQUEDA.recibir("s-is",["is"]);
