window.LIBRO_BUSQUEDA.recibir("s-ej",["quej"]);
