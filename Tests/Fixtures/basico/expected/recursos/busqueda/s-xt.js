window.LIBRO_BUSQUEDA.recibir("s-xt",["text"]);
