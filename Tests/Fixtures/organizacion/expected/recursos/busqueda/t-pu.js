window.LIBRO_BUSQUEDA.recibir("t-pu",{"pued":[2,[40,1,73,1,1,1,3,1]],"pueden":[1,[41,2,77,1,2,1]]});
