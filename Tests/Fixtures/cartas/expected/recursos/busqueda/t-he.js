window.LIBRO_BUSQUEDA.recibir("t-he",{"herramient":[2,[2,1,4,2,2,8,7,11,1,10,1,10,1,10,1,10,1,10,1,10,1,10]]});
