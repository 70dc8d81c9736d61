window.LIBRO_BUSQUEDA.recibir("s-ol",["caracol"]);
