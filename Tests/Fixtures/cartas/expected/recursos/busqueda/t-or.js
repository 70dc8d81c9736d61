window.LIBRO_BUSQUEDA.recibir("t-or",{"organizacion":[1,[1,1,2,5]],"organizad":[1,[1,1,2,1]]});
