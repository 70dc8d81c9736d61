window.LIBRO_BUSQUEDA.recibir("t-gr",{"grand":[2,[50,1,98,1,52,1,100,1]]});
