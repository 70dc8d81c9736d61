window.LIBRO_BUSQUEDA.recibir("s-ee",["lee"]);
