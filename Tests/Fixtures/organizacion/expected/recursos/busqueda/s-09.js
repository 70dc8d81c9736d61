window.LIBRO_BUSQUEDA.recibir("s-09",["09"]);
