window.LIBRO_BUSQUEDA.recibir("s-iv",["objetiv"]);
