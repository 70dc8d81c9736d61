window.LIBRO_BUSQUEDA.recibir("t-el",{"elegir":[2,[2,1,4,2,2,2,7,2,3,1]]});
