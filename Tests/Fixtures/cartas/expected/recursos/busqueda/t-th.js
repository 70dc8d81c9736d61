window.LIBRO_BUSQUEDA.recibir("t-th",{"the":[1,[1,1,3,1]]});
