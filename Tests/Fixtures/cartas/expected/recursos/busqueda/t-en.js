window.LIBRO_BUSQUEDA.recibir("t-en",{"entiend":[1,[3,2,5,1,1,1]],"entrepreneur":[1,[1,1,3,1]]});
