window.LIBRO_BUSQUEDA.recibir("s-ex",["anex"]);
