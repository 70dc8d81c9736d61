window.LIBRO_BUSQUEDA.recibir("t-_7e_1",{"~1":[2,[1,1,2,6,2,1,3,1]]});
