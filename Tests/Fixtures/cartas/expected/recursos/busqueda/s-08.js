window.LIBRO_BUSQUEDA.recibir("s-08",["2008"]);
