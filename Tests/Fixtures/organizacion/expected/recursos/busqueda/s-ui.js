window.LIBRO_BUSQUEDA.recibir("s-ui",["aqui"]);
