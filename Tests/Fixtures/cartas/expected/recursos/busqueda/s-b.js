window.LIBRO_BUSQUEDA.recibir("s-b",["b"]);
