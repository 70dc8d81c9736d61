window.LIBRO_BUSQUEDA.recibir("s-j",["j"]);
