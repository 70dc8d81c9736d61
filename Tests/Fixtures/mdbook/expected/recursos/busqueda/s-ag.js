window.LIBRO_BUSQUEDA.recibir("s-ag",["plag"]);
