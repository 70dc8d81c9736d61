window.LIBRO_BUSQUEDA.recibir("t-so",{"soci":[1,[38,1,64,1]],"solidez":[1,[38,1,63,1]],"solo":[2,[34,1,47,1,2,1,8,1]]});
