window.LIBRO_BUSQUEDA.recibir("s-li",["rotafoli"]);
