window.LIBRO_BUSQUEDA.recibir("s-ct",["product"]);
