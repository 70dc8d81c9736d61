window.LIBRO_BUSQUEDA.recibir("s-lo",["kilo","solo"]);
