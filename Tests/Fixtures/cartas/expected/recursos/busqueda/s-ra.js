window.LIBRO_BUSQUEDA.recibir("s-ra",["hora"]);
