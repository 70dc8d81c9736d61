window.LIBRO_BUSQUEDA.recibir("t-ma",{"madur":[1,[3,1,3,1]],"manan":[1,[5,1,5,1]]});
