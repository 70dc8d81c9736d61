window.LIBRO_BUSQUEDA.recibir("s-30",["30"]);
