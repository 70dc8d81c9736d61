window.LIBRO_BUSQUEDA.recibir("s-om",["com"]);
