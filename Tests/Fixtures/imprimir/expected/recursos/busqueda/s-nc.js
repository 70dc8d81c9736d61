window.LIBRO_BUSQUEDA.recibir("s-nc",["cinc"]);
