window.LIBRO_BUSQUEDA.recibir("t-_7e_0",{"~0":[3,[3,1,4,1,4,1,4,1,1,1,1,6]]});
