window.LIBRO_BUSQUEDA.recibir("s-tr",["centimetr"]);
