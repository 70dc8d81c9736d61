window.LIBRO_BUSQUEDA.recibir("s-ea",["idea"]);
