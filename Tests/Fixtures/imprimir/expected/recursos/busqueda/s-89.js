window.LIBRO_BUSQUEDA.recibir("s-89",["1989"]);
