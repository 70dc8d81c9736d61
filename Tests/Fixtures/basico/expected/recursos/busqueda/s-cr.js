window.LIBRO_BUSQUEDA.recibir("s-cr",["lucr"]);
