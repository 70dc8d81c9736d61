window.LIBRO_BUSQUEDA.recibir("s-4",["4"]);
