window.LIBRO_BUSQUEDA.recibir("t-_7e_0",{"~0":[3,[3,1,4,1,7,1,8,1,8,1,9,6]]});
