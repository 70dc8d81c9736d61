window.LIBRO_BUSQUEDA.recibir("t-ht",{"https":[1,[0,1,0,1]]});
