window.LIBRO_BUSQUEDA.recibir("t-09",{"09":[1,[3,2,5,2,1,1]]});
