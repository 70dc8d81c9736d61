window.LIBRO_BUSQUEDA.recibir("t-ad",{"adelant":[2,[37,1,59,1,38,1,63,1]]});
