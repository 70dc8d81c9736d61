window.LIBRO_BUSQUEDA.recibir("s-lv",["vuelv"]);
