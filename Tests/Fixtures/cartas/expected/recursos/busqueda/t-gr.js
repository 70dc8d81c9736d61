window.LIBRO_BUSQUEDA.recibir("t-gr",{"grup":[1,[1,1,2,1]]});
