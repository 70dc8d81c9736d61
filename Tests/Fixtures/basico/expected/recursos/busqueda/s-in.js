window.LIBRO_BUSQUEDA.recibir("s-in",["fin"]);
