window.LIBRO_BUSQUEDA.recibir("s-16",["16"]);
