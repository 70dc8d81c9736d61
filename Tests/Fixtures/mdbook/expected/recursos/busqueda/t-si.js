window.LIBRO_BUSQUEDA.recibir("t-si",{"siembr":[2,[2,1,2,10,4,1,4,1]]});
