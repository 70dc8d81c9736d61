window.LIBRO_BUSQUEDA.recibir("t-30",{"30":[1,[2,1,2,1]]});
