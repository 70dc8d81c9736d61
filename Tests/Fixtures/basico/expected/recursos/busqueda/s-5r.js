window.LIBRO_BUSQUEDA.recibir("s-5r",["5r"]);
