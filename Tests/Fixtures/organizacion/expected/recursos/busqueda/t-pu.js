window.LIBRO_BUSQUEDA.recibir("t-pu",{"pued":[2,[40,1,73,1,41,1,76,1]],"pueden":[1,[41,2,77,1,79,1]]});
