window.LIBRO_BUSQUEDA.recibir("s-gl",["regl","sigl"]);
