window.LIBRO_BUSQUEDA.recibir("t-se",{"segund":[1,[2,1,3,1]],"sesion":[1,[2,1,2,1]]});
