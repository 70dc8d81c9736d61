window.LIBRO_BUSQUEDA.recibir("s-yv",["leyv"]);
