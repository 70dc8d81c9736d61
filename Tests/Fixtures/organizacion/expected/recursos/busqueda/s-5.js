window.LIBRO_BUSQUEDA.recibir("s-5",["5"]);
