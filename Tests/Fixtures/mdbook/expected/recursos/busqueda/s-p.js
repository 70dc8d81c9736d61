window.LIBRO_BUSQUEDA.recibir("s-p",["p"]);
