window.LIBRO_BUSQUEDA.recibir("s-ii",["ii"]);
