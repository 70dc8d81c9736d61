window.LIBRO_BUSQUEDA.recibir("s-id",["comid","contenid"]);
