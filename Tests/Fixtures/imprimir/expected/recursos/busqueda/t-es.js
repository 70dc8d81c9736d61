window.LIBRO_BUSQUEDA.recibir("t-es",{"escrit":[1,[3,1,4,1]]});
