window.LIBRO_BUSQUEDA.recibir("s-7",["7"]);
