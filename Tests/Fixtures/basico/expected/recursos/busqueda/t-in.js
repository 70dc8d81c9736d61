window.LIBRO_BUSQUEDA.recibir("t-in",{"inici":[1,[0,1,0,10]],"introduccion":[2,[2,2,2,10,1,10,5,1,5,1]]});
