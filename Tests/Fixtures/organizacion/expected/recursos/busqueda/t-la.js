window.LIBRO_BUSQUEDA.recibir("t-la",{"larg":[2,[40,2,73,1,2,1,1,1,9,1]]});
