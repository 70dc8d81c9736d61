window.LIBRO_BUSQUEDA.recibir("t-la",{"larg":[1,[2,1,2,1]]});
