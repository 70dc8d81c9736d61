window.LIBRO_BUSQUEDA.recibir("s-up",["grup"]);
