window.LIBRO_BUSQUEDA.recibir("s-nt",["cuant","pendient"]);
