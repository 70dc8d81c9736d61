window.LIBRO_BUSQUEDA.recibir("s-ei",["sei"]);
