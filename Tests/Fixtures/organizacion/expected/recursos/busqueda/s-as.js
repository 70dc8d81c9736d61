window.LIBRO_BUSQUEDA.recibir("s-as",["retras"]);
