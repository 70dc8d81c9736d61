window.LIBRO_BUSQUEDA.recibir("t-in",{"inici":[1,[0,1,0,10]],"introduccion":[2,[2,2,2,10,3,10,7,1,8,1]]});
