window.LIBRO_BUSQUEDA.recibir("s-es",["reces"]);
