window.LIBRO_BUSQUEDA.recibir("s-mp",["camp","tiemp"]);
