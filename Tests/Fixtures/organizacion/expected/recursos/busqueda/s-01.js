window.LIBRO_BUSQUEDA.recibir("s-01",["01"]);
