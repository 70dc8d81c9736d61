window.LIBRO_BUSQUEDA.recibir("t-gr",{"grup":[1,[8,1,10,1]]});
