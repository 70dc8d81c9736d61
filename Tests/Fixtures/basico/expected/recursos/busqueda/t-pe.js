window.LIBRO_BUSQUEDA.recibir("t-pe",{"pendient":[1,[2,1,2,2]],"person":[1,[8,1,10,1]]});
