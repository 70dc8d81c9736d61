window.LIBRO_BUSQUEDA.recibir("s-mp",["tiemp"]);
