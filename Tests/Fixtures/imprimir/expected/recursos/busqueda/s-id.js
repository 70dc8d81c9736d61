window.LIBRO_BUSQUEDA.recibir("s-id",["paid"]);
