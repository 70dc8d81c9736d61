window.LIBRO_BUSQUEDA.recibir("s-fe",["cafe"]);
