window.LIBRO_BUSQUEDA.recibir("t-bu",{"busc":[1,[7,1,8,1]]});
