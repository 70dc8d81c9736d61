window.LIBRO_BUSQUEDA.recibir("s-tr",["cuatr"]);
