window.LIBRO_BUSQUEDA.recibir("s-ur",["entrepreneur"]);
