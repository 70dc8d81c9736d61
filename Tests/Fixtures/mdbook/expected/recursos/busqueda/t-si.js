window.LIBRO_BUSQUEDA.recibir("t-si",{"siembr":[2,[2,1,2,10,2,1,2,1]]});
