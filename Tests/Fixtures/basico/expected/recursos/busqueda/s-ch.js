window.LIBRO_BUSQUEDA.recibir("s-ch",["hech"]);
