window.LIBRO_BUSQUEDA.recibir("s-sa",["casa"]);
