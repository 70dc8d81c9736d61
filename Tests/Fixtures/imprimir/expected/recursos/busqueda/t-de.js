window.LIBRO_BUSQUEDA.recibir("t-de",{"definicion":[1,[2,1,2,1]]});
