window.LIBRO_BUSQUEDA.recibir("t-le",{"lee":[1,[0,1,0,1]]});
