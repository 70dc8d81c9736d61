window.LIBRO_BUSQUEDA.recibir("s-s",["s"]);
