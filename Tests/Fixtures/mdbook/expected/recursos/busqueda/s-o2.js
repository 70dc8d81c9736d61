window.LIBRO_BUSQUEDA.recibir("s-o2",["riego2"]);
