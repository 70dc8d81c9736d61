window.LIBRO_BUSQUEDA.recibir("t-ti",{"tiemp":[1,[2,1,2,1]]});
