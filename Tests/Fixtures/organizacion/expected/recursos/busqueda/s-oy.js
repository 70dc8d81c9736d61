window.LIBRO_BUSQUEDA.recibir("s-oy",["hoy"]);
