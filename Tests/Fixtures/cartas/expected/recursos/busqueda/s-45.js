window.LIBRO_BUSQUEDA.recibir("s-45",["45"]);
