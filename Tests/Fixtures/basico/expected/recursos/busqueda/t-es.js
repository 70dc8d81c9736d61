window.LIBRO_BUSQUEDA.recibir("t-es",{"escrib":[1,[8,1,9,1]]});
