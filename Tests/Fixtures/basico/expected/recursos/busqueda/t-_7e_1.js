window.LIBRO_BUSQUEDA.recibir("t-_7e_1",{"~1":[2,[7,1,8,1,1,1,2,6]]});
