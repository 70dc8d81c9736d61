window.LIBRO_BUSQUEDA.recibir("t-ti",{"tierr":[3,[2,1,2,1,1,1,1,10,2,1,3,1]],"tierra1":[1,[3,1,3,1]]});
