window.LIBRO_BUSQUEDA.recibir("s-ue",["due"]);
