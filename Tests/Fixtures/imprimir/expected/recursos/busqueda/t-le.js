window.LIBRO_BUSQUEDA.recibir("t-le",{"leer":[1,[2,1,3,5]]});
