window.LIBRO_BUSQUEDA.recibir("s-rv",["reserv"]);
