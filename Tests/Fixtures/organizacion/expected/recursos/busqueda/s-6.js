window.LIBRO_BUSQUEDA.recibir("s-6",["6"]);
