window.LIBRO_BUSQUEDA.recibir("t-op",{"opcional":[1,[2,1,2,1]]});
