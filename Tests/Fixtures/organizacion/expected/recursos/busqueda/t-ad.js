window.LIBRO_BUSQUEDA.recibir("t-ad",{"adelant":[2,[37,1,59,1,1,1,4,1]]});
