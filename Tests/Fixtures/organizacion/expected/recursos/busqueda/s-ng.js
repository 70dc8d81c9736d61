window.LIBRO_BUSQUEDA.recibir("s-ng",["networking"]);
