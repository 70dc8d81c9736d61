window.LIBRO_BUSQUEDA.recibir("t-ht",{"https":[1,[1,1,3,1]]});
