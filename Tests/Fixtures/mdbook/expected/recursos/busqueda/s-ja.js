window.LIBRO_BUSQUEDA.recibir("s-ja",["hoja"]);
