window.LIBRO_BUSQUEDA.recibir("t-gr",{"grand":[2,[50,1,98,1,2,1,2,1]]});
