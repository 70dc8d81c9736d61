window.LIBRO_BUSQUEDA.recibir("s-hi",["ahi"]);
