window.LIBRO_BUSQUEDA.recibir("s-da",["nada"]);
