window.LIBRO_BUSQUEDA.recibir("t-or",{"organizacion":[1,[2,1,2,1]],"original":[2,[3,1,4,4,2,1,2,1]]});
