window.LIBRO_BUSQUEDA.recibir("t-15",{"15":[1,[2,1,2,1]]});
