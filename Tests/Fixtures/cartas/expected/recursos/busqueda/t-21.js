window.LIBRO_BUSQUEDA.recibir("t-21",{"21":[1,[2,1,4,1]]});
