window.LIBRO_BUSQUEDA.recibir("s-ed",["qued"]);
