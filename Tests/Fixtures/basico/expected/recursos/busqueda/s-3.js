window.LIBRO_BUSQUEDA.recibir("s-3",["3"]);
