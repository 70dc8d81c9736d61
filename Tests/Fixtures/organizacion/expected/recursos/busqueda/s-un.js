window.LIBRO_BUSQUEDA.recibir("s-un",["comun","lun","segun"]);
