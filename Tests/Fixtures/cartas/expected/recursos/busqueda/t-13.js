window.LIBRO_BUSQUEDA.recibir("t-13",{"13":[1,[3,3,5,3,4,1,1,2]]});
