window.LIBRO_BUSQUEDA.recibir("s-nt",["acent","component","pendient"]);
