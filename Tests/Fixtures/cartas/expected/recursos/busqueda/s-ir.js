window.LIBRO_BUSQUEDA.recibir("s-ir",["elegir","introducir"]);
