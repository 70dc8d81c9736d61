window.LIBRO_BUSQUEDA.recibir("t-la",{"larg":[2,[40,2,73,1,75,1,41,1,84,1]]});
