window.LIBRO_BUSQUEDA.recibir("s-po",["tipo"]);
