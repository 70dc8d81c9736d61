window.LIBRO_BUSQUEDA.recibir("s-so",["paso"]);
