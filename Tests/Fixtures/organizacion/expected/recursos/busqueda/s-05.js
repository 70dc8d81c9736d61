window.LIBRO_BUSQUEDA.recibir("s-05",["05"]);
