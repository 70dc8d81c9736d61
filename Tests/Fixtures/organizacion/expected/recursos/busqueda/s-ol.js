window.LIBRO_BUSQUEDA.recibir("s-ol",["protocol","rol"]);
