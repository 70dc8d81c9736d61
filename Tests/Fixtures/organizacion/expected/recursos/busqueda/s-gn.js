window.LIBRO_BUSQUEDA.recibir("s-gn",["sign"]);
