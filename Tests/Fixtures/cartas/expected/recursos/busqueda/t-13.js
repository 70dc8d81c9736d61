window.LIBRO_BUSQUEDA.recibir("t-13",{"13":[1,[3,3,5,3,9,1,10,2]]});
