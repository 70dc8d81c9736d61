window.LIBRO_BUSQUEDA.recibir("s-2",["2"]);
