window.LIBRO_BUSQUEDA.recibir("t-el",{"elegir":[2,[2,1,4,2,4,2,11,2,14,1]]});
