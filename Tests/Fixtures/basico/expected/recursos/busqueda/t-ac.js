window.LIBRO_BUSQUEDA.recibir("t-ac",{"acent":[1,[2,1,2,1]]});
