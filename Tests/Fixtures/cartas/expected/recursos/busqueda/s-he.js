window.LIBRO_BUSQUEDA.recibir("s-he",["the"]);
