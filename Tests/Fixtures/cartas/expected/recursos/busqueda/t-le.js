window.LIBRO_BUSQUEDA.recibir("t-le",{"leer":[1,[3,1,5,1]]});
