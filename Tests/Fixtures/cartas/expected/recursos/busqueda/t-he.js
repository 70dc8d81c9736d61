window.LIBRO_BUSQUEDA.recibir("t-he",{"herramient":[2,[2,1,4,2,4,8,11,11,12,10,13,10,14,10,15,10,16,10,17,10,18,10]]});
