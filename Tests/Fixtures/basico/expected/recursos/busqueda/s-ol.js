window.LIBRO_BUSQUEDA.recibir("s-ol",["rol"]);
