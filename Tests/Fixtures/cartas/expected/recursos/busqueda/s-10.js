window.LIBRO_BUSQUEDA.recibir("s-10",["10"]);
