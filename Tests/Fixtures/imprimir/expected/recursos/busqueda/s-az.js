window.LIBRO_BUSQUEDA.recibir("s-az",["plaz"]);
