window.LIBRO_BUSQUEDA.recibir("t-j",{"j":[2,[3,1,4,1,1,1,1,1]]});
